import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { OrgModule } from '../org/org.module';
import { OfficesController } from './offices.controller';
import { OfficesRepository } from './offices.repository';
import { OfficesService } from './offices.service';
import { PlatformAdmins } from './platform-admins.service';

/** Offices and the platform administrators who create them (issue 18). */
@Module({
  imports: [OrgModule],
  controllers: [OfficesController],
  providers: [OfficesRepository, OfficesService, PlatformAdmins, PasswordHasher],
  exports: [OfficesService, PlatformAdmins],
})
export class PlatformModule {}

import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { OrgController } from './org.controller';
import { OrgRepository } from './org.repository';
import { OrgService } from './org.service';

@Module({
  controllers: [OrgController],
  providers: [OrgRepository, OrgService, PasswordHasher],
  exports: [OrgRepository, OrgService],
})
export class OrgModule {}

import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { ActingHeadModule } from '../workflow/acting-head/acting-head.module';
import { DelegationService } from './delegation.service';
import { OrgController } from './org.controller';
import { OrgRepository } from './org.repository';
import { OrgService } from './org.service';

@Module({
  imports: [ActingHeadModule],
  controllers: [OrgController],
  providers: [OrgRepository, OrgService, DelegationService, PasswordHasher],
  exports: [OrgRepository, OrgService, DelegationService],
})
export class OrgModule {}

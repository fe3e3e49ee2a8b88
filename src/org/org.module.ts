import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { RenderingModule } from '../rendering/rendering.module';
import { EMBLEM_FORM, uploadModule } from '../storage/upload';
import { ActingHeadModule } from '../workflow/acting-head/acting-head.module';
import { DelegationService } from './delegation.service';
import { OfficeEmblemService } from './office-emblem.service';
import { OrgController } from './org.controller';
import { OrgRepository } from './org.repository';
import { OrgService } from './org.service';

@Module({
  imports: [ActingHeadModule, RenderingModule, uploadModule(EMBLEM_FORM)],
  controllers: [OrgController],
  providers: [OrgRepository, OrgService, DelegationService, OfficeEmblemService, PasswordHasher],
  exports: [OrgRepository, OrgService, DelegationService, OfficeEmblemService],
})
export class OrgModule {}

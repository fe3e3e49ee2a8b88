import { Module } from '@nestjs/common';
import { IncomingModule } from '../incoming/incoming.module';
import { OrgModule } from '../org/org.module';
import { OitLinksProviderModule } from './oit-links.provider';
import { SealingModule } from '../sealing/sealing.module';
import { ATTACHMENT_FORM, uploadModule } from '../storage/upload';
import { AttachmentService } from './attachment.service';
import { MemoController } from './memo.controller';
import { MemoQueriesRepository } from './memo-queries.repository';
import { MemoRepository } from './memo.repository';
import { MemoService } from './memo.service';
import { OnApprovalChecker } from './on-approval.checker';

@Module({
  imports: [
    OrgModule,
    IncomingModule,
    SealingModule,
    OitLinksProviderModule,
    uploadModule(ATTACHMENT_FORM),
  ],
  controllers: [MemoController],
  providers: [
    MemoRepository,
    MemoQueriesRepository,
    MemoService,
    AttachmentService,
    OnApprovalChecker,
  ],
  exports: [MemoRepository, MemoQueriesRepository, MemoService, AttachmentService],
})
export class MemoModule {}

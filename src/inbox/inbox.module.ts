import { Module } from '@nestjs/common';
import { IncomingModule } from '../incoming/incoming.module';
import { MemoModule } from '../memo/memo.module';
import { WorkflowModule } from '../workflow/workflow.module';
import { BulkApproval } from './bulk-approval';
import { InboxCountRepository } from './inbox-count.repository';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

@Module({
  imports: [MemoModule, IncomingModule, WorkflowModule],
  controllers: [InboxController],
  providers: [InboxService, InboxCountRepository, BulkApproval],
  exports: [InboxService, BulkApproval],
})
export class InboxModule {}

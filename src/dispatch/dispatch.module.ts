import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { OrgModule } from '../org/org.module';
import { RecipientsModule } from '../recipients/recipients.module';
import { SealingModule } from '../sealing/sealing.module';
import { DispatchController } from './dispatch.controller';
import { DispatchDelivery } from './dispatch-delivery';
import { DispatchMailer } from './dispatch-mailer';
import { DispatchRepository } from './dispatch.repository';
import { DispatchService } from './dispatch.service';
import { IssuedRecipients } from './issued-recipients.repository';
import { MemoApprovedDispatchConsumer } from './memo-approved-dispatch.consumer';
import { ReceiptsController } from './receipts.controller';
import { ReceiptsService } from './receipts.service';

/** Issued documents sent to schools, agencies and groups, with receipts (หนังสือส่ง ตอบรับ). */
@Module({
  imports: [RecipientsModule, OrgModule, SealingModule, DocumentsModule],
  controllers: [DispatchController, ReceiptsController],
  providers: [
    DispatchRepository,
    DispatchService,
    DispatchDelivery,
    DispatchMailer,
    ReceiptsService,
    MemoApprovedDispatchConsumer,
    IssuedRecipients,
  ],
  exports: [DispatchService],
})
export class DispatchModule {}

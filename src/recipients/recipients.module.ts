import { Module } from '@nestjs/common';
import { RecipientsController } from './recipients.controller';
import { RecipientsRepository } from './recipients.repository';
import { RecipientsService } from './recipients.service';

/** The office's directory of schools and outside agencies (ผู้รับหนังสือภายนอก). */
@Module({
  controllers: [RecipientsController],
  providers: [RecipientsRepository, RecipientsService],
  exports: [RecipientsRepository, RecipientsService],
})
export class RecipientsModule {}

import { Module } from '@nestjs/common';
import { IncomingModule } from '../incoming/incoming.module';
import { MemoModule } from '../memo/memo.module';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';

@Module({
  imports: [MemoModule, IncomingModule],
  controllers: [InboxController],
  providers: [InboxService],
  exports: [InboxService],
})
export class InboxModule {}

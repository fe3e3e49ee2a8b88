import { Global, Module } from '@nestjs/common';
import { OutboxAdminService } from './outbox-admin.service';
import { OutboxController } from './outbox.controller';
import { OutboxDispatcher } from './outbox.dispatcher';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/**
 * The transactional outbox. Global: every module that changes state writes its events with
 * OutboxService and subscribes its consumers to it.
 */
@Global()
@Module({
  controllers: [OutboxController],
  providers: [OutboxRepository, OutboxService, OutboxDispatcher, OutboxAdminService],
  exports: [OutboxService, OutboxDispatcher],
})
export class OutboxModule {}

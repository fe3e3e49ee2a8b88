import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { MEMO_APPROVED, MemoEventPayload } from '../memo/memo.events';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import type { Commit, OutboxConsumer, OutboxMessage } from '../outbox/outbox.types';
import { DispatchDelivery } from './dispatch-delivery';
import { DispatchService, IssuedDocument } from './dispatch.service';
import { IssuedRecipients } from './issued-recipients.repository';

/**
 * On final approval, each issued document that names recipients is dispatched to them, once:
 * the rows and the outbox's record of this delivery are one transaction. A refusal (secret
 * document to e-mail, unknown recipient) dispatches nothing and is logged, not retried.
 */
@Injectable()
export class MemoApprovedDispatchConsumer implements OutboxConsumer, OnModuleInit {
  private readonly logger = new Logger(MemoApprovedDispatchConsumer.name);
  readonly name = 'dispatch.issued';
  readonly topics = [MEMO_APPROVED];
  // After the seal (10): the e-mails attach the sealed PDF.
  readonly order = 25;

  constructor(
    private readonly outbox: OutboxService,
    private readonly dispatch: DispatchService,
    private readonly recipients: IssuedRecipients,
    private readonly delivery: DispatchDelivery,
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  async handle(m: OutboxMessage, commit: Commit): Promise<void> {
    const payload = m.payload as unknown as MemoEventPayload;
    const named: IssuedDocument[] = [];
    for (const d of payload.documents ?? []) {
      const spec = await this.recipients.of(m.orgId, d.documentType, d.documentId);
      if (spec) named.push({ ...d, memoId: payload.memoId, recipients: spec });
    }
    if (named.length === 0) return;
    const events: OutboxEvent[] = [];
    await commit(async (tx) => {
      for (const doc of named) {
        try {
          events.push(...(await this.dispatch.dispatchIssued(tx, m.orgId, doc)).events);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          this.logger.warn({ memoId: payload.memoId, code: error.code }, 'Not dispatched');
        }
      }
    });
    await this.delivery.deliver(events);
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { MEMO_APPROVED, MemoEventPayload } from '../memo/memo.events';
import { MemoRepository } from '../memo/memo.repository';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import type { Commit, OutboxConsumer, OutboxMessage } from '../outbox/outbox.types';
import { AfterApprovalSetup } from './after-approval.setup';
import { AfterCommitDelivery } from './after-commit-delivery';

/**
 * On final approval, what the memo asked for (`onApproval`) is set up once: the circulation, the
 * tasks and their notices are written with the outbox's record of this delivery, so a
 * redelivery changes nothing. The notices are delivered right after.
 */
@Injectable()
export class AfterApprovalConsumer implements OutboxConsumer, OnModuleInit {
  readonly name = 'circulation.after-approval';
  readonly topics = [MEMO_APPROVED];
  // After the seal (10): a recipient who opens the notice finds the signed PDF.
  readonly order = 15;

  constructor(
    private readonly outbox: OutboxService,
    private readonly memos: MemoRepository,
    private readonly setup: AfterApprovalSetup,
    private readonly delivery: AfterCommitDelivery,
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  async handle(m: OutboxMessage, commit: Commit): Promise<void> {
    const payload = m.payload as unknown as MemoEventPayload;
    const memo = await this.memos.findMemo(m.orgId, payload.memoId);
    const plan = memo?.onApproval;
    if (!memo || !plan) return;
    const events: OutboxEvent[] = [];
    await commit(async (tx) => {
      events.push(...(await this.setup.execute(tx, memo, plan, new Date(payload.at))));
    });
    await this.delivery.deliver(events);
  }
}

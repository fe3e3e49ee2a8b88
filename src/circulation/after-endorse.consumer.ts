import { Injectable, OnModuleInit } from '@nestjs/common';
import { INCOMING_ENDORSED, IncomingEventPayload } from '../incoming/incoming.events';
import { IncomingRepository } from '../incoming/incoming.repository';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import type { Commit, OutboxConsumer, OutboxMessage } from '../outbox/outbox.types';
import { AfterCommitDelivery } from './after-commit-delivery';
import { AfterEndorseSetup } from './after-endorse.setup';

/**
 * When an executive's endorsement carries `onEndorse`, its circulation and tasks are set up once:
 * written with the outbox's record of this delivery, and a letter already set up is left alone,
 * so a redelivery changes nothing. The notices are delivered right after.
 */
@Injectable()
export class AfterEndorseConsumer implements OutboxConsumer, OnModuleInit {
  readonly name = 'circulation.after-endorse';
  readonly topics = [INCOMING_ENDORSED];
  readonly order = 15;

  constructor(
    private readonly outbox: OutboxService,
    private readonly letters: IncomingRepository,
    private readonly setup: AfterEndorseSetup,
    private readonly delivery: AfterCommitDelivery,
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  async handle(m: OutboxMessage, commit: Commit): Promise<void> {
    const payload = m.payload as unknown as IncomingEventPayload;
    const plan = payload.onEndorse;
    if (!plan) return;
    const letter = await this.letters.findLetter(m.orgId, payload.letterId);
    if (!letter) return;
    const events: OutboxEvent[] = [];
    await commit(async (tx) => {
      const at = new Date(payload.at);
      events.push(...(await this.setup.execute(tx, letter, plan, at, payload.actorUserId)));
    });
    await this.delivery.deliver(events);
  }
}

import { Injectable } from '@nestjs/common';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxDispatcher } from '../outbox/outbox.dispatcher';

/** How long a request waits for its e-mails after the commit; the outbox sweep retries later. */
const AFTER_COMMIT_WAIT_MS = 10_000;

/** After the commit: delivers dispatch events now, waiting a bounded time. */
@Injectable()
export class DispatchDelivery {
  constructor(private readonly dispatcher: OutboxDispatcher) {}

  deliver(events: OutboxEvent[]): Promise<void> {
    return this.dispatcher.deliverWithin(events, AFTER_COMMIT_WAIT_MS);
  }
}

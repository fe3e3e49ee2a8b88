import { Injectable } from '@nestjs/common';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxDispatcher } from '../outbox/outbox.dispatcher';

/** How long a request waits for its notices after the commit; the outbox sweep retries later. */
const AFTER_COMMIT_WAIT_MS = 5_000;

/** After the commit: delivers the notices written with it now, waiting a bounded time. */
@Injectable()
export class AfterCommitDelivery {
  constructor(private readonly dispatcher: OutboxDispatcher) {}

  async deliver(events: OutboxEvent[]): Promise<void> {
    const delivering = this.dispatcher.deliverWritten(events).catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, AFTER_COMMIT_WAIT_MS);
    });
    await Promise.race([delivering, timeout]);
    clearTimeout(timer);
  }
}

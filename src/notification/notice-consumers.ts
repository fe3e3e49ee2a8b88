import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ActionLinkIssuer } from '../action-links/action-link-issuer';
import { AppConfig } from '../config/app-config';
import { CIRCULATION_NOTICE_TOPICS } from '../circulation/circulation.events';
import { DISPATCH_NOTICE_TOPICS } from '../dispatch/dispatch.events';
import { INCOMING_TOPICS } from '../incoming/incoming.events';
import { MEMO_TOPICS } from '../memo/memo.events';
import { OrgRepository } from '../org/org.repository';
import { OutboxService } from '../outbox/outbox.service';
import { REMINDER_DUE } from '../reminders/reminder.events';
import type { Commit, OutboxConsumer, OutboxMessage } from '../outbox/outbox.types';
import { Notice, NOTIFICATION_CHANNELS, NotificationChannel } from './channels';
import { EventNotice, noticesOfEvent } from './notices';

/** Memo workflow, incoming-letter, dispatch, circulation and task events, and reminders, notify people. */
const NOTICE_TOPICS = [
  ...MEMO_TOPICS,
  ...INCOMING_TOPICS,
  ...DISPATCH_NOTICE_TOPICS,
  ...CIRCULATION_NOTICE_TOPICS,
  REMINDER_DUE,
];
import { NotificationRepository } from './notification.repository';

/** The in-app notice: its row and the outbox's record of it are one transaction, so one row. */
@Injectable()
export class InAppNoticeConsumer implements OutboxConsumer, OnModuleInit {
  readonly name = 'notify.in-app';
  readonly topics = NOTICE_TOPICS;
  readonly order = 30;

  constructor(
    private readonly outbox: OutboxService,
    private readonly repo: NotificationRepository,
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  async handle(m: OutboxMessage, commit: Commit): Promise<void> {
    const notices = noticesOfEvent(m);
    if (notices.length === 0) return;
    await commit(async (tx) => {
      for (const n of notices) {
        await this.repo.insert(tx, {
          orgId: m.orgId,
          userId: n.userId,
          kind: n.kind,
          memoId: n.memoId,
          title: n.title,
          createdAt: n.at,
          readAt: null,
        });
      }
    });
  }
}

/**
 * LINE, e-mail and any other configured channel. A channel sends outside the database, so a
 * crash between sending and recording may send an e-mail twice (LINE drops the repeat by its
 * retry key); a notice is never lost.
 */
@Injectable()
export class ChannelNoticeConsumer implements OutboxConsumer, OnModuleInit {
  private readonly logger = new Logger(ChannelNoticeConsumer.name);
  readonly name = 'notify.channels';
  readonly topics = NOTICE_TOPICS;
  readonly order = 40;

  constructor(
    private readonly outbox: OutboxService,
    private readonly org: OrgRepository,
    private readonly config: AppConfig,
    private readonly links: ActionLinkIssuer,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  get enabled(): boolean {
    return this.channels.some((c) => c.configured);
  }

  async handle(m: OutboxMessage): Promise<void> {
    if (this.channels.length === 0) return;
    const notices = await this.noticesOf(m);
    // Channel by channel in the provider's order, LINE first: its retry key makes a repeat
    // harmless, so when LINE fails and the outbox retries, no e-mail has gone out to go twice.
    for (const channel of this.channels) {
      for (const { notice, reaches } of notices) {
        if (!reaches.includes(channel)) continue;
        await channel.deliver(notice);
        this.logger.debug({ channel: channel.name, userId: notice.userId }, 'Notice delivered');
      }
    }
  }

  /** Each notice with the channels that reach its person, and its one-tap link if it has one. */
  private async noticesOf(m: OutboxMessage) {
    const notices: Array<{ notice: Notice; reaches: NotificationChannel[] }> = [];
    for (const spec of noticesOfEvent(m)) {
      const user = await this.org.findUser(m.orgId, spec.userId);
      const notice: Notice = {
        eventId: m.id,
        orgId: m.orgId,
        userId: spec.userId,
        email: user?.email ?? null,
        title: spec.title,
        url: `${this.config.publicBaseUrl}${spec.path}`,
      };
      const reaches: NotificationChannel[] = [];
      for (const c of this.channels) if (await c.reaches(notice)) reaches.push(c);
      if (reaches.length === 0) continue;
      const action = await this.actionFor(m.orgId, spec);
      notices.push({ notice: action ? { ...notice, action } : notice, reaches });
    }
    return notices;
  }

  /**
   * A one-tap link for a memo that now waits on the recipient. Made before sending, in its own
   * transaction, and made again (a new token replacing the stored hash) whenever the delivery is
   * retried: only the token's hash is kept, so a resent notice cannot carry the earlier one.
   * Not in the delivery's commit: that records the delivery done, and a send that failed after
   * it would never be retried.
   */
  private actionFor(orgId: number, spec: EventNotice) {
    if (spec.kind !== 'memo.waiting' || spec.memoId === null) return Promise.resolve(null);
    return this.links.issue(orgId, spec.memoId, spec.userId);
  }
}

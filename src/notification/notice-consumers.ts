import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { MEMO_TOPICS, MemoEventPayload } from '../memo/memo.events';
import { OrgRepository } from '../org/org.repository';
import { OutboxService } from '../outbox/outbox.service';
import type { Commit, OutboxConsumer, OutboxMessage } from '../outbox/outbox.types';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './channels';
import { noticeOf } from './notices';
import { NotificationRepository } from './notification.repository';

/** The in-app notice: its row and the outbox's record of it are one transaction, so one row. */
@Injectable()
export class InAppNoticeConsumer implements OutboxConsumer, OnModuleInit {
  readonly name = 'notify.in-app';
  readonly topics = MEMO_TOPICS;
  readonly order = 30;

  constructor(
    private readonly outbox: OutboxService,
    private readonly repo: NotificationRepository,
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  async handle(m: OutboxMessage, commit: Commit): Promise<void> {
    const payload = m.payload as unknown as MemoEventPayload;
    const notice = noticeOf(m.topic, payload);
    if (!notice) return;
    await commit((tx) =>
      this.repo.insert(tx, {
        orgId: m.orgId,
        userId: notice.userId,
        kind: notice.kind,
        memoId: payload.memoId,
        title: notice.title,
        createdAt: new Date(payload.at),
        readAt: null,
      }),
    );
  }
}

/**
 * E-mail and any other configured channel. A channel sends outside the database, so a crash
 * between sending and recording may send a notice twice; it is never lost.
 */
@Injectable()
export class ChannelNoticeConsumer implements OutboxConsumer, OnModuleInit {
  private readonly logger = new Logger(ChannelNoticeConsumer.name);
  readonly name = 'notify.channels';
  readonly topics = MEMO_TOPICS;
  readonly order = 40;

  constructor(
    private readonly outbox: OutboxService,
    private readonly org: OrgRepository,
    private readonly config: AppConfig,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  get enabled(): boolean {
    return this.channels.some((c) => c.configured);
  }

  async handle(m: OutboxMessage): Promise<void> {
    const payload = m.payload as unknown as MemoEventPayload;
    const spec = noticeOf(m.topic, payload);
    if (!spec || this.channels.length === 0) return;
    const user = await this.org.findUser(m.orgId, spec.userId);
    const notice = {
      orgId: m.orgId,
      userId: spec.userId,
      email: user?.email ?? null,
      title: spec.title,
      url: `${this.config.publicBaseUrl}/memos/${payload.memoId}`,
    };
    for (const channel of this.channels.filter((c) => c.reaches(notice))) {
      await channel.deliver(notice);
      this.logger.debug({ channel: channel.name, userId: spec.userId }, 'Notice delivered');
    }
  }
}

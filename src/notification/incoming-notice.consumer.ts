import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import {
  INCOMING_ASSIGNED,
  INCOMING_TOPICS,
  IncomingEventPayload,
} from '../incoming/incoming.events';
import { OrgRepository } from '../org/org.repository';
import { OutboxService } from '../outbox/outbox.service';
import type { Commit, OutboxConsumer, OutboxMessage } from '../outbox/outbox.types';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './channels';
import { NotificationRepository } from './notification.repository';

/** Who is told what about an incoming letter; nobody is told of their own action. */
export function incomingNotices(topic: string, e: IncomingEventPayload) {
  const assigned = topic === INCOMING_ASSIGNED;
  const title = assigned
    ? `ท่านได้รับมอบหมายหนังสือรับ เลขรับ ${e.receiveNumber}: ${e.subject}`
    : `มีหนังสือรับรอท่านดำเนินการ เลขรับ ${e.receiveNumber}: ${e.subject}`;
  return e.notifyUserIds
    .filter((userId) => userId !== e.actorUserId)
    .map((userId) => ({
      userId,
      kind: assigned ? 'incoming.assigned' : 'incoming.waiting',
      title: title.slice(0, 500),
    }));
}

/** The in-app notices about a letter: their rows and the outbox's record are one transaction. */
@Injectable()
export class IncomingInAppNotices implements OutboxConsumer, OnModuleInit {
  readonly name = 'notify.incoming.in-app';
  readonly topics = INCOMING_TOPICS;
  readonly order = 30;

  constructor(
    private readonly outbox: OutboxService,
    private readonly repo: NotificationRepository,
  ) {}

  onModuleInit(): void {
    this.outbox.subscribe(this);
  }

  async handle(m: OutboxMessage, commit: Commit): Promise<void> {
    const payload = m.payload as unknown as IncomingEventPayload;
    const notices = incomingNotices(m.topic, payload);
    if (notices.length === 0) return;
    await commit(async (tx) => {
      for (const n of notices) {
        await this.repo.insert(tx, {
          orgId: m.orgId,
          userId: n.userId,
          kind: n.kind,
          memoId: null,
          title: n.title,
          createdAt: new Date(payload.at),
          readAt: null,
        });
      }
    });
  }
}

/** E-mail and any other configured channel, as for memos (a crash may send a notice twice). */
@Injectable()
export class IncomingChannelNotices implements OutboxConsumer, OnModuleInit {
  readonly name = 'notify.incoming.channels';
  readonly topics = INCOMING_TOPICS;
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
    const payload = m.payload as unknown as IncomingEventPayload;
    for (const n of incomingNotices(m.topic, payload)) {
      const user = await this.org.findUser(m.orgId, n.userId);
      const notice = {
        orgId: m.orgId,
        userId: n.userId,
        email: user?.email ?? null,
        title: n.title,
        url: `${this.config.publicBaseUrl}/inbox`,
      };
      for (const channel of this.channels.filter((c) => c.reaches(notice)))
        await channel.deliver(notice);
    }
  }
}

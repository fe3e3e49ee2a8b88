import { Inject, Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { notFound } from '../common/errors/domain-error';
import { AppConfig } from '../config/app-config';
import {
  MEMO_APPROVED,
  MEMO_REJECTED,
  MEMO_RETURNED,
  MEMO_STEP_APPROVED,
  MEMO_SUBMITTED,
  MemoApprovedEvent,
  MemoEventBase,
  MemoReturnedEvent,
  MemoSubmittedEvent,
} from '../memo/memo.events';
import { OrgRepository } from '../org/org.repository';
import { NOTIFICATION_CHANNELS, NotificationChannel } from './channels';
import { NotificationRepository } from './notification.repository';

/** Turns workflow events into notices: in the app always, and on each configured channel. */
@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    private readonly repo: NotificationRepository,
    private readonly org: OrgRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
  ) {}

  @OnEvent(MEMO_SUBMITTED, { async: true, promisify: true })
  @OnEvent(MEMO_STEP_APPROVED, { async: true, promisify: true })
  onWaiting(e: MemoSubmittedEvent): Promise<void> {
    return this.notify(e, e.nextAssigneeUserId, 'memo.waiting', `มีบันทึกรอท่านพิจารณา: ${e.subject}`);
  }

  @OnEvent(MEMO_RETURNED, { async: true, promisify: true })
  onReturned(e: MemoReturnedEvent): Promise<void> {
    return this.notify(
      e,
      e.authorUserId,
      'memo.returned',
      `บันทึกถูกส่งกลับแก้ไข: ${e.subject} — ${e.note}`,
    );
  }

  @OnEvent(MEMO_REJECTED, { async: true, promisify: true })
  onRejected(e: MemoReturnedEvent): Promise<void> {
    return this.notify(
      e,
      e.authorUserId,
      'memo.rejected',
      `บันทึกไม่ได้รับอนุมัติ: ${e.subject} — ${e.note}`,
    );
  }

  @OnEvent(MEMO_APPROVED, { async: true, promisify: true })
  onApproved(e: MemoApprovedEvent): Promise<void> {
    const number = e.documents.find((d) => d.documentType === 'memo')?.number ?? '';
    return this.notify(
      e,
      e.authorUserId,
      'memo.approved',
      `บันทึกได้รับอนุมัติแล้ว ที่ ${number}: ${e.subject}`,
    );
  }

  async list(actor: Actor, unreadOnly: boolean, page: number, pageSize: number) {
    const [items, total] = await this.repo.list(
      actor.orgId,
      actor.userId,
      unreadOnly,
      (page - 1) * pageSize,
      pageSize,
    );
    const unread = await this.repo.unreadCount(actor.orgId, actor.userId);
    return { items, total, unread, page, pageSize };
  }

  async markRead(actor: Actor, id?: number): Promise<{ marked: number }> {
    if (id !== undefined && !(await this.repo.exists(actor.orgId, actor.userId, id)))
      throw notFound();
    return { marked: await this.repo.markRead(actor.orgId, actor.userId, this.clock.now(), id) };
  }

  private async notify(
    e: MemoEventBase,
    userId: number,
    kind: string,
    title: string,
  ): Promise<void> {
    if (userId === e.actorUserId) return;
    const text = title.slice(0, 500);
    await this.repo.insert({
      orgId: e.orgId,
      userId,
      kind,
      memoId: e.memoId,
      title: text,
      createdAt: this.clock.now(),
      readAt: null,
    });
    const user = await this.org.findUser(e.orgId, userId);
    const notice = {
      orgId: e.orgId,
      userId,
      email: user?.email ?? null,
      title: text,
      url: `${this.config.publicBaseUrl}/memos/${e.memoId}`,
    };
    await Promise.all(
      this.channels
        .filter((c) => c.reaches(notice))
        .map((c) =>
          c.deliver(notice).catch((error: unknown) => {
            this.logger.warn({ err: error, channel: c.name, userId }, 'Notification not delivered');
          }),
        ),
    );
  }
}

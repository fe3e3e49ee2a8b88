import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { notFound } from '../common/errors/domain-error';
import { NotificationRepository } from './notification.repository';

/** The caller's in-app notices (made by the outbox consumers in notice-consumers.ts). */
@Injectable()
export class NotificationService {
  constructor(
    private readonly repo: NotificationRepository,
    private readonly clock: Clock,
  ) {}

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
}

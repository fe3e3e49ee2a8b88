import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { managerOf, Tx } from '../database/tx';
import { Notification } from './notification.entity';

/** Notices to people. Every method is scoped by orgId (and the person). */
@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(tx: Tx, notice: Omit<Notification, 'id'>): Promise<void> {
    await managerOf(tx).insert(Notification, notice);
  }

  list(orgId: number, userId: number, unreadOnly: boolean, skip: number, take: number) {
    return this.dataSource.manager.findAndCount(Notification, {
      where: { orgId, userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take,
    });
  }

  unreadCount(orgId: number, userId: number): Promise<number> {
    return this.dataSource.manager.countBy(Notification, { orgId, userId, readAt: IsNull() });
  }

  async markRead(orgId: number, userId: number, at: Date, id?: number): Promise<number> {
    const result = await this.dataSource.manager.update(
      Notification,
      { orgId, userId, readAt: IsNull(), ...(id === undefined ? {} : { id }) },
      { readAt: at },
    );
    return result.affected ?? 0;
  }

  exists(orgId: number, userId: number, id: number): Promise<boolean> {
    return this.dataSource.manager.existsBy(Notification, { orgId, userId, id });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import { Memo } from '../memo/memo.entity';
import { OrgGroup } from '../org/org-group.entity';
import { User } from '../org/user.entity';
import type { Colleague, GroupHead } from './after-approval';
import { Circulation, CirculationRecipient } from './circulation.entity';
import { IncomingLetter } from '../incoming/incoming-letter.entity';
import { Subject, subjectWhere } from './subject';

/** What lists show of a memo: fetched by id, within the office. */
export type MemoFacts = Pick<
  Memo,
  'id' | 'subject' | 'docNumber' | 'secrecy' | 'authorUserId' | 'groupId' | 'registeredAt'
>;

/** What lists show of an incoming letter: fetched by id, within the office. */
export type LetterFacts = Pick<
  IncomingLetter,
  'id' | 'subject' | 'year' | 'receiveNumber' | 'secrecy' | 'fromAgency'
>;

export type ReadState = 'unread' | 'read';

/**
 * Circulations, their recipients and the office facts they are made from. Every method is
 * scoped by orgId; writes take the transaction first.
 */
@Injectable()
export class CirculationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.dataSource.manager;
  }

  /** The office's active people and its groups' heads, as an approval resolves its plan. */
  async colleagues(orgId: number, tx: Tx): Promise<{ staff: Colleague[]; groups: GroupHead[] }> {
    const [staff, groups] = await Promise.all([
      this.em(tx).find(User, {
        select: { id: true, username: true, groupId: true },
        where: { orgId, active: true },
        order: { id: 'ASC' },
      }),
      this.em(tx).find(OrgGroup, { select: { id: true, headUserId: true }, where: { orgId } }),
    ]);
    return { staff, groups };
  }

  insertCirculation(tx: Tx, row: OfficeRow<Circulation>): Promise<Circulation> {
    return managerOf(tx).save(Circulation, row);
  }

  async insertRecipients(tx: Tx, rows: Array<OfficeRow<CirculationRecipient>>): Promise<void> {
    if (rows.length > 0) await managerOf(tx).insert(CirculationRecipient, rows);
  }

  find(orgId: number, subject: Subject, tx?: Tx): Promise<Circulation | null> {
    return this.em(tx).findOneBy(Circulation, { orgId, ...subjectWhere(subject) });
  }

  recipients(orgId: number, subject: Subject, tx?: Tx): Promise<CirculationRecipient[]> {
    return this.em(tx).find(CirculationRecipient, {
      where: { orgId, ...subjectWhere(subject) },
      order: { id: 'ASC' },
    });
  }

  findRecipient(orgId: number, subject: Subject, userId: number, tx?: Tx) {
    return this.em(tx).findOneBy(CirculationRecipient, {
      orgId,
      ...subjectWhere(subject),
      userId,
    });
  }

  /** The first acknowledgement stands: a second one changes nothing (false). */
  async acknowledge(tx: Tx, orgId: number, subject: Subject, userId: number, at: Date) {
    const result = await managerOf(tx).update(
      CirculationRecipient,
      { orgId, ...subjectWhere(subject), userId, readAt: IsNull() },
      { readAt: at },
    );
    return result.affected === 1;
  }

  /**
   * Takes the reminder slot: true when it was never reminded or last reminded at or before
   * `notAfter`. One conditional UPDATE, so two requests at once remind once.
   */
  async claimReminder(tx: Tx, orgId: number, subject: Subject, at: Date, notAfter: Date) {
    const column = subject.kind === 'memo' ? 'memo_id' : 'incoming_letter_id';
    const result = await managerOf(tx)
      .createQueryBuilder()
      .update(Circulation)
      .set({ remindedAt: at })
      .where(`org_id = :orgId AND ${column} = :id`, { orgId, id: subject.id })
      .andWhere('(reminded_at IS NULL OR reminded_at <= :notAfter)', { notAfter })
      .execute();
    return result.affected === 1;
  }

  /** One person's circulated memos and letters, newest first, read or unread or both. */
  ofUser(orgId: number, userId: number, state: ReadState | undefined, skip: number, take: number) {
    const readAt = state === 'unread' ? IsNull() : state === 'read' ? Not(IsNull()) : undefined;
    return this.dataSource.manager.findAndCount(CirculationRecipient, {
      where: { orgId, userId, ...(readAt && { readAt }) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take,
    });
  }

  unreadCount(orgId: number, userId: number): Promise<number> {
    return this.dataSource.manager.countBy(CirculationRecipient, {
      orgId,
      userId,
      readAt: IsNull(),
    });
  }

  async memoFacts(orgId: number, ids: number[]): Promise<Map<number, MemoFacts>> {
    if (ids.length === 0) return new Map();
    const memos = await this.dataSource.manager.find(Memo, {
      select: {
        id: true,
        subject: true,
        docNumber: true,
        secrecy: true,
        authorUserId: true,
        groupId: true,
        registeredAt: true,
      },
      where: { orgId, id: In([...new Set(ids)]) },
    });
    return new Map(memos.map((m) => [m.id, m]));
  }

  async letterFacts(orgId: number, ids: number[]): Promise<Map<number, LetterFacts>> {
    if (ids.length === 0) return new Map();
    const letters = await this.dataSource.manager.find(IncomingLetter, {
      select: {
        id: true,
        subject: true,
        year: true,
        receiveNumber: true,
        secrecy: true,
        fromAgency: true,
      },
      where: { orgId, id: In([...new Set(ids)]) },
    });
    return new Map(letters.map((l) => [l.id, l]));
  }

  /** The groups this person heads. */
  async headedGroupIds(orgId: number, userId: number): Promise<number[]> {
    const groups = await this.dataSource.manager.find(OrgGroup, {
      select: { id: true },
      where: { orgId, headUserId: userId },
    });
    return groups.map((g) => g.id);
  }
}

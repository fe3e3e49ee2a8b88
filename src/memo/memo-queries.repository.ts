import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { MemoStep } from './memo-step.entity';
import { Memo } from './memo.entity';
import type { InboxRow, ListFilter, ListRow, Visibility } from './memo.queries';

/**
 * A memo in the inbox of :userId (alias `m`, parameters :orgId and :userId): in review at their
 * step. Shared by the inbox list and its count, so the two never disagree.
 */
export const MEMO_WAITING_ON =
  "m.org_id = :orgId AND m.current_assignee_user_id = :userId AND m.status = 'in_review'";

/** The number of memos waiting on :userId, as a subquery (see InboxCountRepository). */
export const countMemosWaiting = (sub: SelectQueryBuilder<ObjectLiteral>) =>
  sub.select('COUNT(*)').from(Memo, 'm').where(MEMO_WAITING_ON);

/**
 * The memo read models: the inbox, and lists and searches of what a viewer may see. Every
 * method is scoped by orgId. Rows are joined to names for display; nothing is written here.
 */
@Injectable()
export class MemoQueriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Memos waiting for `userId`, urgent first, then oldest. The page's ids come from the inbox
   * index alone; only those rows are then joined to names (a deferred join: an approver with
   * hundreds waiting does not pay for hundreds of joins).
   */
  async inbox(
    orgId: number,
    userId: number,
    skip: number,
    take: number,
  ): Promise<[InboxRow[], number]> {
    const base = this.dataSource.manager
      .createQueryBuilder(Memo, 'm')
      .where(MEMO_WAITING_ON, { orgId, userId });
    const order = (qb: SelectQueryBuilder<Memo>) =>
      qb
        .orderBy('m.urgency_rank', 'DESC')
        .addOrderBy('m.submitted_at', 'ASC')
        .addOrderBy('m.id', 'ASC');
    const [total, ids] = await Promise.all([
      base.clone().getCount(),
      this.pageIds(order(base.clone()), skip, take),
    ]);
    if (ids.length === 0) return [[], total];
    const rows = await order(this.withNames(base.clone().andWhere('m.id IN (:...ids)', { ids })))
      .innerJoin(
        MemoStep,
        's',
        's.org_id = m.org_id AND s.memo_id = m.id AND s.round = m.round AND s.step_order = m.current_step_order',
      )
      .addSelect(['s.role AS stepRole', 's.capacity AS capacity', 's.activated_at AS waitingSince'])
      .getRawMany<InboxRow>();
    return [rows, total];
  }

  private async pageIds(
    qb: SelectQueryBuilder<Memo>,
    skip: number,
    take: number,
  ): Promise<number[]> {
    const rows = await qb
      .select('m.id', 'id')
      .offset(skip)
      .limit(take)
      .getRawMany<{ id: number }>();
    return rows.map((r) => Number(r.id));
  }

  /** Lists and searches memos the viewer may see (the visibility rule is in memo-access.ts). */
  async list(
    orgId: number,
    viewer: Visibility,
    filter: ListFilter,
    skip: number,
    take: number,
  ): Promise<[ListRow[], number]> {
    const base = this.dataSource.manager
      .createQueryBuilder(Memo, 'm')
      .where('m.org_id = :orgId', { orgId });
    this.applyVisibility(base, viewer);
    this.applyFilter(base, viewer.userId, filter);
    const order = (qb: SelectQueryBuilder<Memo>) =>
      qb.orderBy('m.updated_at', 'DESC').addOrderBy('m.id', 'DESC');
    const [total, ids] = await Promise.all([
      base.clone().getCount(),
      this.pageIds(order(base.clone()), skip, take),
    ]);
    if (ids.length === 0) return [[], total];
    const rows = await order(
      this.withNames(
        this.dataSource.manager
          .createQueryBuilder(Memo, 'm')
          .where('m.org_id = :orgId AND m.id IN (:...ids)', { orgId, ids }),
      ),
    )
      .leftJoin('app_user', 'a', 'a.id = m.current_assignee_user_id')
      .addSelect([
        'a.title_prefix AS assigneeTitle',
        'a.first_name AS assigneeFirstName',
        'a.last_name AS assigneeLastName',
      ])
      .getRawMany<ListRow>();
    return [rows, total];
  }

  private withNames(qb: SelectQueryBuilder<Memo>): SelectQueryBuilder<Memo> {
    return qb
      .clone()
      .select([
        'm.id AS id',
        'm.subject AS subject',
        'm.status AS status',
        'm.urgency AS urgency',
        'm.urgent_by AS urgentBy',
        'm.secrecy AS secrecy',
        'm.version AS version',
        'm.doc_number AS docNumber',
        'm.submitted_at AS submittedAt',
        'm.registered_at AS registeredAt',
        'm.updated_at AS updatedAt',
        'm.author_user_id AS authorUserId',
        'u.title_prefix AS authorTitle',
        'u.first_name AS authorFirstName',
        'u.last_name AS authorLastName',
        'g.name AS groupName',
      ])
      .innerJoin('app_user', 'u', 'u.id = m.author_user_id')
      .leftJoin('org_group', 'g', 'g.id = m.group_id');
  }

  private applyVisibility(qb: SelectQueryBuilder<Memo>, v: Visibility): void {
    qb.andWhere(
      new Brackets((w) => {
        w.where('m.author_user_id = :me', { me: v.userId })
          .orWhere(
            'EXISTS (SELECT 1 FROM memo_step vs WHERE vs.org_id = m.org_id AND vs.memo_id = m.id AND vs.assignee_user_id = :me)',
          )
          .orWhere(
            'EXISTS (SELECT 1 FROM memo_reader vr WHERE vr.org_id = m.org_id AND vr.memo_id = m.id AND vr.user_id = :me)',
          )
          .orWhere("(m.secrecy = 'normal' AND m.status = 'approved')");
        if (v.seesOfficeWork) w.orWhere("(m.secrecy = 'normal' AND m.status <> 'draft')");
      }),
    );
  }

  private applyFilter(qb: SelectQueryBuilder<Memo>, me: number, f: ListFilter): void {
    const actedByMe =
      'EXISTS (SELECT 1 FROM memo_step fs WHERE fs.org_id = m.org_id AND fs.memo_id = m.id AND fs.assignee_user_id = :me)';
    switch (f.box) {
      case 'drafts':
        qb.andWhere("m.author_user_id = :me AND m.status = 'draft'", { me });
        break;
      case 'returned':
        qb.andWhere("m.author_user_id = :me AND m.status = 'returned'", { me });
        break;
      case 'in_progress':
        qb.andWhere(`m.status = 'in_review' AND (m.author_user_id = :me OR ${actedByMe})`, { me });
        break;
      case 'done':
        qb.andWhere(
          `m.status IN ('approved', 'rejected', 'withdrawn') AND (m.author_user_id = :me OR ${actedByMe})`,
          { me },
        );
        break;
      case 'all':
        break;
    }
    if (f.status) qb.andWhere('m.status = :status', { status: f.status });
    if (f.number) qb.andWhere('m.doc_number LIKE :number', { number: `%${escapeLike(f.number)}%` });
    if (f.from) qb.andWhere('COALESCE(m.registered_at, m.created_at) >= :from', { from: f.from });
    if (f.to) qb.andWhere('COALESCE(m.registered_at, m.created_at) < :to', { to: f.to });
    f.words.forEach((word, i) => {
      qb.andWhere(`m.search_text LIKE :w${i}`, { [`w${i}`]: `% ${escapeLike(word)}%` });
    });
  }
}

/** Wildcards in user input match themselves. */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

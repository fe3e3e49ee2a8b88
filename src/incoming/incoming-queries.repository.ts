import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { OrgGroup } from '../org/org-group.entity';
import { IncomingAssignment } from './incoming-assignment.entity';
import { IncomingLetter } from './incoming-letter.entity';

/** What waits for a person: the letter, what they are to do, and since when. */
export interface InboxLetterRow {
  letter: IncomingLetter;
  task: 'endorse' | 'assign' | 'act';
  groupId: number | null;
  waitingSince: Date;
}

export interface LetterFilter {
  words: string[];
  number?: string;
  agency?: string;
  from?: Date;
  to?: Date;
}

/** The SQL twin of canReadIncoming's "on its path" (incoming-access.ts); keep them together. */
const ON_PATH = `(l.received_by_user_id = :me OR l.waiting_on_user_id = :me
  OR EXISTS (SELECT 1 FROM incoming_endorsement pe WHERE pe.org_id = l.org_id AND pe.letter_id = l.id
    AND (pe.by_user_id = :me OR pe.forward_to_user_id = :me))
  OR EXISTS (SELECT 1 FROM incoming_assignment pa LEFT JOIN org_group pg ON pg.id = pa.group_id
    WHERE pa.org_id = l.org_id AND pa.letter_id = l.id
    AND (pa.assignee_user_id = :me OR pg.head_user_id = :me))
  OR EXISTS (SELECT 1 FROM circulation_recipient pc WHERE pc.org_id = l.org_id
    AND pc.incoming_letter_id = l.id AND pc.user_id = :me)
  OR EXISTS (SELECT 1 FROM memo_task pt LEFT JOIN org_group ptg ON ptg.id = pt.group_id
    LEFT JOIN app_user ptu ON ptu.id = :me
    WHERE pt.org_id = l.org_id AND pt.incoming_letter_id = l.id
    AND (pt.user_id = :me OR pt.group_id = ptu.group_id OR ptg.head_user_id = :me)))`;

/**
 * What waits on :userId (parameters :orgId and :userId), shared by the inbox list and its count
 * so the two never disagree: a letter forwarded to them (alias `l`), and an assignment of a group
 * they head waiting for an assignee or one assigned to them and not done (`a`, its group `g`).
 */
const LETTER_WAITING_ON =
  "l.org_id = :orgId AND l.waiting_on_user_id = :userId AND l.status = 'forwarded'";
const ASSIGNMENT_WAITING_ON = `a.org_id = :orgId AND (
  (a.state = 'waiting' AND g.head_user_id = :userId)
  OR (a.state IN ('assigned', 'in_progress') AND a.assignee_user_id = :userId))`;

/** The number of letters and assignments waiting on :userId, as subqueries (InboxCount). */
export const countLettersWaiting = (sub: SelectQueryBuilder<ObjectLiteral>) =>
  sub.select('COUNT(*)').from(IncomingLetter, 'l').where(LETTER_WAITING_ON);
export const countAssignmentsWaiting = (sub: SelectQueryBuilder<ObjectLiteral>) =>
  sub
    .select('COUNT(*)')
    .from(IncomingAssignment, 'a')
    .leftJoin(OrgGroup, 'g', 'g.id = a.group_id')
    .where(ASSIGNMENT_WAITING_ON);

/** Read models of incoming letters: the inbox, lists and searches, the register. By orgId. */
@Injectable()
export class IncomingQueriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Letters waiting on `userId` as executive, as head of an assigned group, or as assignee. */
  async inbox(orgId: number, userId: number): Promise<InboxLetterRow[]> {
    const m = this.dataSource.manager;
    const [executive, assignments] = await Promise.all([
      m
        .createQueryBuilder(IncomingLetter, 'l')
        .where(LETTER_WAITING_ON, { orgId, userId })
        .getMany(),
      m
        .createQueryBuilder(IncomingAssignment, 'a')
        .innerJoinAndSelect('a.letter', 'l')
        .leftJoin('a.group', 'g')
        .where(ASSIGNMENT_WAITING_ON, { orgId, userId })
        .getMany(),
    ]);
    return [
      ...executive.map((letter) => ({
        letter,
        task: 'endorse' as const,
        groupId: null,
        waitingSince: letter.waitingSince ?? letter.receivedAt,
      })),
      ...assignments.map((a) => ({
        letter: a.letter as IncomingLetter,
        task: a.state === 'waiting' ? ('assign' as const) : ('act' as const),
        groupId: a.groupId,
        waitingSince: a.waitingSince,
      })),
    ];
  }

  /**
   * Letters the viewer may see: all of the office's for the registry desk and executives
   * (secret ones masked by the caller), else those on the viewer's path. Content filters never
   * match a secret letter off the viewer's path.
   */
  list(
    orgId: number,
    viewer: { userId: number; seesOfficeWork: boolean },
    f: LetterFilter,
    skip: number,
    take: number,
  ): Promise<[IncomingLetter[], number]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(IncomingLetter, 'l')
      .where('l.org_id = :orgId', { orgId })
      .setParameter('me', viewer.userId);
    if (!viewer.seesOfficeWork) qb.andWhere(ON_PATH);
    const searching = f.words.length > 0 || f.number || f.agency;
    if (searching && viewer.seesOfficeWork) qb.andWhere(`(l.secrecy = 'normal' OR ${ON_PATH})`);
    this.applyFilter(qb, f);
    return qb
      .orderBy('l.received_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
  }

  private applyFilter(qb: SelectQueryBuilder<IncomingLetter>, f: LetterFilter): void {
    if (f.number)
      qb.andWhere('l.their_number LIKE :number', { number: `%${escapeLike(f.number)}%` });
    if (f.agency)
      qb.andWhere('l.from_agency LIKE :agency', { agency: `%${escapeLike(f.agency)}%` });
    if (f.from) qb.andWhere('l.received_at >= :from', { from: f.from });
    if (f.to) qb.andWhere('l.received_at < :to', { to: f.to });
    f.words.forEach((word, i) => {
      qb.andWhere(`l.search_text LIKE :w${i}`, { [`w${i}`]: `% ${escapeLike(word)}%` });
    });
  }

  /** A group's receive register of a year, in group-receive-number order, with the letters. */
  groupRegister(orgId: number, groupId: number, year: number, skip: number, take: number) {
    return this.dataSource.manager.findAndCount(IncomingAssignment, {
      where: { orgId, groupId, groupYear: year },
      relations: { letter: true },
      order: { groupReceiveNumber: 'ASC' },
      skip,
      take,
    });
  }

  /** The incoming register of a year, in receive-number order. */
  register(orgId: number, year: number, skip?: number, take?: number) {
    return this.dataSource.manager.findAndCount(IncomingLetter, {
      where: { orgId, year },
      order: { receiveNumber: 'ASC' },
      skip,
      take,
    });
  }
}

/** Wildcards in user input match themselves. */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

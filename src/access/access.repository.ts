import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Issuance } from '../memo/issuance.entity';
import { Memo } from '../memo/memo.entity';
import { MemoReader } from '../memo/memo-reader.entity';
import { MemoStep } from '../memo/memo-step.entity';
import { RegisterEntry } from '../registry/register-entry.entity';
import { IncomingAssignment } from '../incoming/incoming-assignment.entity';
import { IncomingEndorsement } from '../incoming/incoming-endorsement.entity';
import { IncomingLetter } from '../incoming/incoming-letter.entity';
import { OrgGroup } from '../org/org-group.entity';
import { User } from '../org/user.entity';
import { CirculationRecipient } from '../circulation/circulation.entity';
import { MemoTask } from '../circulation/memo-task.entity';

/** What the memo read rule needs to know of one memo and one person. */
export interface MemoAccessFacts {
  memo: Pick<Memo, 'id' | 'orgId' | 'authorUserId' | 'status' | 'secrecy'>;
  /** The person was on its chain or is a named reader. */
  involved: boolean;
}

/** What the incoming-letter read rule needs to know of one letter and one person. */
export interface IncomingAccessFacts {
  letter: Pick<IncomingLetter, 'id' | 'orgId' | 'secrecy'>;
  /**
   * The person received it, was forwarded it, endorsed it, heads an assigned group or is an
   * assignee, or its endorsement circulated it to them or gave them (or their group) a task.
   */
  onPath: boolean;
}

@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The memo each announcement or order was issued by, by issuance id. */
  async memoIdsOfIssuances(orgId: number, ids: number[]): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(Issuance, {
      select: { id: true, memoId: true },
      where: { orgId, id: In(ids) },
    });
    return new Map(rows.map((r) => [r.id, r.memoId]));
  }

  async documentsOfRegisterEntries(
    orgId: number,
    ids: number[],
  ): Promise<Map<number, { documentType: string; documentId: number }>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(RegisterEntry, {
      select: { id: true, documentType: true, documentId: true },
      where: { orgId, id: In(ids) },
    });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The office's memos among `memoIds`, each with whether `userId` is on its path. */
  async memoAccessFacts(
    orgId: number,
    userId: number,
    memoIds: number[],
  ): Promise<MemoAccessFacts[]> {
    if (memoIds.length === 0) return [];
    const m = this.dataSource.manager;
    const [memos, steps, readers] = await Promise.all([
      m.find(Memo, {
        select: { id: true, orgId: true, authorUserId: true, status: true, secrecy: true },
        where: { orgId, id: In(memoIds) },
      }),
      m.find(MemoStep, {
        select: { memoId: true },
        where: { orgId, assigneeUserId: userId, memoId: In(memoIds) },
      }),
      m.find(MemoReader, {
        select: { memoId: true },
        where: { orgId, userId, memoId: In(memoIds) },
      }),
    ]);
    const involved = new Set([...steps, ...readers].map((r) => r.memoId));
    return memos.map((memo) => ({ memo, involved: involved.has(memo.id) }));
  }

  /** The office's letters among `ids`, each with whether `userId` is on its path. */
  async incomingAccessFacts(
    orgId: number,
    userId: number,
    ids: number[],
  ): Promise<IncomingAccessFacts[]> {
    if (ids.length === 0) return [];
    const m = this.dataSource.manager;
    const letterIdsOf = (rows: Array<{ letterId: number | string }>) =>
      rows.map((r) => Number(r.letterId));
    const [letters, endorsed, assigned, headed, circulated] = await Promise.all([
      m.find(IncomingLetter, {
        select: {
          id: true,
          orgId: true,
          secrecy: true,
          receivedByUserId: true,
          waitingOnUserId: true,
        },
        where: { orgId, id: In(ids) },
      }),
      m
        .createQueryBuilder(IncomingEndorsement, 'e')
        .select('e.letter_id', 'letterId')
        .where('e.org_id = :orgId AND e.letter_id IN (:...ids)', { orgId, ids })
        .andWhere('(e.by_user_id = :userId OR e.forward_to_user_id = :userId)', { userId })
        .getRawMany<{ letterId: number }>(),
      m.find(IncomingAssignment, {
        select: { letterId: true },
        where: { orgId, letterId: In(ids), assigneeUserId: userId },
      }),
      m
        .createQueryBuilder(IncomingAssignment, 'a')
        .innerJoin(OrgGroup, 'g', 'g.id = a.group_id AND g.org_id = a.org_id')
        .select('a.letter_id', 'letterId')
        .where('a.org_id = :orgId AND a.letter_id IN (:...ids)', { orgId, ids })
        .andWhere('g.head_user_id = :userId', { userId })
        .getRawMany<{ letterId: number }>(),
      this.circulatedLetterIds(orgId, userId, ids),
    ]);
    const onPath = new Set([
      ...circulated,
      ...letterIdsOf(endorsed),
      ...letterIdsOf(assigned),
      ...letterIdsOf(headed),
      ...letters
        .filter((l) => l.receivedByUserId === userId || l.waitingOnUserId === userId)
        .map((l) => l.id),
    ]);
    return letters.map((letter) => ({ letter, onPath: onPath.has(letter.id) }));
  }

  /**
   * Of these letters, those an endorsement circulated to the person or gave them a task: to
   * them, their group, or a group they head (issue 20).
   */
  private async circulatedLetterIds(orgId: number, userId: number, ids: number[]) {
    const m = this.dataSource.manager;
    const [recipients, tasks] = await Promise.all([
      m.find(CirculationRecipient, {
        select: { incomingLetterId: true },
        where: { orgId, userId, incomingLetterId: In(ids) },
      }),
      m
        .createQueryBuilder(MemoTask, 't')
        .leftJoin(User, 'u', 'u.id = :userId AND u.org_id = t.org_id', { userId })
        .leftJoin(OrgGroup, 'g', 'g.id = t.group_id AND g.org_id = t.org_id')
        .select('t.incoming_letter_id', 'letterId')
        .where('t.org_id = :orgId AND t.incoming_letter_id IN (:...ids)', { orgId, ids })
        .andWhere('(t.user_id = :userId OR t.group_id = u.group_id OR g.head_user_id = :userId)')
        .getRawMany<{ letterId: number | string }>(),
    ]);
    return [
      ...recipients.map((r) => Number(r.incomingLetterId)),
      ...tasks.map((t) => Number(t.letterId)),
    ];
  }
}

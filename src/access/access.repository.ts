import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Issuance } from '../memo/issuance.entity';
import { Memo } from '../memo/memo.entity';
import { MemoReader } from '../memo/memo-reader.entity';
import { MemoStep } from '../memo/memo-step.entity';
import { RegisterEntry } from '../registry/register-entry.entity';

/** What the memo read rule needs to know of one memo and one person. */
export interface MemoAccessFacts {
  memo: Pick<Memo, 'id' | 'orgId' | 'authorUserId' | 'status' | 'secrecy'>;
  /** The person was on its chain or is a named reader. */
  involved: boolean;
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
}

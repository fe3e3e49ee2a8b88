import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import { Issuance } from './issuance.entity';
import { MemoAttachment } from './memo-attachment.entity';
import { MemoReader } from './memo-reader.entity';
import { MemoStep, StepState } from './memo-step.entity';
import { Memo } from './memo.entity';
import type { MemoStatus } from './memo.enums';

/**
 * Persistence of memos and their parts. Every method is scoped by orgId; writes take the
 * transaction first. The inbox and list read models are in MemoQueriesRepository.
 */
@Injectable()
export class MemoRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.dataSource.manager;
  }

  findMemo(orgId: number, id: number, tx?: Tx): Promise<Memo | null> {
    return this.em(tx).findOneBy(Memo, { orgId, id });
  }

  insertMemo(tx: Tx, memo: OfficeRow<Memo>): Promise<Memo> {
    return managerOf(tx).save(Memo, memo);
  }

  /**
   * Applies `changes` only if the memo is still at `version` in one of `statuses`, bumping the
   * version. The single guard against concurrent edits and double approvals: false means
   * someone else got there first.
   */
  async updateIfCurrent(
    tx: Tx,
    orgId: number,
    id: number,
    expected: { version: number; statuses: readonly MemoStatus[] },
    changes: Partial<Memo>,
  ): Promise<boolean> {
    const result = await managerOf(tx)
      .createQueryBuilder()
      .update(Memo)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND org_id = :orgId AND version = :version AND status IN (:...statuses)', {
        id,
        orgId,
        version: expected.version,
        statuses: expected.statuses,
      })
      .execute();
    return result.affected === 1;
  }

  async setRegistration(
    tx: Tx,
    orgId: number,
    id: number,
    docNumber: string,
    at: Date,
  ): Promise<void> {
    await managerOf(tx).update(Memo, { orgId, id }, { docNumber, registeredAt: at });
  }

  /** Pending steps of a round that will no longer be reached (after a return or withdrawal). */
  async cancelPendingSteps(tx: Tx, orgId: number, memoId: number, round: number): Promise<void> {
    await managerOf(tx).update(
      MemoStep,
      { orgId, memoId, round, state: 'pending' },
      { state: 'cancelled' },
    );
  }

  steps(orgId: number, memoId: number, tx?: Tx): Promise<MemoStep[]> {
    return this.em(tx).find(MemoStep, {
      where: { orgId, memoId },
      order: { round: 'ASC', stepOrder: 'ASC' },
    });
  }

  insertSteps(tx: Tx, steps: Array<OfficeRow<MemoStep>>): Promise<MemoStep[]> {
    return managerOf(tx).save(MemoStep, steps);
  }

  /** Moves a pending step to its outcome; false if it was no longer pending. */
  async settleStep(
    tx: Tx,
    orgId: number,
    stepId: number,
    outcome: { state: StepState; note: string; actedAt: Date },
  ): Promise<boolean> {
    const result = await managerOf(tx).update(
      MemoStep,
      { id: stepId, orgId, state: 'pending' },
      outcome,
    );
    return result.affected === 1;
  }

  async activateStep(tx: Tx, orgId: number, stepId: number, at: Date): Promise<void> {
    await managerOf(tx).update(MemoStep, { id: stepId, orgId }, { activatedAt: at });
  }

  /** Everyone who has ever been on the memo's chain. */
  async participantIds(orgId: number, memoId: number, tx?: Tx): Promise<number[]> {
    const rows = await this.em(tx)
      .createQueryBuilder(MemoStep, 's')
      .select('DISTINCT s.assignee_user_id', 'userId')
      .where('s.org_id = :orgId AND s.memo_id = :memoId', { orgId, memoId })
      .getRawMany<{ userId: number }>();
    return rows.map((r) => Number(r.userId));
  }

  readerIds(orgId: number, memoId: number, tx?: Tx): Promise<number[]> {
    return this.em(tx)
      .find(MemoReader, { where: { orgId, memoId }, select: { userId: true } })
      .then((rows) => rows.map((r) => r.userId));
  }

  async replaceReaders(tx: Tx, orgId: number, memoId: number, userIds: number[]): Promise<void> {
    const em = managerOf(tx);
    await em.delete(MemoReader, { orgId, memoId });
    if (userIds.length > 0)
      await em.insert(
        MemoReader,
        userIds.map((userId) => ({ orgId, memoId, userId })),
      );
  }

  /** Names more readers, keeping those already named. */
  async addReaders(tx: Tx, orgId: number, memoId: number, userIds: number[]): Promise<void> {
    const named = new Set(await this.readerIds(orgId, memoId, tx));
    const added = [...new Set(userIds)].filter((id) => !named.has(id));
    if (added.length > 0)
      await managerOf(tx).insert(
        MemoReader,
        added.map((userId) => ({ orgId, memoId, userId })),
      );
  }

  attachments(orgId: number, memoId: number, tx?: Tx): Promise<MemoAttachment[]> {
    return this.em(tx).find(MemoAttachment, { where: { orgId, memoId }, order: { id: 'ASC' } });
  }

  findAttachment(orgId: number, memoId: number, id: number): Promise<MemoAttachment | null> {
    return this.dataSource.manager.findOneBy(MemoAttachment, { orgId, memoId, id });
  }

  saveAttachment(tx: Tx, attachment: OfficeRow<MemoAttachment>): Promise<MemoAttachment> {
    return managerOf(tx).save(MemoAttachment, attachment);
  }

  async deleteAttachment(tx: Tx, orgId: number, memoId: number, id: number): Promise<boolean> {
    const result = await managerOf(tx).delete(MemoAttachment, { orgId, memoId, id });
    return result.affected === 1;
  }

  issuance(orgId: number, memoId: number, tx?: Tx): Promise<Issuance | null> {
    return this.em(tx).findOneBy(Issuance, { orgId, memoId });
  }

  findIssuanceById(orgId: number, id: number, tx?: Tx): Promise<Issuance | null> {
    return this.em(tx).findOneBy(Issuance, { orgId, id });
  }

  saveIssuance(tx: Tx, issuance: OfficeRow<Issuance>): Promise<Issuance> {
    return managerOf(tx).save(Issuance, issuance);
  }

  async deleteIssuance(tx: Tx, orgId: number, memoId: number): Promise<void> {
    await managerOf(tx).delete(Issuance, { orgId, memoId });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { isUniqueViolation } from '../database/database-errors';
import { managerOf, Tx } from '../database/tx';
import { AuditEvent } from './audit-event.entity';
import { AuditHead } from './audit-head.entity';
import { chainHash, ChainedFields, GENESIS_HASH } from './hash-chain';

export type AuditInput = Omit<ChainedFields, 'seq'>;

const VERIFY_BATCH = 1000;

/** The audit trail, a hash chain per office. Every method but orgIdsAcrossOffices is scoped by orgId. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends inside the caller's transaction. Bumping the head row first takes its lock, so
   * appends of one office queue up and each sees the latest hash; other offices are unaffected.
   */
  async append(tx: Tx, input: AuditInput): Promise<AuditEvent> {
    const head = await this.lockHead(tx, input.orgId);
    const fields: ChainedFields = { ...input, seq: head.seq };
    const hash = chainHash(head.hash, fields);
    const em = managerOf(tx);
    await em.update(AuditHead, { orgId: input.orgId }, { hash });
    return em.save(AuditEvent, { ...fields, prevHash: head.hash, hash });
  }

  private async lockHead(tx: Tx, orgId: number): Promise<AuditHead> {
    const bumped = await managerOf(tx).increment(AuditHead, { orgId }, 'seq', 1);
    if (!bumped.affected) await this.startChain(tx, orgId);
    return managerOf(tx).findOneByOrFail(AuditHead, { orgId });
  }

  /** An office's first event. Offices get their head when created; this covers older ones. */
  private async startChain(tx: Tx, orgId: number): Promise<void> {
    try {
      await managerOf(tx).insert(AuditHead, { orgId, seq: 1, hash: GENESIS_HASH });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await managerOf(tx).increment(AuditHead, { orgId }, 'seq', 1);
    }
  }

  /** Creates the chain's head with the office, so appends never race to create it. */
  async createHead(tx: Tx, orgId: number): Promise<void> {
    await managerOf(tx).insert(AuditHead, { orgId, seq: 0, hash: GENESIS_HASH });
  }

  /** Events in seq order, a batch at a time, for verification without loading the whole log. */
  async *eventsInOrder(orgId: number): AsyncGenerator<AuditEvent> {
    let after = 0;
    for (;;) {
      const batch = await this.dataSource.manager.find(AuditEvent, {
        where: { orgId, seq: MoreThan(after) },
        order: { seq: 'ASC' },
        take: VERIFY_BATCH,
      });
      yield* batch;
      if (batch.length < VERIFY_BATCH) return;
      after = batch[batch.length - 1].seq;
    }
  }

  findHead(orgId: number): Promise<AuditHead | null> {
    return this.dataSource.manager.findOneBy(AuditHead, { orgId });
  }

  list(
    orgId: number,
    filter: { entityType?: string; entityId?: number },
    skip: number,
    take: number,
  ) {
    return this.dataSource.manager.findAndCount(AuditEvent, {
      where: { orgId, ...filter },
      order: { seq: 'DESC' },
      skip,
      take,
    });
  }

  /** Across offices: verify-audit (the CLI) checks every office's chain. */
  orgIdsAcrossOffices(): Promise<number[]> {
    return this.dataSource.manager
      .find(AuditHead, { select: { orgId: true } })
      .then((rows) => rows.map((r) => r.orgId));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThanOrEqual, MoreThan } from 'typeorm';
import { managerOf, Tx } from '../database/tx';
import { LineAccount } from './line-account.entity';
import { LineLinkNonce } from './line-link-nonce.entity';

/**
 * Linked LINE accounts and the nonces of links in progress. A person's rows are read and changed
 * with their office; what LINE's webhook names (a LINE user, a nonce) is found AcrossOffices.
 */
@Injectable()
export class LineAccountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByUser(orgId: number, userId: number): Promise<LineAccount | null> {
    return this.dataSource.manager.findOneBy(LineAccount, { orgId, userId });
  }

  findByLineUserAcrossOffices(lineUserId: string): Promise<LineAccount | null> {
    return this.dataSource.manager.findOneBy(LineAccount, { lineUserId });
  }

  /** The person's one nonce in progress: an earlier one, and any expired, are dropped. */
  async replaceNonce(tx: Tx, nonce: Omit<LineLinkNonce, 'id'>, now: Date): Promise<void> {
    const em = managerOf(tx);
    await em.delete(LineLinkNonce, { orgId: nonce.orgId, userId: nonce.userId });
    await em.delete(LineLinkNonce, { expiresAt: LessThanOrEqual(now) });
    await em.insert(LineLinkNonce, nonce);
  }

  /** The nonce's person, once: the row is deleted, and only the delete that removed it wins. */
  async takeNonceAcrossOffices(
    tx: Tx,
    nonceHash: string,
    now: Date,
  ): Promise<{ orgId: number; userId: number } | null> {
    const em = managerOf(tx);
    const row = await em.findOneBy(LineLinkNonce, { nonceHash, expiresAt: MoreThan(now) });
    if (!row) return null;
    const { affected } = await em.delete(LineLinkNonce, { id: row.id });
    return affected === 1 ? { orgId: row.orgId, userId: row.userId } : null;
  }

  /** A LINE account moves to the person who just linked it, from whoever had it before. */
  async releaseLineUserAcrossOffices(tx: Tx, lineUserId: string): Promise<void> {
    await managerOf(tx).delete(LineAccount, { lineUserId });
  }

  async link(tx: Tx, account: Omit<LineAccount, 'id'>): Promise<void> {
    const em = managerOf(tx);
    await em.delete(LineAccount, { orgId: account.orgId, userId: account.userId });
    await em.insert(LineAccount, account);
  }

  async unlink(orgId: number, userId: number): Promise<boolean> {
    const { affected } = await this.dataSource.manager.delete(LineAccount, { orgId, userId });
    return (affected ?? 0) > 0;
  }
}

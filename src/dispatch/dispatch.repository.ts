import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import { Memo } from '../memo/memo.entity';
import { OrgGroup } from '../org/org-group.entity';
import { Dispatch } from './dispatch.entity';

/** Dispatch rows. Scoped by orgId, except the receipt lookup (the link is all a recipient has). */
@Injectable()
export class DispatchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(tx: Tx, row: OfficeRow<Dispatch>): Promise<Dispatch> {
    return managerOf(tx).save(Dispatch, row);
  }

  find(orgId: number, id: number, tx?: Tx): Promise<Dispatch | null> {
    return (tx ? managerOf(tx) : this.dataSource.manager).findOneBy(Dispatch, { orgId, id });
  }

  listOfMemo(orgId: number, memoId: number): Promise<Dispatch[]> {
    return this.dataSource.manager.find(Dispatch, {
      where: { orgId, memoId },
      order: { channel: 'ASC', recipientName: 'ASC', id: 'ASC' },
    });
  }

  /** Across offices: a receipt link carries only its token. */
  findByTokenHashAcrossOffices(tokenHash: string): Promise<Dispatch | null> {
    return this.dataSource.manager.findOneBy(Dispatch, { tokenHash });
  }

  /**
   * The document's e-mail dispatches, locked until the transaction ends (MariaDB), so that of
   * two last receipts confirmed at once the second sees the first and exactly one tells the
   * author. SQLite runs one transaction at a time.
   */
  lockEmailsOfDocument(tx: Tx, d: Pick<Dispatch, 'orgId' | 'documentType' | 'documentId'>) {
    const em = managerOf(tx);
    const lock =
      em.connection.options.type === 'better-sqlite3'
        ? {}
        : { lock: { mode: 'pessimistic_write' as const } };
    return em.find(Dispatch, {
      where: {
        orgId: d.orgId,
        documentType: d.documentType,
        documentId: d.documentId,
        channel: 'email',
      },
      order: { id: 'ASC' },
      ...lock,
    });
  }

  /** Records the receipt once: false when it was already received (or the link replaced). */
  async markReceived(tx: Tx, orgId: number, id: number, tokenHash: string, at: Date) {
    const result = await managerOf(tx).update(
      Dispatch,
      { orgId, id, tokenHash, receivedAt: IsNull() },
      { state: 'received', receivedAt: at },
    );
    return result.affected === 1;
  }

  async setTokenHash(tx: Tx, orgId: number, id: number, tokenHash: string | null) {
    await managerOf(tx).update(Dispatch, { orgId, id }, { tokenHash });
  }

  async markMailed(tx: Tx, orgId: number, id: number, at: Date) {
    const em = managerOf(tx);
    await em.update(Dispatch, { orgId, id }, { mailedAt: at });
    await em.increment(Dispatch, { orgId, id }, 'sendCount', 1);
  }

  memo(orgId: number, memoId: number, tx?: Tx) {
    return (tx ? managerOf(tx) : this.dataSource.manager).findOne(Memo, {
      select: { id: true, authorUserId: true, subject: true, secrecy: true, docNumber: true },
      where: { orgId, id: memoId },
    });
  }

  /** Of these ids, the office's groups with their heads. */
  groups(orgId: number, ids: number[], tx: Tx) {
    if (ids.length === 0) return Promise.resolve([]);
    return managerOf(tx).find(OrgGroup, {
      select: { id: true, name: true, headUserId: true },
      where: { orgId, id: In(ids) },
      order: { name: 'ASC' },
    });
  }
}

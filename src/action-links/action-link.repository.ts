import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import { ActionLink } from './action-link.entity';

/** One-tap links. Scoped by orgId, except the lookup by token (the link is all its holder has). */
@Injectable()
export class ActionLinkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Across offices: a link carries only its token. */
  findByTokenHashAcrossOffices(tokenHash: string): Promise<ActionLink | null> {
    return this.dataSource.manager.findOneBy(ActionLink, { tokenHash });
  }

  findForStep(orgId: number, stepId: number, userId: number, tx: Tx): Promise<ActionLink | null> {
    return managerOf(tx).findOneBy(ActionLink, { orgId, stepId, userId });
  }

  async insert(tx: Tx, row: OfficeRow<ActionLink>): Promise<void> {
    await managerOf(tx).insert(ActionLink, row);
  }

  /** A new token for a link not used yet: the old one stops working. False when it was used. */
  async replaceToken(
    tx: Tx,
    orgId: number,
    id: number,
    change: Pick<ActionLink, 'tokenHash' | 'memoVersion' | 'expiresAt'>,
  ): Promise<boolean> {
    const result = await managerOf(tx).update(ActionLink, { orgId, id, usedAt: IsNull() }, change);
    return result.affected === 1;
  }

  /**
   * Uses the link, once: of two requests at once the second waits for the first's row lock
   * (MariaDB; SQLite runs one transaction at a time) and then finds it used. False when it was
   * used, replaced by a newer mail, or has expired.
   */
  async markUsed(tx: Tx, orgId: number, id: number, tokenHash: string, at: Date) {
    const result = await managerOf(tx).update(
      ActionLink,
      { orgId, id, tokenHash, usedAt: IsNull(), expiresAt: MoreThan(at) },
      { usedAt: at },
    );
    return result.affected === 1;
  }
}

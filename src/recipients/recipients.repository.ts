import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import { Recipient, RecipientKind } from './recipient.entity';

export interface RecipientFilter {
  q?: string;
  kind?: RecipientKind;
  includeInactive: boolean;
}

/** The office's schools and agencies. Every method is scoped by orgId. */
@Injectable()
export class RecipientsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  save(tx: Tx, row: OfficeRow<Recipient>): Promise<Recipient> {
    return managerOf(tx).save(Recipient, row);
  }

  find(orgId: number, id: number, tx?: Tx): Promise<Recipient | null> {
    return (tx ? managerOf(tx) : this.dataSource.manager).findOneBy(Recipient, { orgId, id });
  }

  list(orgId: number, f: RecipientFilter, skip: number, take: number) {
    const qb = this.dataSource.manager
      .createQueryBuilder(Recipient, 'r')
      .where('r.org_id = :orgId', { orgId })
      .orderBy('r.kind', 'DESC')
      .addOrderBy('r.name', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .skip(skip)
      .take(take);
    if (!f.includeInactive) qb.andWhere('r.active = :active', { active: true });
    if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
    (f.q ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .forEach((word, i) => {
        qb.andWhere(
          `(r.name LIKE :w${i} ESCAPE '!' OR r.email LIKE :w${i} ESCAPE '!' OR r.code LIKE :w${i} ESCAPE '!')`,
          { [`w${i}`]: `%${word.replace(/[!%_]/g, (c) => `!${c}`)}%` },
        );
      });
    return qb.getManyAndCount();
  }

  /** Every active school of the office ("all schools"). */
  /** Every recipient of the office, inactive ones too (an import updates them by e-mail). */
  allOf(orgId: number): Promise<Recipient[]> {
    return this.dataSource.manager.find(Recipient, { where: { orgId }, order: { id: 'ASC' } });
  }

  activeSchools(orgId: number, tx: Tx): Promise<Recipient[]> {
    return managerOf(tx).find(Recipient, {
      where: { orgId, kind: 'school', active: true },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** Of these ids, the office's active recipients; other offices' ids are simply absent. */
  activeByIds(orgId: number, ids: number[], tx: Tx): Promise<Recipient[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return managerOf(tx).find(Recipient, {
      where: { orgId, id: In(ids), active: true },
      order: { name: 'ASC', id: 'ASC' },
    });
  }
}

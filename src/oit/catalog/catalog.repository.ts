import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { managerOf, Tx } from '../../database/tx';
import { OitCatalog } from '../entities/oit-catalog.entity';
import { OitItem } from '../entities/oit-item.entity';

/**
 * Catalogs visible to an office: the national lists (org_id null) and its own. Every method but
 * itemsAcrossOffices takes the office's id; national rows are shared by design and never written
 * through here.
 */
@Injectable()
export class CatalogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.dataSource.manager;
  }

  private visibleTo(orgId: number, tx?: Tx) {
    return this.em(tx)
      .createQueryBuilder(OitCatalog, 'c')
      .where(
        new Brackets((w) => w.where('c.orgId = :orgId', { orgId }).orWhere('c.orgId IS NULL')),
      );
  }

  /** The newest catalog published for `fiscalYear` or before it; the office's own wins a tie. */
  latestUpTo(orgId: number, fiscalYear: number): Promise<OitCatalog | null> {
    return this.visibleTo(orgId)
      .andWhere('c.fiscalYear <= :fiscalYear', { fiscalYear })
      .orderBy('c.fiscalYear', 'DESC')
      .addOrderBy('c.orgId', 'DESC')
      .getOne();
  }

  /** The first fiscal year after `fiscalYear` that has a catalog of its own. */
  async nextCatalogYear(orgId: number, fiscalYear: number): Promise<number | null> {
    const next = await this.visibleTo(orgId)
      .andWhere('c.fiscalYear > :fiscalYear', { fiscalYear })
      .orderBy('c.fiscalYear', 'ASC')
      .getOne();
    return next?.fiscalYear ?? null;
  }

  listVisible(orgId: number): Promise<OitCatalog[]> {
    return this.visibleTo(orgId)
      .orderBy('c.fiscalYear', 'ASC')
      .addOrderBy('c.orgId', 'ASC')
      .getMany();
  }

  /** Across offices: items by catalog id, shared by every office for a national catalog. */
  itemsAcrossOffices(catalogId: number): Promise<OitItem[]> {
    return this.dataSource.manager.find(OitItem, {
      where: { catalogId },
      order: { sortOrder: 'ASC' },
    });
  }

  findOwn(orgId: number, fiscalYear: number, tx?: Tx): Promise<OitCatalog | null> {
    return this.em(tx).findOneBy(OitCatalog, { orgId, fiscalYear });
  }

  /** Replaces the office's own list for a year (its items go with it). */
  async replaceOwn(
    tx: Tx,
    orgId: number,
    fiscalYear: number,
    catalog: Pick<OitCatalog, 'loadedByUserId' | 'loadedAt'>,
    items: Array<Omit<OitItem, 'id' | 'catalogId' | 'catalog'>>,
  ): Promise<OitCatalog> {
    const em = managerOf(tx);
    await em.delete(OitCatalog, { orgId, fiscalYear });
    const saved = await em.save(OitCatalog, { orgId, fiscalYear, ...catalog });
    await em.insert(
      OitItem,
      items.map((item) => ({ ...item, catalogId: saved.id })),
    );
    return saved;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThanOrEqual } from 'typeorm';
import { managerOf, Tx } from '../database/tx';
import { Memo } from '../memo/memo.entity';
import { Organization } from '../org/organization.entity';
import { User } from '../org/user.entity';

/**
 * The platform administrator's view of the deployment: offices and counts. Every read crosses
 * offices by design (…AcrossOffices) and returns organisations or numbers, never documents.
 */
@Injectable()
export class OfficesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.dataSource.manager;
  }

  listOfficesAcrossOffices(): Promise<Organization[]> {
    return this.dataSource.manager.find(Organization, {
      where: { kind: 'office' },
      order: { id: 'ASC' },
    });
  }

  findOfficeAcrossOffices(id: number, tx?: Tx): Promise<Organization | null> {
    return this.em(tx).findOneBy(Organization, { id, kind: 'office' });
  }

  findPlatformOrgAcrossOffices(tx?: Tx): Promise<Organization | null> {
    return this.em(tx).findOne(Organization, { where: { kind: 'platform' }, order: { id: 'ASC' } });
  }

  /** Any organisation's code, the platform's included: codes are unique system-wide. */
  codeTakenAcrossOffices(code: string, tx?: Tx): Promise<boolean> {
    return this.em(tx).existsBy(Organization, { code });
  }

  /** Active people per office. */
  async activeUserCountsAcrossOffices(): Promise<Map<number, number>> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .select('u.orgId', 'orgId')
      .addSelect('COUNT(*)', 'n')
      .where('u.active = :active', { active: true })
      .groupBy('u.orgId')
      .getRawMany<{ orgId: number | string; n: number | string }>();
    return new Map(rows.map((r) => [Number(r.orgId), Number(r.n)]));
  }

  /** Memos created since `since`, per office: a count, nothing about them. */
  async memoCountsSinceAcrossOffices(since: Date): Promise<Map<number, number>> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(Memo, 'm')
      .select('m.orgId', 'orgId')
      .addSelect('COUNT(*)', 'n')
      .where({ createdAt: MoreThanOrEqual(since) })
      .groupBy('m.orgId')
      .getRawMany<{ orgId: number | string; n: number | string }>();
    return new Map(rows.map((r) => [Number(r.orgId), Number(r.n)]));
  }

  /** Creates an organisation: the row is the office itself, so there is no orgId to scope it. */
  saveOrganizationAcrossOffices(tx: Tx, org: Partial<Organization>): Promise<Organization> {
    return managerOf(tx).save(Organization, org);
  }

  async setOfficeActiveAcrossOffices(tx: Tx, id: number, active: boolean): Promise<void> {
    await managerOf(tx).update(Organization, { id, kind: 'office' }, { active });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, EntityManager, In } from 'typeorm';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import { MemoAttachment } from '../memo/memo-attachment.entity';
import { Memo } from '../memo/memo.entity';
import { OrgGroup } from '../org/org-group.entity';
import { OitAssignment } from './entities/oit-assignment.entity';
import { DocumentEvidenceKind, OitEvidence } from './entities/oit-evidence.entity';
import { LinkStatus, OitLink } from './entities/oit-link.entity';
import { OitOfficeYear } from './entities/oit-office-year.entity';
import { OitRule } from './entities/oit-rule.entity';

/**
 * Evidence, links, rules, assignments and office years (and the memo attachments they publish).
 * Every method is scoped by orgId except findPublishedFileAcrossOffices; writes take the
 * transaction first.
 */
@Injectable()
export class OitRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.dataSource.manager;
  }

  // evidence

  findEvidence(orgId: number, id: number, tx?: Tx): Promise<OitEvidence | null> {
    return this.em(tx).findOneBy(OitEvidence, { orgId, id });
  }

  findDocumentEvidence(
    orgId: number,
    kind: DocumentEvidenceKind,
    documentId: number,
    tx?: Tx,
  ): Promise<OitEvidence | null> {
    return this.em(tx).findOneBy(OitEvidence, { orgId, kind, documentId });
  }

  /** The office's web evidence at this address, e.g. its generated O1 page. */
  findWebEvidence(orgId: number, url: string, tx?: Tx): Promise<OitEvidence | null> {
    return this.em(tx).findOne(OitEvidence, {
      where: { orgId, kind: 'web', url },
      order: { id: 'ASC' },
    });
  }

  saveEvidence(tx: Tx, evidence: OfficeRow<OitEvidence>): Promise<OitEvidence> {
    return managerOf(tx).save(OitEvidence, evidence);
  }

  /**
   * Across offices: a published file is fetched by its content hash alone. Rows
   * are evidence files with a confirmed link in a year whose public page is live (snapshot
   * null), then those linked in a year frozen by a submission, whose snapshot (in the blob store)
   * says whether the page shows them. Unlinked, proposed or rejected files of live years: none.
   */
  findPublishedFileAcrossOffices(
    sha256: string,
  ): Promise<Array<{ fileName: string | null; snapshotSha256: string | null }>> {
    // NULL sorts first in MySQL and SQLite alike: rows of live pages need no snapshot read.
    return this.dataSource.manager
      .createQueryBuilder(OitEvidence, 'e')
      .innerJoin(OitLink, 'l', 'l.evidenceId = e.id AND l.orgId = e.orgId')
      .leftJoin(OitOfficeYear, 'y', 'y.orgId = l.orgId AND y.fiscalYear = l.fiscalYear')
      .select('e.fileName', 'fileName')
      .addSelect('y.snapshotSha256', 'snapshotSha256')
      .where('e.sha256 = :sha256 AND e.kind = :kind', { sha256, kind: 'file' })
      .andWhere('(l.status = :confirmed OR y.snapshotSha256 IS NOT NULL)', {
        confirmed: 'confirmed',
      })
      .orderBy('y.snapshotSha256', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getRawMany();
  }

  /**
   * Attachments of the office's memos that are published for the fiscal year: the memo's
   * evidence has a confirmed link in that year, and neither the evidence nor the memo is secret.
   */
  publishedMemoAttachments(orgId: number, fiscalYear: number): Promise<MemoAttachment[]> {
    const em = this.dataSource.manager;
    const linked = em
      .createQueryBuilder(OitEvidence, 'e')
      .innerJoin(OitLink, 'l', 'l.evidenceId = e.id AND l.orgId = e.orgId')
      .select('e.documentId')
      .where('e.orgId = :orgId AND e.kind = :memo AND e.secrecy = :normal')
      .andWhere('l.fiscalYear = :fiscalYear AND l.status = :confirmed');
    return em
      .createQueryBuilder(MemoAttachment, 'a')
      .innerJoin(Memo, 'm', 'm.id = a.memoId AND m.orgId = a.orgId')
      .where('a.orgId = :orgId AND m.secrecy = :normal')
      .andWhere(`a.memoId IN (${linked.getQuery()})`)
      .setParameters({ orgId, fiscalYear, memo: 'memo', normal: 'normal', confirmed: 'confirmed' })
      .orderBy('a.memoId', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  // links

  findLink(orgId: number, id: number, tx?: Tx): Promise<OitLink | null> {
    return this.em(tx).findOne(OitLink, {
      where: { orgId, id },
      relations: { evidence: true, decidedBy: true },
    });
  }

  linksOfEvidence(orgId: number, evidenceId: number, tx?: Tx): Promise<OitLink[]> {
    return this.em(tx).find(OitLink, { where: { orgId, evidenceId }, order: { id: 'ASC' } });
  }

  saveLink(tx: Tx, link: OfficeRow<OitLink>): Promise<OitLink> {
    return managerOf(tx).save(OitLink, link);
  }

  /** Links of a fiscal year with their evidence, optionally only some statuses. */
  linksOfYear(orgId: number, fiscalYear: number, statuses?: LinkStatus[]): Promise<OitLink[]> {
    return this.dataSource.manager.find(OitLink, {
      where: { orgId, fiscalYear, ...(statuses ? { status: In(statuses) } : {}) },
      relations: { evidence: true, decidedBy: true },
      order: { itemCode: 'ASC', id: 'ASC' },
    });
  }

  /** Links of one approved document, for the memo view. */
  linksOfDocument(
    orgId: number,
    kind: DocumentEvidenceKind,
    documentId: number,
  ): Promise<OitLink[]> {
    return this.dataSource.manager.find(OitLink, {
      where: { orgId, evidence: { orgId, kind, documentId } },
      relations: { evidence: true },
      order: { fiscalYear: 'ASC', itemCode: 'ASC' },
    });
  }

  /**
   * Confirmed links of years in a range, newest first, with their evidence's title and kind only:
   * what the suggester learns from (bodies stay in the database).
   */
  confirmedLinks(
    orgId: number,
    fromYear: number,
    toYear: number,
    limit: number,
  ): Promise<OitLink[]> {
    return this.dataSource.manager.find(OitLink, {
      select: {
        id: true,
        itemCode: true,
        fiscalYear: true,
        evidence: { id: true, title: true, kind: true },
      },
      where: { orgId, status: 'confirmed', fiscalYear: Between(fromYear, toYear) },
      relations: { evidence: true },
      order: { id: 'DESC' },
      take: limit,
    });
  }

  // rules

  listRules(orgId: number): Promise<OitRule[]> {
    return this.dataSource.manager.find(OitRule, { where: { orgId }, order: { id: 'ASC' } });
  }

  findRule(orgId: number, id: number, tx?: Tx): Promise<OitRule | null> {
    return this.em(tx).findOneBy(OitRule, { orgId, id });
  }

  saveRule(tx: Tx, rule: OfficeRow<OitRule>): Promise<OitRule> {
    return managerOf(tx).save(OitRule, rule);
  }

  async deleteRule(tx: Tx, orgId: number, id: number): Promise<void> {
    await managerOf(tx).delete(OitRule, { orgId, id });
  }

  // assignments

  listAssignments(orgId: number): Promise<OitAssignment[]> {
    return this.dataSource.manager.find(OitAssignment, {
      where: { orgId },
      relations: { group: true },
      order: { itemCode: 'ASC' },
    });
  }

  findAssignment(orgId: number, itemCode: string, tx: Tx): Promise<OitAssignment | null> {
    return managerOf(tx).findOneBy(OitAssignment, { orgId, itemCode });
  }

  saveAssignment(tx: Tx, assignment: OfficeRow<OitAssignment>): Promise<OitAssignment> {
    return managerOf(tx).save(OitAssignment, assignment);
  }

  async deleteAssignment(tx: Tx, orgId: number, itemCode: string): Promise<void> {
    await managerOf(tx).delete(OitAssignment, { orgId, itemCode });
  }

  findGroup(orgId: number, groupId: number, tx: Tx): Promise<OrgGroup | null> {
    return managerOf(tx).findOneBy(OrgGroup, { orgId, id: groupId });
  }

  // office years

  findOfficeYear(orgId: number, fiscalYear: number, tx?: Tx): Promise<OitOfficeYear | null> {
    return this.em(tx).findOneBy(OitOfficeYear, { orgId, fiscalYear });
  }

  saveOfficeYear(tx: Tx, year: OfficeRow<OitOfficeYear>): Promise<OitOfficeYear> {
    return managerOf(tx).save(OitOfficeYear, year);
  }

  /** Makes sure the row exists and locks it, so that two submissions cannot both win. */
  async lockOfficeYear(tx: Tx, orgId: number, fiscalYear: number): Promise<OitOfficeYear> {
    const em = managerOf(tx);
    const existing = await em.findOneBy(OitOfficeYear, { orgId, fiscalYear });
    if (!existing) {
      await em
        .createQueryBuilder()
        .insert()
        .into(OitOfficeYear)
        .values({ orgId, fiscalYear, iit: null, eit: null })
        .orIgnore()
        .execute();
    }
    const locking =
      em.connection.options.type === 'better-sqlite3'
        ? {}
        : { lock: { mode: 'pessimistic_write' as const } };
    const row = await em.findOne(OitOfficeYear, { where: { orgId, fiscalYear }, ...locking });
    if (!row) throw new Error('office year row vanished inside its transaction');
    return row;
  }
}

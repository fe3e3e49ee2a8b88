import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { DOCUMENT_EVIDENCE_KINDS, OitEvidence } from '../entities/oit-evidence.entity';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The office's approved documents as evidence candidates, found by words of their title or
 * number. Secret documents are never offered: linking one is a deliberate API call.
 */
@Injectable()
export class EvidenceSearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each term (with its digits in both scripts) must appear in the title or the number. */
  findDocuments(orgId: number, terms: string[][], limit: number): Promise<OitEvidence[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(OitEvidence, 'e')
      .where('e.org_id = :orgId', { orgId })
      .andWhere('e.kind IN (:...kinds)', { kinds: [...DOCUMENT_EVIDENCE_KINDS] })
      .andWhere("e.secrecy = 'normal'");
    terms.forEach((forms, i) => matchAny(qb, forms, i));
    return qb.orderBy('e.documentDate', 'DESC').addOrderBy('e.id', 'DESC').limit(limit).getMany();
  }
}

function matchAny(qb: SelectQueryBuilder<OitEvidence>, forms: string[], i: number): void {
  const params: Record<string, string> = {};
  const clauses = forms.map((form, j) => {
    params[`t${i}_${j}`] = `%${escapeLike(form)}%`;
    return `e.title LIKE :t${i}_${j} OR e.number LIKE :t${i}_${j}`;
  });
  qb.andWhere(`(${clauses.join(' OR ')})`, params);
}

import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { DomainError } from '../../common/errors/domain-error';
import { CatalogService } from '../catalog/catalog.service';
import type { ScoreRequestDto } from '../dto/score.dto';
import { computeOitScore, displayScore, whatIf } from './oit-score';

/** POST /api/oit/score: the contract's scoring of a given set of item results. */
@Injectable()
export class ScoreService {
  constructor(private readonly catalogs: CatalogService) {}

  async score(actor: Actor, dto: ScoreRequestDto) {
    const catalog = await this.catalogs.resolve(actor.orgId, dto.fiscalYear);
    const known = new Set(catalog.items.map((i) => i.code));
    const unknown = Object.keys(dto.items).filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw new DomainError('OIT_UNKNOWN_ITEM', {
        codes: unknown,
        catalogYear: catalog.catalogYear,
      });
    }
    const raw = computeOitScore(catalog.items, dto.items, { iit: dto.iit, eit: dto.eit });
    return {
      ...displayScore(raw),
      fiscalYear: dto.fiscalYear,
      catalogYear: catalog.catalogYear,
      carriedForward: catalog.carriedForward,
      whatIf: whatIf(catalog.items, dto.items),
    };
  }
}

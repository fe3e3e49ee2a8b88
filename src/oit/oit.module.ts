import { Module } from '@nestjs/common';
import { SealingModule } from '../sealing/sealing.module';
import { OrgModule } from '../org/org.module';
import { StorageModule } from '../storage/storage.module';
import { EVIDENCE_FORM, uploadModule } from '../storage/upload';
import { CatalogRepository } from './catalog/catalog.repository';
import { CatalogService } from './catalog/catalog.service';
import { ChecklistUseCase } from './checklist/checklist.use-case';
import { EvidenceService } from './evidence/evidence.service';
import { EvidenceSearchRepository } from './evidence/evidence-search.repository';
import { LinkService } from './links/link.service';
import { MemoApprovedConsumer } from './links/memo-approved.consumer';
import { ProposeLinksUseCase } from './links/propose-links.use-case';
import { OitCatalogController } from './oit-catalog.controller';
import { OitLinkQuery } from './oit-link.query';
import { OitLinksController } from './oit-links.controller';
import { OitPublicController } from './oit-public.controller';
import { OitSettingsController } from './oit-settings.controller';
import { OitController } from './oit.controller';
import { OitRepository } from './oit.repository';
import { PublicationService } from './publication/publication.service';
import { ScoreService } from './scoring/score.service';
import { SettingsService } from './settings.service';
import { OitStandingController } from './standing/oit-standing.controller';
import { StandingLinkUseCase } from './standing/standing-link.use-case';
import { StandingService } from './standing/standing.service';
import { SuggestionService } from './suggest/suggestion.service';

/** OIT evidence: catalogs per fiscal year, links, suggestions, checklist, score, publication. */
@Module({
  imports: [OrgModule, SealingModule, StorageModule, uploadModule(EVIDENCE_FORM)],
  controllers: [
    OitController,
    OitCatalogController,
    OitLinksController,
    OitSettingsController,
    OitPublicController,
    OitStandingController,
  ],
  providers: [
    EvidenceSearchRepository,
    CatalogRepository,
    OitRepository,
    CatalogService,
    SuggestionService,
    ScoreService,
    ChecklistUseCase,
    ProposeLinksUseCase,
    MemoApprovedConsumer,
    LinkService,
    EvidenceService,
    SettingsService,
    PublicationService,
    OitLinkQuery,
    StandingService,
    StandingLinkUseCase,
  ],
  exports: [
    OitLinkQuery,
    ChecklistUseCase,
    LinkService,
    EvidenceService,
    CatalogService,
    SettingsService,
    PublicationService,
  ],
})
export class OitModule {}

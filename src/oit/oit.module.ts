import { Module } from '@nestjs/common';
import { SealingModule } from '../sealing/sealing.module';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '../config/app-config';
import { OrgModule } from '../org/org.module';
import { StorageModule } from '../storage/blob-store';
import { CatalogRepository } from './catalog/catalog.repository';
import { CatalogService } from './catalog/catalog.service';
import { ChecklistUseCase } from './checklist/checklist.use-case';
import { EvidenceService } from './evidence/evidence.service';
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
import { SuggestionService } from './suggest/suggestion.service';

/** OIT evidence: catalogs per fiscal year, links, suggestions, checklist, score, publication. */
@Module({
  imports: [
    OrgModule,
    SealingModule,
    StorageModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.get('MAX_UPLOAD_BYTES'), files: 1, fields: 10 },
        // Browsers send Thai file names as UTF-8; multer's default would read them as latin1.
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [
    OitController,
    OitCatalogController,
    OitLinksController,
    OitSettingsController,
    OitPublicController,
  ],
  providers: [
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
  ],
  exports: [OitLinkQuery, ChecklistUseCase, LinkService],
})
export class OitModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { InboxModule } from '../inbox/inbox.module';
import { MemoModule } from '../memo/memo.module';
import { NotificationModule } from '../notification/notification.module';
import { OitModule } from '../oit/oit.module';
import { RegistryModule } from '../registry/registry.module';
import { OrgModule } from '../org/org.module';
import { RenderingModule } from '../rendering/rendering.module';
import { StorageModule } from '../storage/storage.module';
import { DocumentsModule } from '../documents/documents.module';
import { IncomingModule } from '../incoming/incoming.module';
import { INCOMING_FORM, uploadModule } from '../storage/upload';
import { WorkflowModule } from '../workflow/workflow.module';
import { AssetStore } from './assets/asset-store';
import { AssetsController } from './assets/assets.controller';
import { FaviconController } from './assets/favicon.controller';
import { AdminEmblemPagesController } from './controllers/admin-emblem.controller';
import { AdminPageRenderer } from './controllers/admin-page';
import { AdminPagesController } from './controllers/admin.controller';
import { ImportPagesController } from './controllers/import.controller';
import { PlatformPagesController } from './controllers/platform.controller';
import { OnboardingModule } from '../onboarding/onboarding.module';
import { PlatformModule } from '../platform/platform.module';
import { AuditPagesController } from './controllers/audit.controller';
import { NotificationPagesController } from './controllers/notifications.controller';
import { LinePagesController } from './controllers/line.controller';
import { LineModule } from '../line/line.module';
import { OitPagesController } from './controllers/oit.controller';
import { OitEvidencePagesController } from './controllers/oit-evidence.controller';
import { OitYearPagesController } from './controllers/oit-year.controller';
import { OitSettingsPagesController } from './controllers/oit-settings.controller';
import { OitCatalogPagesController } from './controllers/oit-catalogs.controller';
import { RegistersPagesController } from './controllers/registers.controller';
import { DraftingController } from './controllers/drafting.controller';
import { InboxPagesController } from './controllers/inbox.controller';
import { IncomingDeskPagesController } from './controllers/incoming-desk.controller';
import { IncomingPagesController } from './controllers/incoming.controller';
import { IncomingCirculationPagesController } from './controllers/incoming-circulation.controller';
import { MemoPagesController } from './controllers/memo.controller';
import { DispatchPagesController } from './controllers/dispatch.controller';
import { DispatchModule } from '../dispatch/dispatch.module';
import { CirculationModule } from '../circulation/circulation.module';
import { CirculationPagesController } from './controllers/circulation.controller';
import { AfterApprovalLoader } from './after-approval.loader';
import { SessionController } from './controllers/session.controller';
import { CsrfGuard } from './csrf/csrf.guard';
import { CsrfService } from './csrf/csrf.service';
import { HtmlErrors } from './errors/html-errors';
import { SessionRenewalInterceptor } from './session/session-renewal.interceptor';
import { WebPages } from './web-pages';

/**
 * The web interface (issue #6): server-rendered Thai pages over the same services as the API.
 * Controllers stay thin and pass the signed-in actor explicitly; no business logic lives here.
 */
@Module({
  imports: [
    AuthModule,
    OrgModule,
    NotificationModule,
    AuditModule,
    InboxModule,
    MemoModule,
    DocumentsModule,
    WorkflowModule,
    RenderingModule,
    StorageModule,
    OitModule,
    RegistryModule,
    PlatformModule,
    OnboardingModule,
    DispatchModule,
    CirculationModule,
    IncomingModule,
    LineModule,
    // Its largest upload form is the receive form of an incoming letter.
    uploadModule(INCOMING_FORM),
  ],
  // Order matters: /memos/new must be matched before /memos/:id, /incoming/new before /incoming/:id.
  controllers: [
    AssetsController,
    FaviconController,
    SessionController,
    InboxPagesController,
    DraftingController,
    MemoPagesController,
    DispatchPagesController,
    CirculationPagesController,
    IncomingDeskPagesController,
    IncomingPagesController,
    IncomingCirculationPagesController,
    OitPagesController,
    OitEvidencePagesController,
    OitYearPagesController,
    OitSettingsPagesController,
    OitCatalogPagesController,
    RegistersPagesController,
    AuditPagesController,
    NotificationPagesController,
    LinePagesController,
    ImportPagesController,
    AdminPagesController,
    AdminEmblemPagesController,
    PlatformPagesController,
  ],
  providers: [
    AssetStore,
    CsrfService,
    CsrfGuard,
    SessionRenewalInterceptor,
    WebPages,
    HtmlErrors,
    AfterApprovalLoader,
    AdminPageRenderer,
  ],
})
export class WebModule {}

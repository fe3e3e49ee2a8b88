import { Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { OutboxModule } from './outbox/outbox.module';
import { AuthModule } from './auth/auth.module';
import { ClockModule } from './common/clock';
import { LoggingModule } from './common/logging.module';
import { AppConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { RedisModule } from './redis/redis.module';
import { OrgModule } from './org/org.module';
import { RenderingModule } from './rendering/rendering.module';
import { SeedModule } from './seed/seed.module';
import { AuditModule } from './audit/audit.module';
import { InboxModule } from './inbox/inbox.module';
import { IncomingModule } from './incoming/incoming.module';
import { MemoModule } from './memo/memo.module';
import { NotificationModule } from './notification/notification.module';
import { RegistryModule } from './registry/registry.module';
import { SealingModule } from './sealing/sealing.module';
import { StorageModule } from './storage/blob-store';
import { WorkflowModule } from './workflow/workflow.module';
import { OitModule } from './oit/oit.module';
import { RecipientsModule } from './recipients/recipients.module';
import { DispatchModule } from './dispatch/dispatch.module';
import { WebModule } from './web/web.module';
import { PlatformModule } from './platform/platform.module';
import { OnboardingModule } from './onboarding/onboarding.module';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    ClockModule,
    RedisModule,
    AccessModule,
    OutboxModule,
    HealthModule,
    AuthModule,
    OrgModule,
    SeedModule,
    RenderingModule,
    StorageModule,
    AuditModule,
    // Before RegistryModule: /api/registers/incoming must match before /api/registers/:register.
    IncomingModule,
    RegistryModule,
    SealingModule,
    MemoModule,
    WorkflowModule,
    InboxModule,
    NotificationModule,
    OitModule,
    PlatformModule,
    OnboardingModule,
    RecipientsModule,
    DispatchModule,
    WebModule,
  ],
})
export class AppModule {}

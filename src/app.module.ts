import { Module } from '@nestjs/common';
import { ConditionalModule } from '@nestjs/config';
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
import { StorageModule } from './storage/storage.module';
import { WorkflowModule } from './workflow/workflow.module';
import { OitModule } from './oit/oit.module';
import { RecipientsModule } from './recipients/recipients.module';
import { DispatchModule } from './dispatch/dispatch.module';
import { ActionLinksModule } from './action-links/action-links.module';
import { WebModule } from './web/web.module';
import { PlatformModule } from './platform/platform.module';
import { OnboardingModule } from './onboarding/onboarding.module';
import { QueuesModule } from './jobs/queues.module';
import { RemindersModule } from './reminders/reminders.module';
import { WorkerJobsModule } from './jobs/worker/worker-jobs.module';

/** Queues and workers exist only with REDIS_URL; without it everything runs in-process. */
const withRedis = (env: NodeJS.ProcessEnv): boolean => Boolean(env.REDIS_URL);
const isWorker = (env: NodeJS.ProcessEnv): boolean =>
  withRedis(env) && env.SARABAN_ROLE === 'worker';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    ClockModule,
    RedisModule,
    AccessModule,
    OutboxModule,
    ConditionalModule.registerWhen(QueuesModule, withRedis, { debug: false }),
    ConditionalModule.registerWhen(WorkerJobsModule, isWorker, { debug: false }),
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
    RemindersModule,
    ActionLinksModule,
    WebModule,
  ],
})
export class AppModule {}

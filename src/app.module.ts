import { Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AccessModule } from './access/access.module';
import { AuthModule } from './auth/auth.module';
import { ClockModule } from './common/clock';
import { LoggingModule } from './common/logging.module';
import { AppConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { OrgModule } from './org/org.module';
import { RenderingModule } from './rendering/rendering.module';
import { SeedModule } from './seed/seed.module';
import { OitModule } from './oit/oit.module';

@Module({
  imports: [
    AppConfigModule,
    LoggingModule,
    DatabaseModule,
    ClockModule,
    AccessModule,
    HealthModule,
    AuthModule,
    OrgModule,
    SeedModule,
    RenderingModule,
    EventEmitterModule.forRoot(),
    OitModule,
  ],
})
export class AppModule {}

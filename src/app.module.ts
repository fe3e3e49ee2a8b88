import { Module } from '@nestjs/common';
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
  ],
})
export class AppModule {}

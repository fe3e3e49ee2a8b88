import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { OrgModule } from '../org/org.module';
import { PlatformModule } from '../platform/platform.module';
import { DemoPasswordCheck } from './demo-passwords';
import { DemoSeedService } from './demo-seed.service';
import { OfficeSeeder } from './office-seeder';

@Module({
  imports: [OrgModule, PlatformModule],
  providers: [OfficeSeeder, DemoSeedService, DemoPasswordCheck, PasswordHasher],
  exports: [OfficeSeeder, DemoSeedService, DemoPasswordCheck],
})
export class SeedModule {}

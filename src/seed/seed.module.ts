import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { OrgModule } from '../org/org.module';
import { DemoSeedService } from './demo-seed.service';
import { OfficeSeeder } from './office-seeder';

@Module({
  imports: [OrgModule],
  providers: [OfficeSeeder, DemoSeedService, PasswordHasher],
  exports: [OfficeSeeder, DemoSeedService],
})
export class SeedModule {}

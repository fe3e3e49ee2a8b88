import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { IncomingModule } from '../incoming/incoming.module';
import { OrgModule } from '../org/org.module';
import { RecipientsModule } from '../recipients/recipients.module';
import { DemoRecipients } from './demo-recipients';
import { DemoLetters } from './demo-letters';
import { PlatformModule } from '../platform/platform.module';
import { DemoPasswordCheck } from './demo-passwords';
import { DemoSeedService } from './demo-seed.service';
import { OfficeSeeder } from './office-seeder';

@Module({
  imports: [OrgModule, IncomingModule, PlatformModule, RecipientsModule],
  providers: [
    OfficeSeeder,
    DemoSeedService,
    DemoLetters,
    DemoRecipients,
    DemoPasswordCheck,
    PasswordHasher,
  ],
  exports: [OfficeSeeder, DemoSeedService, DemoPasswordCheck],
})
export class SeedModule {}

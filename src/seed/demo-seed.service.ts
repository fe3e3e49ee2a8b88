import { Injectable, Logger } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { AppConfig } from '../config/app-config';
import { isUniqueViolation } from '../database/database-errors';
import { OrgRepository } from '../org/org.repository';
import { DemoLetters } from './demo-letters';
import { PlatformAdmins } from '../platform/platform-admins.service';
import { DEMO_OFFICE, DEMO_PLATFORM_ADMIN } from './demo-office';
import { DemoRecipients } from './demo-recipients';
import { OfficeSeeder } from './office-seeder';

export interface DemoSeedResult {
  created: boolean;
  orgId: number;
}

export const DEMO_SEEDING_REFUSED =
  'Demo office not seeded: NODE_ENV=production (set SEED_DEMO=true for a demo server) ' +
  '(ไม่สร้างสำนักงานตัวอย่างในระบบจริง)';

/**
 * Seeds สพม.นครพนม with demo people, whose password is published: outside production, or in
 * production only when SEED_DEMO=true declares a demo server (AppConfig.demoSeedingAllowed).
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly seeder: OfficeSeeder,
    private readonly org: OrgRepository,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
    private readonly letters: DemoLetters,
    private readonly platform: PlatformAdmins,
    private readonly recipients: DemoRecipients,
  ) {}

  /** `seed-demo` (npm run up): the demo office where allowed, else null. */
  async seedIfAllowed(): Promise<DemoSeedResult | null> {
    if (!this.config.demoSeedingAllowed) return null;
    return this.seedDemoOffice();
  }

  /** Idempotent: an office already seeded (also by a concurrent run) is left as it is. */
  async seedDemoOffice(): Promise<DemoSeedResult> {
    if (!this.config.demoSeedingAllowed) throw new Error(DEMO_SEEDING_REFUSED);
    await this.seedPlatformAdmin();
    const existing = await this.org.findOrganizationByCodeAcrossOffices(DEMO_OFFICE.code);
    if (existing) return { created: false, orgId: existing.id };
    const hash = await this.hasher.hash(this.config.get('DEMO_PASSWORD'));
    try {
      const seeded = await this.seeder.seed(DEMO_OFFICE, hash);
      await this.letters.seed(DEMO_OFFICE, seeded);
      await this.recipients.seed(seeded.orgId);
      this.logger.log(`Seeded demo office ${DEMO_OFFICE.shortName} (org ${seeded.orgId})`);
      return { created: true, orgId: seeded.orgId };
    } catch (error) {
      const raced = isUniqueViolation(error)
        ? await this.org.findOrganizationByCodeAcrossOffices(DEMO_OFFICE.code)
        : null;
      if (!raced) throw error;
      return { created: false, orgId: raced.id };
    }
  }

  /** The demo's platform administrator (`platform`), who creates offices; once. */
  private async seedPlatformAdmin(): Promise<void> {
    const { username, name } = DEMO_PLATFORM_ADMIN;
    if (await this.org.usernameExistsAcrossOffices(username)) return;
    const password = this.config.get('DEMO_PASSWORD');
    try {
      await this.platform.create({ username, password, name });
    } catch (error) {
      if (!(await this.org.usernameExistsAcrossOffices(username))) throw error;
    }
  }
}

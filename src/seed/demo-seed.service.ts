import { Injectable, Logger } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { AppConfig } from '../config/app-config';
import { OrgRepository } from '../org/org.repository';
import { DEMO_OFFICE } from './demo-office';
import { OfficeSeeder } from './office-seeder';

/** Seeds สพม.นครพนม with demo people; only the start command or an explicit flag calls it. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly seeder: OfficeSeeder,
    private readonly org: OrgRepository,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
  ) {}

  /** Idempotent: an office already seeded is left as it is. */
  async seedDemoOffice(): Promise<{ created: boolean; orgId: number }> {
    const existing = await this.org.findOrganizationByCode(DEMO_OFFICE.code);
    if (existing) return { created: false, orgId: existing.id };
    const hash = await this.hasher.hash(this.config.get('DEMO_PASSWORD'));
    const seeded = await this.seeder.seed(DEMO_OFFICE, hash);
    this.logger.log(`Seeded demo office ${DEMO_OFFICE.shortName} (org ${seeded.orgId})`);
    return { created: true, orgId: seeded.orgId };
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { AppConfig } from '../config/app-config';
import { OrgRepository } from '../org/org.repository';
import { User } from '../org/user.entity';
import { DEMO_OFFICE, DEMO_PLATFORM_ADMIN } from './demo-office';

/** The password printed in the README and by `npm run up`. */
export const PUBLISHED_DEMO_PASSWORD = 'saraban-demo';

/** Every account the demo seed creates (`npm run up` made them in every environment). */
export const DEMO_USERNAMES: readonly string[] = [
  ...DEMO_OFFICE.people.map((p) => p.username),
  DEMO_PLATFORM_ADMIN.username,
];

/** Refuses a production start while demo accounts can still be signed into with a known password. */
@Injectable()
export class DemoPasswordCheck {
  private readonly logger = new Logger(DemoPasswordCheck.name);

  constructor(
    private readonly org: OrgRepository,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
  ) {}

  /**
   * Only the accounts a demo seed created are checked, not every user: argon2 is slow on
   * purpose, and hashing a large office at each start would delay it by minutes. Those are the
   * accounts a seed left with the published password; other accounts got theirs from the admin.
   * A demo server (SEED_DEMO=true) is warned instead.
   */
  async assertSafeToStart(): Promise<void> {
    if (!this.config.isProduction) return;
    const accounts = await this.withDemoPassword(await this.demoAccounts());
    if (accounts.length === 0) return;
    const list = accounts.join(', ');
    if (this.config.get('SEED_DEMO') === 'true') {
      this.logger.warn(`SEED_DEMO=true: demo accounts keep the demo password: ${list}`);
      return;
    }
    throw new Error(
      `Refusing to start: NODE_ENV=production and these accounts still have the demo password: ` +
        `${list}. Give each a new password (node dist/src/cli.js set-password <username>) or ` +
        `deactivate it. (ไม่เริ่มระบบ: บัญชีเหล่านี้ยังใช้รหัสผ่านตัวอย่าง กรุณาเปลี่ยนรหัสผ่านหรือปิดบัญชี)`,
    );
  }

  /**
   * At most twice the demo office's size: the accounts with a demo username in any office, and
   * the demo office's first accounts by id (the people its seed created, even if renamed since).
   */
  async demoAccounts(): Promise<User[]> {
    const named = await Promise.all(
      DEMO_USERNAMES.map((u) => this.org.findUserForLoginAcrossOffices(u)),
    );
    const office = await this.org.findOrganizationByCodeAcrossOffices(DEMO_OFFICE.code);
    const seeded = office ? await this.org.listUsers(office.id) : [];
    const accounts = new Map<number, User>();
    for (const user of [...named, ...seeded.slice(0, DEMO_USERNAMES.length)]) {
      if (user) accounts.set(user.id, user);
    }
    return [...accounts.values()];
  }

  /**
   * The usernames of the active `users` whose password is the published demo password or
   * DEMO_PASSWORD. One verification per distinct hash and password: a seed gives all its people
   * one hash, so a whole demo office costs two.
   */
  async withDemoPassword(users: readonly User[]): Promise<string[]> {
    const byHash = new Map<string, string[]>();
    for (const user of users.filter((u) => u.active)) {
      byHash.set(user.passwordHash, [...(byHash.get(user.passwordHash) ?? []), user.username]);
    }
    const flagged = await Promise.all(
      [...byHash].map(async ([hash, names]) => ((await this.isDemoHash(hash)) ? names : [])),
    );
    return flagged.flat().sort();
  }

  private async isDemoHash(hash: string): Promise<boolean> {
    const candidates = new Set([PUBLISHED_DEMO_PASSWORD, this.config.get('DEMO_PASSWORD')]);
    for (const password of candidates) {
      if (await this.hasher.verify(hash, password)) return true;
    }
    return false;
  }
}

import { CHOSEN_DEMO_PASSWORD } from '../support/production-mode';
import * as argon2 from 'argon2';
import { isUniqueViolation } from '../../src/database/database-errors';
import { OrgRepository } from '../../src/org/org.repository';
import { User } from '../../src/org/user.entity';
import { DEMO_OFFICE } from '../../src/seed/demo-office';
import {
  DEMO_USERNAMES,
  DemoPasswordCheck,
  PUBLISHED_DEMO_PASSWORD,
} from '../../src/seed/demo-passwords';
import { DEMO_SEEDING_REFUSED, DemoSeedService } from '../../src/seed/demo-seed.service';
import { OfficeSeeder } from '../../src/seed/office-seeder';
import { createTestApp, TestApp } from '../support/app';
import { testOfficeSpec, TEST_PASSWORD } from '../support/factories';

jest.setTimeout(120_000);

describe('production (NODE_ENV=production) and the demo password', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** A test office whose people all have `password`; returns their usernames. */
  async function officeWithPassword(password: string): Promise<string[]> {
    const spec = testOfficeSpec(`d${Math.random().toString(36).slice(2, 10)}`);
    await t.app.get(OfficeSeeder).seed(spec, await argon2.hash(password));
    return spec.people.map((p) => p.username);
  }

  /** The demo office as `npm run up` left it before this check: published password. */
  async function demoOfficeAsOldSeedsLeftIt(): Promise<void> {
    if (await t.app.get(OrgRepository).findOrganizationByCodeAcrossOffices(DEMO_OFFICE.code))
      return;
    const hash = await argon2.hash(PUBLISHED_DEMO_PASSWORD);
    // Another test file on the shared MySQL database may be seeding it at the same moment.
    await t.app
      .get(OfficeSeeder)
      .seed(DEMO_OFFICE, hash)
      .catch((error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
      });
  }

  it('does not seed the demo office without SEED_DEMO=true', async () => {
    const org = t.app.get(OrgRepository);
    const before = await org.findOrganizationByCodeAcrossOffices(DEMO_OFFICE.code);
    const demo = t.app.get(DemoSeedService);
    await expect(demo.seedIfAllowed()).resolves.toBeNull();
    await expect(demo.seedDemoOffice()).rejects.toThrow(DEMO_SEEDING_REFUSED);
    const after = await org.findOrganizationByCodeAcrossOffices(DEMO_OFFICE.code);
    expect(after?.id).toBe(before?.id);
  });

  it('finds active accounts with the published demo password or DEMO_PASSWORD', async () => {
    const published = await officeWithPassword(PUBLISHED_DEMO_PASSWORD);
    const chosen = await officeWithPassword(CHOSEN_DEMO_PASSWORD);
    const own = await officeWithPassword(TEST_PASSWORD);
    const deactivated = published[0];
    await t.ds.getRepository(User).update({ username: deactivated }, { active: false });

    const repo = t.app.get(OrgRepository);
    const users = await Promise.all(
      [...published, ...chosen, ...own].map((u) => repo.findUserForLoginAcrossOffices(u)),
    );
    const found = await t.app
      .get(DemoPasswordCheck)
      .withDemoPassword(users.filter((u): u is User => u !== null));
    const expected = [...published.slice(1), ...chosen].sort();
    expect(found).toEqual(expected);
  });

  it('refuses to start while a demo account keeps the demo password, naming it', async () => {
    await demoOfficeAsOldSeedsLeftIt();
    const refusal = t.app.get(DemoPasswordCheck).assertSafeToStart();
    await expect(refusal).rejects.toThrow(/Refusing to start: NODE_ENV=production/);
    await expect(refusal).rejects.toThrow(/\badmin\b/);
    await expect(refusal).rejects.toThrow(/ยังใช้รหัสผ่านตัวอย่าง/);
    expect(DEMO_USERNAMES).toContain('admin');
  });

  // Renames a demo account, so only on this file's own database (MySQL's is shared with
  // demo.e2e-spec.ts, which signs the demo people in).
  const ownDatabase = process.env.DATABASE_URL === undefined;
  (ownDatabase ? it : it.skip)(
    'still checks a seeded demo account after it is renamed',
    async () => {
      await demoOfficeAsOldSeedsLeftIt();
      await t.ds
        .getRepository(User)
        .update({ username: 'director' }, { username: 'real.director' });
      const check = t.app.get(DemoPasswordCheck);
      const usernames = (await check.demoAccounts()).map((u) => u.username);
      expect(usernames).toContain('real.director');
      await expect(check.assertSafeToStart()).rejects.toThrow(/\breal\.director\b/);
    },
  );

  // Changes the demo people's passwords, so only on this file's own database, and last.
  (ownDatabase ? it : it.skip)('starts once no demo account keeps it', async () => {
    await demoOfficeAsOldSeedsLeftIt();
    const check = t.app.get(DemoPasswordCheck);
    await expect(check.assertSafeToStart()).rejects.toThrow(/Refusing to start/);
    const chosen = await argon2.hash(TEST_PASSWORD);
    for (const user of await check.demoAccounts())
      await t.ds.getRepository(User).update({ id: user.id }, { passwordHash: chosen });
    await expect(check.assertSafeToStart()).resolves.toBeUndefined();
  });
});

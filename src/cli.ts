// Operator commands: `node dist/src/cli.js <command>`. Reads the same environment as the app.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { validateEnvironment } from './config/environment';
import type { DatabaseSettings } from './database/data-source-options';
import { revertAllMigrations, runMigrations } from './database/migration-steps';
import { AuditService } from './audit/audit.service';
import { Actor } from './common/auth/actor';
import { OrgRepository } from './org/org.repository';
import { OrgService } from './org/org.service';
import { DEMO_SEEDING_REFUSED, DemoSeedService } from './seed/demo-seed.service';
import { PlatformAdmins } from './platform/platform-admins.service';

type Command = (args: string[]) => Promise<void>;

function databaseSettings(): DatabaseSettings {
  const env = validateEnvironment(process.env);
  return { url: env.DATABASE_URL, dataDir: env.DATA_DIR };
}

async function withApp<T>(
  work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>,
): Promise<T> {
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

const commands: Record<string, Command> = {
  /** Recomputes every office's audit hash chain; exits 1 if any is broken. */
  'verify-audit': () =>
    withApp(async (app) => {
      const results = await app.get(AuditService).verifyAll();
      for (const r of results) {
        console.info(
          `org ${r.orgId}: ${r.ok ? 'ok' : `BROKEN at seq ${r.brokenAt}`} (${r.events} events)`,
        );
      }
      if (results.some((r) => !r.ok)) process.exitCode = 1;
    }),
  migrate: async () => {
    console.info(`Migrations applied: ${await runMigrations(databaseSettings())}`);
  },
  'migrate:revert-all': async () => {
    console.info(`Migrations reverted: ${await revertAllMigrations(databaseSettings())}`);
  },
  /** The demo office, except in production unless SEED_DEMO=true (see demoSeedingAllowed). */
  'seed-demo': () =>
    withApp(async (app) => {
      const result = await app.get(DemoSeedService).seedIfAllowed();
      if (!result) return console.info(DEMO_SEEDING_REFUSED);
      console.info(
        result.created
          ? `Demo office created (org ${result.orgId})`
          : `Demo office already present (org ${result.orgId})`,
      );
    }),
  /**
   * A new password for one account, read from stdin (never an argument, which `ps` and the
   * shell history would keep); it ends the user's sessions. Works while a production start is
   * refused for demo passwords. Audited as the user's own change, from address `cli`.
   */
  'set-password': ([username]) =>
    withApp(async (app) => {
      if (!username) throw new Error('Usage: cli set-password <username>  (password on stdin)');
      const password = await firstLineOfStdin();
      if (password.length < 10 || password.length > 256) {
        throw new Error('The new password must be 10 to 256 characters (รหัสผ่าน 10–256 ตัวอักษร)');
      }
      const user = await app.get(OrgRepository).findUserForLoginAcrossOffices(username);
      if (!user) throw new Error(`No user named ${username} (ไม่พบผู้ใช้)`);
      const self: Actor = {
        userId: user.id,
        orgId: user.orgId,
        username: user.username,
        roles: user.roles,
        ip: 'cli',
      };
      await app.get(OrgService).updateUser(self, user.id, { password });
      console.info(`New password set for ${username}; their sessions have ended.`);
    }),
  /**
   * A platform administrator (creates offices, sees none of their documents). The password comes
   * from PLATFORM_ADMIN_PASSWORD, read by this command only and never stored in the app's config.
   */
  'create-platform-admin': ([username, ...nameWords]) =>
    withApp(async (app) => {
      const password = process.env.PLATFORM_ADMIN_PASSWORD ?? '';
      if (!username || !/^[a-z0-9][a-z0-9._@-]{2,63}$/.test(username)) {
        throw new Error(
          'Usage: PLATFORM_ADMIN_PASSWORD=… cli create-platform-admin <username> [full name]',
        );
      }
      if (password.length < 10 || password.length > 256) {
        throw new Error(
          'PLATFORM_ADMIN_PASSWORD must be 10 to 256 characters (รหัสผ่าน 10–256 ตัวอักษร)',
        );
      }
      const name = nameWords.join(' ').trim() || 'ผู้ดูแลแพลตฟอร์ม';
      await app.get(PlatformAdmins).create({ username, password, name });
      console.info(`Platform administrator ${username} created; sign in and open /platform.`);
    }),
};

async function firstLineOfStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new Error('Pipe the password in: read -rs PW && printf \'%s\\n\' "$PW" | node …');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(`Usage: cli <${Object.keys(commands).join('|')}>`);
    process.exit(2);
  }
  await command(args);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

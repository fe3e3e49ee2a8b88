// Operator commands: `node dist/src/cli.js <command>`. Reads the same environment as the app.
import { appliedMigrationCount, revertLastMigration } from './database/migration-steps';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { validateEnvironment } from './config/environment';
import { dataSourceOptions } from './database/data-source-options';
import { AuditService } from './audit/audit.service';
import { DemoSeedService } from './seed/demo-seed.service';

type Command = (args: string[]) => Promise<void>;

function dataSource(): DataSource {
  const env = validateEnvironment(process.env);
  return new DataSource(dataSourceOptions({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }));
}

async function withDataSource(work: (ds: DataSource) => Promise<void>): Promise<void> {
  const ds = await dataSource().initialize();
  try {
    await work(ds);
  } finally {
    await ds.destroy();
  }
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
  migrate: () =>
    withDataSource(async (ds) => {
      const done = await ds.runMigrations({ transaction: 'each' });
      console.info(`Migrations applied: ${done.length}`);
    }),
  'migrate:revert-all': () =>
    withDataSource(async (ds) => {
      let reverted = 0;
      while ((await appliedMigrationCount(ds)) > 0) {
        await revertLastMigration(ds);
        reverted++;
      }
      console.info(`Migrations reverted: ${reverted}`);
    }),
  'seed-demo': () =>
    withApp(async (app) => {
      const result = await app.get(DemoSeedService).seedDemoOffice();
      console.info(
        result.created
          ? `Demo office created (org ${result.orgId})`
          : `Demo office already present (org ${result.orgId})`,
      );
    }),
};

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

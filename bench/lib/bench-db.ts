// The MariaDB database of a million memos that `npm run bench api` and `npm run bench scale`
// share: seeded once (about 5 minutes), reused by every later run.
import { createConnection } from 'mysql2/promise';
import type { RowDataPacket } from 'mysql2';
import { seedMillion, seedOffices, type SeedPlan } from './million';

export const BENCH_JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256-0000';
/**
 * No reminder sweeps in the benchmarks' processes: every seeded step has waited since the seed
 * date, so the first sweep would start thousands of reminders (a backlog a real office never
 * has at once) and the figures would measure that instead of the requests.
 */
export const NO_REMINDERS = { REMINDER_POLL_MS: '0' };

export class BenchDatabase {
  readonly serverUrl = process.env.BENCH_SERVER_URL ?? 'mariadb://root@127.0.0.1:3306';
  readonly name: string;

  constructor(readonly plan: SeedPlan) {
    this.name = `saraban_bench_${plan.orgs}_${plan.memos}`;
  }

  get url(): string {
    return `${this.serverUrl}/${this.name}`;
  }

  /** One query on its own connection (in this database unless `database` says otherwise). */
  async sql<T extends RowDataPacket>(
    query: string,
    params: unknown[] = [],
    database: string = this.name,
  ): Promise<T[]> {
    const db = await createConnection({
      uri: `${this.serverUrl.replace(/^mariadb:/, 'mysql:')}/${database}`,
      timezone: 'Z',
    });
    try {
      const [rows] = await db.query<T[]>(query, params);
      return rows;
    } finally {
      await db.end();
    }
  }

  /** Creates and seeds the database unless an earlier run left it complete. */
  async ensureSeeded(): Promise<void> {
    const done = await this.sql<RowDataPacket>(
      `SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = 'bench_done'`,
      [this.name],
      '',
    );
    if (done.length > 0) return console.log(`Reusing ${this.name}`);
    await this.sql(`DROP DATABASE IF EXISTS \`${this.name}\``, [], '');
    await this.sql(
      `CREATE DATABASE \`${this.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
      [],
      '',
    );
    const app = await this.appContext();
    try {
      const ds = app.get((await import('typeorm')).DataSource);
      await ds.runMigrations({ transaction: 'each' });
      const t0 = performance.now();
      const offices = await seedOffices(app, this.plan);
      console.log(
        `Seeded ${offices.length} offices in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
      await seedMillion(this.url, offices, this.plan, (n) =>
        process.stdout.write(`\r  memos: ${n.toLocaleString()}   `),
      );
      console.log(
        `\nSeeded ${this.plan.memos.toLocaleString()} memos in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
    } finally {
      await app.close();
    }
    await this.sql('CREATE TABLE bench_done (id INT PRIMARY KEY)');
  }

  /** The app's modules in this process, on this database. */
  async appContext() {
    Object.assign(process.env, {
      DATABASE_URL: this.url,
      LOG_LEVEL: 'warn',
      JWT_SECRET: BENCH_JWT_SECRET,
      NODE_ENV: 'test',
      ...NO_REMINDERS,
    });
    const { NestFactory } = await import('@nestjs/core');
    const { AppModule } = await import('../../src/app.module');
    return NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  }
}

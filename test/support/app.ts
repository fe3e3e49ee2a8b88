import 'reflect-metadata';
import { INestApplication, ModuleMetadata } from '@nestjs/common';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';

export interface TestApp {
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  ds: DataSource;
  close: () => Promise<void>;
}

/**
 * The real application on the database chosen by the tier's env file, with the same HTTP stack
 * as production. `customize` may override edge providers (the clock, the mailer) only.
 */
export async function createTestApp(
  customize?: (builder: TestingModuleBuilder) => TestingModuleBuilder,
  extra: ModuleMetadata = {},
): Promise<TestApp> {
  let builder = Test.createTestingModule({ imports: [AppModule, ...(extra.imports ?? [])] });
  if (customize) builder = customize(builder);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app);
  const ds = app.get(DataSource);
  // MySQL tiers are migrated once per run; each SQLite file starts empty.
  if (ds.options.type === 'better-sqlite3') await ds.runMigrations({ transaction: 'each' });
  await app.init();
  const server = app.getHttpServer() as Parameters<typeof request>[0];
  return {
    app,
    ds,
    http: () => request(server),
    close: () => app.close(),
  };
}

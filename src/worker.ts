import './jobs/worker-role';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { validateEnvironment } from './config/environment';
import { exitOnStartFailure, warmUpRenderer } from './process-start';

/**
 * `node dist/src/worker.js`: takes jobs off the BullMQ queues (outbox deliveries — seals, OIT
 * proposals, notices, e-mail — page prints and the cluster's scheduler) and owns Chromium.
 * Needs REDIS_URL; without it the API process does all of this itself. SIGTERM lets running
 * jobs finish before it exits; what a SIGKILL interrupts another worker takes back.
 */
async function bootstrap(): Promise<void> {
  if (!validateEnvironment(process.env).REDIS_URL) {
    throw new Error(
      'The worker needs REDIS_URL (ต้องตั้งค่า REDIS_URL); without it the API does the work itself',
    );
  }
  const app = await NestFactory.createApplicationContext(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log(`Saraban worker ${process.pid} taking jobs`);
  warmUpRenderer(app);
}

exitOnStartFailure(bootstrap());

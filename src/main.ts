import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { AppConfig } from './config/app-config';
import { exitOnStartFailure, warmUpRenderer } from './process-start';
import { DemoPasswordCheck } from './seed/demo-passwords';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
  });
  configureApp(app);
  await app.init();
  // Before listening: a production office must not open with the published demo password.
  await app.get(DemoPasswordCheck).assertSafeToStart();
  const config = app.get(AppConfig);
  await app.listen(config.get('PORT'));
  app.get(Logger).log(`Saraban listening on ${config.publicBaseUrl}`);
  warmUpRenderer(app);
}

exitOnStartFailure(bootstrap());

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { AppConfig } from './config/app-config';
import { DocumentRenderer } from './rendering/document-renderer';
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
  // A warm browser for the first PDF; a failure here is retried by the first render.
  app
    .get(DocumentRenderer)
    .warmUp()
    .catch((error: unknown) =>
      app.get(Logger).warn(`Chromium did not start yet: ${String(error)}`),
    );
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

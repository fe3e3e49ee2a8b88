import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { DocumentRenderer } from './rendering/document-renderer';

/**
 * A warm browser for the first PDF, started once the process is up; a failure here is retried
 * by the first render. (An API instance with REDIS_URL has no browser: nothing starts.)
 */
export function warmUpRenderer(app: INestApplicationContext): void {
  app
    .get(DocumentRenderer)
    .warmUp()
    .catch((error: unknown) =>
      app.get(Logger).warn(`Chromium did not start yet: ${String(error)}`),
    );
}

/** The entry points' last resort: the reason on stderr and a failing exit code. */
export function exitOnStartFailure(start: Promise<void>): void {
  start.catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

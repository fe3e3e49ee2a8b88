import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, QueryRunner } from 'typeorm';
import { isUniqueViolation } from './database-errors';

/** TypeORM's messages through the application logger (pino), not the console. */
export class TypeOrmLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  /** `verbose` adds schema and migration messages (the TypeORM CLI); the app logs errors only. */
  constructor(private readonly verbose = false) {}

  logQuery(): void {
    // Queries are not logged: too many, and parameters may hold personal data.
  }

  logQueryError(
    error: string | Error,
    query: string,
    _parameters?: unknown[],
    _runner?: QueryRunner,
  ): void {
    // Unique-key refusals are expected (idempotent inserts handle them) and not worth a warning.
    const level = isUniqueViolation(error) ? 'debug' : 'warn';
    this.logger[level]({ err: error, query: query.slice(0, 500) }, 'Query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, query: query.slice(0, 500) }, 'Slow query');
  }

  logSchemaBuild(message: string): void {
    if (this.verbose) this.logger.log(message);
  }

  logMigration(message: string): void {
    if (this.verbose) this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.log(message);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isDeadlock } from './database-errors';
import { asTx, Tx } from './tx';

export type { Tx } from './tx';

const DEADLOCK_RETRIES = 3;

/**
 * Runs work in one transaction. On SQLite, TypeORM shares a single connection, so concurrent
 * transactions would interleave on it: they are queued here instead. Deadlocks are retried.
 */
@Injectable()
export class TransactionRunner {
  private sqliteQueue: Promise<unknown> = Promise.resolve();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    if (!this.isSqlite) return this.withDeadlockRetry(work);
    const next = this.sqliteQueue.then(() => this.dataSource.transaction((em) => work(asTx(em))));
    this.sqliteQueue = next.catch(() => undefined);
    return next;
  }

  private async withDeadlockRetry<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction((em) => work(asTx(em)));
      } catch (error) {
        if (attempt >= DEADLOCK_RETRIES || !isDeadlock(error)) throw error;
      }
    }
  }
}

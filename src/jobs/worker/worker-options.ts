import type { WorkerOptions } from 'bullmq';

/**
 * A worker killed with its jobs (kill -9, a lost machine) stops renewing their locks; after
 * `stalledInterval` another worker takes them back. Outbox deliveries are idempotent (the
 * dispatcher records each with its effect), so a job may safely run again several times.
 */
export const WORKER_OPTIONS: Omit<WorkerOptions, 'connection'> = {
  lockDuration: 15_000,
  stalledInterval: 10_000,
  maxStalledCount: 5,
};

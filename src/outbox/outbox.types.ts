import type { Tx } from '../database/transaction-runner';

/** An event as a consumer receives it. */
export interface OutboxMessage<P = Record<string, unknown>> {
  id: number;
  orgId: number;
  topic: string;
  aggregateType: string;
  aggregateId: number;
  payload: P;
  createdAt: Date;
}

/**
 * Runs the consumer's effect and records the delivery in one transaction. A consumer that
 * never calls it is recorded as done once `handle` returns.
 */
export type Commit = (effect?: (tx: Tx) => Promise<void>) => Promise<void>;

/**
 * Something a state change sets off. `handle` may prepare outside a transaction (render,
 * rank suggestions) and must change the database only inside `commit`, so that a redelivery
 * after a crash finds the delivery recorded and changes nothing.
 */
export interface OutboxConsumer {
  /** Stable: it is stored with each delivery. */
  readonly name: string;
  readonly topics: readonly string[];
  /** For one event, consumers run from the lowest order up (the seal before the evidence). */
  readonly order: number;
  /** A consumer with nothing to do here (e.g. no channel configured) is not delivered to. */
  readonly enabled?: boolean;
  handle(message: OutboxMessage, commit: Commit): Promise<void>;
}

/** A new event, written in the transaction of the change that caused it. */
export interface NewOutboxEvent {
  orgId: number;
  topic: string;
  aggregateType: string;
  aggregateId: number;
  payload: object;
}

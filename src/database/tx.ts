import type { EntityManager } from 'typeorm';

declare const opaque: unique symbol;

/**
 * An open transaction. Outside repositories it is opaque: services pass it along and cannot
 * query or write through it. Lint keeps this file to repositories and src/database. Repository
 * writes take it first, `(tx, orgId, …)`; reads last and optional, `(orgId, …, tx?)`.
 */
export interface Tx {
  readonly [opaque]: 'Tx';
}

/** The transaction's entity manager, for repositories. */
export function managerOf(tx: Tx): EntityManager {
  return tx as unknown as EntityManager;
}

/** A transaction's manager seen as a Tx. Only the type changes: at run time it is the manager. */
export function asTx(manager: EntityManager): Tx {
  return manager as unknown as Tx;
}

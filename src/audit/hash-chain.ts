import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  orgId: number;
  seq: number;
  at: Date;
  actorUserId: number | null;
  ip: string;
  action: string;
  entityType: string;
  entityId: number;
  beforeVersion: number | null;
  afterVersion: number | null;
  data: Record<string, unknown>;
}

/** JSON with sorted keys, so the same event always hashes the same on every database. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Only the chained fields count, whatever else the object carries (its id, its own hash). */
export function chainHash(prevHash: string, f: ChainedFields): string {
  const fields: ChainedFields = {
    orgId: f.orgId,
    seq: f.seq,
    at: f.at,
    actorUserId: f.actorUserId,
    ip: f.ip,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    beforeVersion: f.beforeVersion,
    afterVersion: f.afterVersion,
    data: f.data,
  };
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(fields))
    .digest('hex');
}

export interface StoredLink extends ChainedFields {
  prevHash: string;
  hash: string;
}

/** Checks events one at a time in seq order, so a long log never has to sit in memory. */
export class ChainWalker {
  private prev = GENESIS_HASH;
  private nextSeq = 1;
  brokenAt: number | null = null;

  get count(): number {
    return this.nextSeq - 1;
  }

  get lastHash(): string {
    return this.prev;
  }

  accept(e: StoredLink): boolean {
    if (this.brokenAt !== null) return false;
    if (e.seq !== this.nextSeq || e.prevHash !== this.prev || chainHash(this.prev, e) !== e.hash) {
      this.brokenAt = e.seq;
      return false;
    }
    this.prev = e.hash;
    this.nextSeq++;
    return true;
  }
}

/** The first seq that does not verify, or null. */
export function findBreak(events: Iterable<StoredLink>): number | null {
  const walker = new ChainWalker();
  for (const e of events) if (!walker.accept(e)) break;
  return walker.brokenAt;
}

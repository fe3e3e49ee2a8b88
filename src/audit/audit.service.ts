import { Injectable } from '@nestjs/common';
import { AccessService, DocumentRef, documentKey } from '../access/access.service';
import type { Actor } from '../common/auth/actor';
import type { AuditEvent } from './audit-event.entity';
import { Clock } from '../common/clock';
import type { Tx } from '../database/transaction-runner';
import { AuditRepository } from './audit.repository';
import { ChainWalker } from './hash-chain';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: number;
  beforeVersion?: number | null;
  afterVersion?: number | null;
  data?: Record<string, unknown>;
}

export interface ChainVerification {
  orgId: number;
  ok: boolean;
  events: number;
  /** The first seq that fails, when the chain is broken. */
  brokenAt: number | null;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly clock: Clock,
    private readonly access: AccessService,
  ) {}

  /** Records an action in the same transaction as the change it describes. */
  record(tx: Tx, actor: Actor, record: AuditRecord): Promise<unknown> {
    return this.append(tx, actor.orgId, actor.userId, actor.ip ?? '', record);
  }

  /** An action of the scheduler, which nobody took: recorded without an actor. */
  recordBySystem(tx: Tx, orgId: number, record: AuditRecord): Promise<unknown> {
    return this.append(tx, orgId, null, '', record);
  }

  private append(
    tx: Tx,
    orgId: number,
    actorUserId: number | null,
    ip: string,
    record: AuditRecord,
  ): Promise<unknown> {
    return this.repo.append(tx, {
      orgId,
      at: this.clock.now(),
      actorUserId,
      ip,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      beforeVersion: record.beforeVersion ?? null,
      afterVersion: record.afterVersion ?? null,
      data: record.data ?? {},
    });
  }

  startChain(tx: Tx, orgId: number): Promise<void> {
    return this.repo.createHead(tx, orgId);
  }

  async verify(orgId: number): Promise<ChainVerification> {
    const walker = new ChainWalker();
    for await (const e of this.repo.eventsInOrder(orgId)) if (!walker.accept(e)) break;
    let brokenAt = walker.brokenAt;
    // A deleted tail leaves a valid prefix: the head remembers how far the chain went.
    const head = await this.repo.findHead(orgId);
    if (brokenAt === null && head && (head.seq !== walker.count || head.hash !== walker.lastHash)) {
      brokenAt = walker.count + 1;
    }
    return { orgId, ok: brokenAt === null, events: walker.count, brokenAt };
  }

  async verifyAll(): Promise<ChainVerification[]> {
    const ids = await this.repo.orgIdsAcrossOffices();
    return Promise.all(ids.map((id) => this.verify(id)));
  }

  async list(
    actor: Actor,
    filter: { entityType?: string; entityId?: number },
    page: number,
    pageSize: number,
  ) {
    const [items, total] = await this.repo.list(
      actor.orgId,
      filter,
      (page - 1) * pageSize,
      pageSize,
    );
    return { items: await this.hideSecrets(actor, items), total, page, pageSize };
  }

  /**
   * Events about a secret document the actor may not read keep who, when and what action, but
   * not their text (subject, notes, file names, reasons): only the keys in SAFE_DATA_KEYS.
   */
  private async hideSecrets(actor: Actor, events: AuditEvent[]): Promise<AuditEvent[]> {
    const entryIds = events.filter((e) => e.entityType === 'register_entry').map((e) => e.entityId);
    const entries = await this.access.documentsOfRegisterEntries(actor, entryIds);
    const documentOf = (e: AuditEvent): DocumentRef | undefined =>
      e.entityType === 'memo'
        ? { documentType: 'memo', documentId: e.entityId }
        : e.entityType === 'incoming_letter'
          ? { documentType: 'incoming', documentId: e.entityId }
          : e.entityType === 'register_entry'
            ? entries.get(e.entityId)
            : undefined;
    const refs = events.map(documentOf).filter((d) => d !== undefined);
    const hidden = await this.access.unreadableSecrets(actor, refs);
    return events.map((e) => {
      const doc = documentOf(e);
      return doc && hidden.has(documentKey(doc)) ? { ...e, data: safeData(e.data) } : e;
    });
  }
}

/** Event data that names no content of the document: states, steps, numbers, ids. */
const SAFE_DATA_KEYS = new Set([
  'status',
  'step',
  'role',
  'capacity',
  'final',
  'urgency',
  'secrecy',
  'register',
  'year',
  'seq',
  'number',
  'documentType',
  'documentId',
  'attachmentId',
]);

const safeData = (data: Record<string, unknown>): Record<string, unknown> => ({
  ...Object.fromEntries(Object.entries(data).filter(([k]) => SAFE_DATA_KEYS.has(k))),
  redacted: 'หนังสือลับ',
});

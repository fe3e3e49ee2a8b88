import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { may } from '../common/auth/permissions';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors/domain-error';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { SECRET_DOCUMENT_TITLE } from '../memo/memo-access';
import type { Secrecy } from '../memo/memo.enums';
import type { OutboxEvent } from '../outbox/outbox-event.entity';
import { OutboxService } from '../outbox/outbox.service';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import { RecipientsRepository } from '../recipients/recipients.repository';
import type { Dispatch } from './dispatch.entity';
import { DISPATCH_EMAIL, DISPATCH_INTERNAL, DispatchNoticePayload } from './dispatch.events';
import { DispatchRepository } from './dispatch.repository';
import { DispatchDelivery } from './dispatch-delivery';
import type { RecipientSpec } from './recipient-spec';

/** An issued document, as dispatch needs it. */
export interface IssuedDocument {
  memoId: number;
  documentType: RegisteredDocumentType;
  documentId: number;
  subject: string;
  secrecy: Secrecy;
  recipients: RecipientSpec;
}

/**
 * Sends issued documents to their recipients: one dispatch row per school, agency or internal
 * group; e-mail goes out through the outbox (DispatchMailer) with a single-use receipt link.
 */
@Injectable()
export class DispatchService {
  constructor(
    private readonly repo: DispatchRepository,
    private readonly recipients: RecipientsRepository,
    private readonly outbox: OutboxService,
    private readonly delivery: DispatchDelivery,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly access: AccessService,
  ) {}

  /**
   * In the caller's transaction: the rows and the events that send them. A secret document is
   * never e-mailed (422 when schools or agencies are named); ids of other offices, unknown or
   * deactivated ones are refused (400). Deliver the events after the commit.
   */
  async dispatchIssued(
    tx: Tx,
    orgId: number,
    doc: IssuedDocument,
  ): Promise<{ dispatches: Dispatch[]; events: OutboxEvent[] }> {
    const { emailTo, groups } = await this.resolve(tx, orgId, doc.recipients);
    if (doc.secrecy !== 'normal' && emailTo.length > 0)
      throw new DomainError('DISPATCH_SECRET_REFUSED');
    const now = this.clock.now();
    const base = {
      orgId,
      memoId: doc.memoId,
      documentType: doc.documentType,
      documentId: doc.documentId,
      tokenHash: null,
      state: 'sent' as const,
      sendCount: 0,
      createdAt: now,
      mailedAt: null,
      receivedAt: null,
    };
    const dispatches: Dispatch[] = [];
    for (const r of emailTo) {
      dispatches.push(
        await this.repo.insert(tx, {
          ...base,
          channel: 'email',
          recipientId: r.id,
          groupId: null,
          recipientName: r.name,
          recipientEmail: r.email,
        }),
      );
    }
    for (const g of groups) {
      dispatches.push(
        await this.repo.insert(tx, {
          ...base,
          channel: 'internal',
          recipientId: null,
          groupId: g.id,
          recipientName: g.name,
          recipientEmail: '',
        }),
      );
    }
    const emails = dispatches.filter((d) => d.channel === 'email').map((d) => d.id);
    const events = await this.outbox.add(tx, [
      ...emails.map((id) => this.emailEvent(orgId, id)),
      ...this.internalNotice(orgId, doc, groups, now),
    ]);
    return { dispatches, events };
  }

  private async resolve(tx: Tx, orgId: number, spec: RecipientSpec) {
    const schoolIds = Array.isArray(spec.schools) ? spec.schools : [];
    const ids = [...new Set([...schoolIds, ...(spec.recipientIds ?? [])])];
    const named = await this.recipients.activeByIds(orgId, ids, tx);
    if (named.length !== ids.length) throw new DomainError('DISPATCH_UNKNOWN_RECIPIENT');
    if (named.some((r) => schoolIds.includes(r.id) && r.kind !== 'school'))
      throw new DomainError('DISPATCH_UNKNOWN_RECIPIENT');
    const all = spec.schools === 'all' ? await this.recipients.activeSchools(orgId, tx) : [];
    const emailTo = [...new Map([...all, ...named].map((r) => [r.id, r])).values()];
    const groupIds = [...new Set(spec.groupIds ?? [])];
    const groups = await this.repo.groups(orgId, groupIds, tx);
    if (groups.length !== groupIds.length) throw new DomainError('DISPATCH_UNKNOWN_RECIPIENT');
    return { emailTo, groups };
  }

  private emailEvent(orgId: number, dispatchId: number) {
    return {
      orgId,
      topic: DISPATCH_EMAIL,
      aggregateType: 'dispatch',
      aggregateId: dispatchId,
      payload: { dispatchId },
    };
  }

  private internalNotice(
    orgId: number,
    doc: IssuedDocument,
    groups: Array<{ headUserId: number | null }>,
    at: Date,
  ) {
    const heads = [...new Set(groups.map((g) => g.headUserId).filter((id) => id !== null))];
    if (heads.length === 0) return [];
    const subject = doc.secrecy === 'normal' ? doc.subject : SECRET_DOCUMENT_TITLE;
    const payload: DispatchNoticePayload = {
      memoId: doc.memoId,
      at: at.toISOString(),
      notifyUserIds: heads,
      kind: 'dispatch.internal',
      title: `มีหนังสือส่งถึงกลุ่มของท่าน: ${subject}`.slice(0, 500),
    };
    return [
      { orgId, topic: DISPATCH_INTERNAL, aggregateType: 'memo', aggregateId: doc.memoId, payload },
    ];
  }

  /** Who has and has not received the memo's documents: its author and the registry desk. */
  async list(actor: Actor, memoId: number) {
    await this.requireViewer(actor, memoId);
    const rows = await this.repo.listOfMemo(actor.orgId, memoId);
    const items = rows.map(toDispatchView);
    const emailed = items.filter((i) => i.channel === 'email');
    return {
      memoId,
      items,
      emailed: emailed.length,
      received: emailed.filter((i) => i.state === 'received').length,
    };
  }

  /** A new link (the old one stops working at once) and the e-mail again. */
  async resend(actor: Actor, id: number) {
    const found = await this.repo.find(actor.orgId, id);
    if (!found) throw notFound();
    await this.requireViewer(actor, found.memoId);
    const events = await this.tx.run(async (tx) => {
      const d = await this.repo.find(actor.orgId, id, tx);
      if (!d) throw notFound();
      if (d.channel !== 'email' || d.receivedAt) throw new DomainError('DISPATCH_NOT_RESENDABLE');
      await this.repo.setTokenHash(tx, actor.orgId, d.id, null);
      await this.audit.record(tx, actor, {
        action: 'dispatch.resend',
        entityType: 'dispatch',
        entityId: d.id,
        data: { memoId: d.memoId, recipient: d.recipientName, email: d.recipientEmail },
      });
      return this.outbox.add(tx, [this.emailEvent(actor.orgId, d.id)]);
    });
    await this.delivery.deliver(events);
    const d = await this.repo.find(actor.orgId, id);
    if (!d) throw notFound();
    return toDispatchView(d);
  }

  /** The author, or the registry desk when it may read the memo; anyone else: not found. */
  private async requireViewer(actor: Actor, memoId: number): Promise<void> {
    const memo = await this.repo.memo(actor.orgId, memoId);
    if (!memo) throw notFound();
    if (memo.authorUserId === actor.userId) return;
    const readable = await this.access.canReadDocument(actor, {
      documentType: 'memo',
      documentId: memoId,
    });
    if (!readable) throw notFound();
    if (!may(actor.roles, 'dispatchLetters')) throw new DomainError('FORBIDDEN');
  }
}

/** The receipt link is the recipient's secret: it is never shown, not even to the author. */
export const toDispatchView = (d: Dispatch) => ({
  id: d.id,
  documentType: d.documentType,
  documentId: d.documentId,
  recipient: d.recipientName,
  email: d.recipientEmail || null,
  recipientId: d.recipientId,
  groupId: d.groupId,
  channel: d.channel,
  state: d.state,
  mailedAt: d.mailedAt,
  sendCount: d.sendCount,
  receivedAt: d.receivedAt,
  receiptUrl: null,
});

import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { canReadIncoming } from '../incoming/incoming-access';
import { canReadMemo } from '../memo/memo-access';
import { AccessRepository } from './access.repository';

/** A registered document: a memo, an announcement or order issued by one, or an incoming letter. */
export interface DocumentRef {
  documentType: string;
  documentId: number;
}

export const documentKey = (d: DocumentRef): string => `${d.documentType}:${d.documentId}`;

/**
 * Which registered documents (memos, announcements, orders) an actor may read: the memo read
 * rule (canReadMemo) applied to the memo behind each, for every view that lists documents
 * (registers, audit, OIT, /verify). Documents of other offices are never readable.
 */
@Injectable()
export class AccessService {
  constructor(private readonly repo: AccessRepository) {}

  /**
   * Of these documents, the keys (`documentKey`) of those the actor may read: the memo read
   * rule (canReadMemo) applied to each document's memo. Unknown kinds are never readable.
   */
  async readableDocuments(actor: Actor, docs: readonly DocumentRef[]): Promise<Set<string>> {
    const facts = await this.documentFacts(actor, docs);
    return new Set(docs.filter((d) => facts.get(documentKey(d))?.readable).map(documentKey));
  }

  /** Of these documents, the keys of the secret ones the actor may not read. */
  async unreadableSecrets(actor: Actor, docs: readonly DocumentRef[]): Promise<Set<string>> {
    const facts = await this.documentFacts(actor, docs);
    const hidden = (d: DocumentRef) => {
      const f = facts.get(documentKey(d));
      return f !== undefined && f.secret && !f.readable;
    };
    return new Set(docs.filter(hidden).map(documentKey));
  }

  /** What the register entries with these ids record: the document each one numbered. */
  documentsOfRegisterEntries(actor: Actor, ids: number[]): Promise<Map<number, DocumentRef>> {
    return this.repo.documentsOfRegisterEntries(actor.orgId, ids);
  }

  private async documentFacts(actor: Actor, docs: readonly DocumentRef[]) {
    const issuanceIds = docs.filter((d) => isIssuance(d.documentType)).map((d) => d.documentId);
    const issuedBy = await this.repo.memoIdsOfIssuances(actor.orgId, issuanceIds);
    const memoOf = (d: DocumentRef) =>
      d.documentType === 'memo'
        ? d.documentId
        : isIssuance(d.documentType)
          ? issuedBy.get(d.documentId)
          : undefined;
    const memoIds = [...new Set(docs.map(memoOf).filter((id) => id !== undefined))];
    const facts = await this.repo.memoAccessFacts(actor.orgId, actor.userId, memoIds);
    const byMemo = new Map(
      facts.map((f) => [
        f.memo.id,
        {
          secret: f.memo.secrecy !== 'normal',
          readable: canReadMemo(actor, f.memo, f.involved ? [actor.userId] : [], []),
        },
      ]),
    );
    const result = new Map<string, { secret: boolean; readable: boolean }>();
    for (const d of docs) {
      const memoFacts = d.documentType === 'incoming' ? undefined : byMemo.get(memoOf(d) ?? 0);
      if (memoFacts) result.set(documentKey(d), memoFacts);
    }
    for (const [key, facts] of await this.incomingFacts(actor, docs)) result.set(key, facts);
    return result;
  }

  /** Incoming letters (documentType `incoming`): the rule of canReadIncoming. */
  private async incomingFacts(actor: Actor, docs: readonly DocumentRef[]) {
    const ids = docs.filter((d) => d.documentType === 'incoming').map((d) => d.documentId);
    const facts = await this.repo.incomingAccessFacts(actor.orgId, actor.userId, [...new Set(ids)]);
    return facts.map(
      (f) =>
        [
          documentKey({ documentType: 'incoming', documentId: f.letter.id }),
          {
            secret: f.letter.secrecy !== 'normal',
            readable: canReadIncoming(actor, f.letter, f.onPath),
          },
        ] as const,
    );
  }

  /**
   * The items as this actor may see them: a secret document it may not read goes through
   * `redact` (its subject becomes หนังสือลับ); everything else is returned as it is.
   */
  async hideSecrets<T extends DocumentRef & { secrecy: string }>(
    actor: Actor,
    items: readonly T[],
    redact: (item: T) => T,
  ): Promise<T[]> {
    const secret = items.filter((i) => i.secrecy !== 'normal');
    const readable = await this.readableDocuments(actor, secret);
    return items.map((i) =>
      i.secrecy === 'normal' || readable.has(documentKey(i)) ? i : redact(i),
    );
  }

  async canReadDocument(actor: Actor, doc: DocumentRef): Promise<boolean> {
    return (await this.readableDocuments(actor, [doc])).has(documentKey(doc));
  }
}

const isIssuance = (type: string): boolean =>
  type === 'announcement' || type === 'order' || type === 'letter';

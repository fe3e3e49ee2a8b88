import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { notFound } from '../common/errors/domain-error';
import type { Tx } from '../database/transaction-runner';
import { MemoRepository } from '../memo/memo.repository';
import type { Memo } from '../memo/memo.entity';
import type { Issuance } from '../memo/issuance.entity';
import { capacityLine } from '../memo/memo.views';
import { OrgRepository } from '../org/org.repository';
import { fullName } from '../org/user.entity';
import { RegistryService } from '../registry/registry.service';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import { SealingService } from '../sealing/sealing.service';
import type { Secrecy } from '../memo/memo.enums';
import type { Capacity } from '../memo/memo.enums';
import { DocumentSealer } from '../documents/document-sealer';

/** A document the approval registered, to be sealed and announced after the commit. */
export interface FinalizedDocument {
  documentType: RegisteredDocumentType;
  documentId: number;
  subject: string;
  text: string;
  number: string;
  date: Date;
  verifyCode: string;
  /** The memo's; an issued announcement or order shares it. */
  secrecy: Secrecy;
}

/**
 * The last approval, inside its transaction: numbers from the registers (locked counters), the
 * attached announcement or order issued and signed by the final approver, and seals created.
 */
@Injectable()
export class Finalizer {
  constructor(
    private readonly memos: MemoRepository,
    private readonly org: OrgRepository,
    private readonly registry: RegistryService,
    private readonly sealing: SealingService,
    private readonly sealer: DocumentSealer,
  ) {}

  async finalize(
    tx: Tx,
    actor: Actor,
    memo: Memo,
    signerCapacity: Capacity,
    at: Date,
  ): Promise<FinalizedDocument[]> {
    const [office, signer] = await Promise.all([
      this.org.findOrganization(actor.orgId, tx),
      this.org.findUser(actor.orgId, actor.userId, tx),
    ]);
    if (!office || !signer) throw notFound();
    const line = capacityLine(signerCapacity, office.name);
    const signerFields = {
      signerName: fullName(signer),
      signerPosition: [signer.position?.name ?? '', line].filter(Boolean).join(' '),
      signedAt: at,
    };
    const entry = await this.registry.register(tx, actor, {
      register: 'outgoing',
      documentType: 'memo',
      documentId: memo.id,
      subject: memo.subject,
      secrecy: memo.secrecy,
      bookCode: office.bookCode,
      at,
    });
    await this.memos.setRegistration(tx, actor.orgId, memo.id, entry.numberText, at);
    const memoSeal = await this.sealing.create(tx, {
      orgId: actor.orgId,
      documentType: 'memo',
      documentId: memo.id,
      numberText: entry.numberText,
      subject: memo.subject,
      secrecy: memo.secrecy,
      ...signerFields,
    });
    const documents: FinalizedDocument[] = [
      {
        documentType: 'memo',
        documentId: memo.id,
        subject: memo.subject,
        text: [...memo.paragraphs, memo.closing].join('\n'),
        number: entry.numberText,
        date: at,
        verifyCode: memoSeal.verifyCode,
        secrecy: memo.secrecy,
      },
    ];
    const issuance = await this.memos.issuance(actor.orgId, memo.id, tx);
    if (issuance)
      documents.push(
        await this.issue(tx, actor, issuance, memo.secrecy, office.bookCode, {
          capacity: signerCapacity,
          ...signerFields,
        }),
      );
    await this.sealer.freeze(tx, actor.orgId, documents);
    return documents;
  }

  private async issue(
    tx: Tx,
    actor: Actor,
    issuance: Issuance,
    secrecy: Secrecy,
    bookCode: string,
    signer: { capacity: Capacity; signerName: string; signerPosition: string; signedAt: Date },
  ): Promise<FinalizedDocument> {
    const { capacity, ...signerFields } = signer;
    const at = signerFields.signedAt;
    const entry = await this.registry.register(tx, actor, {
      register: issuance.kind,
      documentType: issuance.kind,
      documentId: issuance.id,
      subject: issuance.subject,
      secrecy,
      bookCode,
      at,
    });
    await this.memos.saveIssuance(tx, {
      ...issuance,
      status: 'issued',
      number: entry.numberText,
      issuedAt: at,
      signerUserId: actor.userId,
      signerCapacity: capacity,
    });
    const seal = await this.sealing.create(tx, {
      orgId: actor.orgId,
      documentType: issuance.kind,
      documentId: issuance.id,
      numberText: entry.numberText,
      subject: issuance.subject,
      secrecy,
      ...signerFields,
    });
    return {
      documentType: issuance.kind,
      documentId: issuance.id,
      subject: issuance.subject,
      text: issuance.paragraphs.join('\n'),
      number: entry.numberText,
      date: at,
      verifyCode: seal.verifyCode,
      secrecy,
    };
  }
}

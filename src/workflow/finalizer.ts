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
import type { Register } from '../registry/register';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import { SealingService } from '../sealing/sealing.service';
import type { Capacity, Secrecy } from '../memo/memo.enums';
import { DocumentSealer } from '../documents/document-sealer';
import { IncomingReplies } from '../incoming/replies.service';

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
 * attached announcement or order issued and signed by the final approver, seals created, and
 * the incoming letter the memo answers (if any) given the reply's number.
 */
@Injectable()
export class Finalizer {
  constructor(
    private readonly memos: MemoRepository,
    private readonly org: OrgRepository,
    private readonly registry: RegistryService,
    private readonly sealing: SealingService,
    private readonly sealer: DocumentSealer,
    private readonly replies: IncomingReplies,
  ) {}

  async finalize(
    tx: Tx,
    actor: Actor,
    memo: Memo,
    signerCapacity: Capacity,
    at: Date,
  ): Promise<FinalizedDocument[]> {
    const signing = await this.signing(tx, actor, signerCapacity, at);
    const issuance = await this.memos.issuance(actor.orgId, memo.id, tx);
    // A letter is the document that leaves: the memo proposing it shares its number, so a
    // circular leaves the outgoing register untouched.
    const letter =
      issuance?.kind === 'letter'
        ? await this.issue(tx, actor, signing, issuance, memo.secrecy)
        : null;
    const sealed = await this.registerAndSeal(tx, actor, signing, {
      documentType: 'memo',
      documentId: memo.id,
      subject: memo.subject,
      text: [...memo.paragraphs, memo.closing].join('\n'),
      secrecy: memo.secrecy,
      register: letter ? { shared: letter.number } : 'outgoing',
    });
    await this.memos.setRegistration(tx, actor.orgId, memo.id, sealed.number, at);
    // A reply to an incoming letter closes its assignment in the same transaction.
    await this.replies.recordApproved(tx, actor, memo, sealed.number, at);
    const documents = [sealed];
    if (letter) documents.push(letter);
    else if (issuance) documents.push(await this.issue(tx, actor, signing, issuance, memo.secrecy));
    await this.sealer.freeze(tx, actor.orgId, documents);
    return documents;
  }

  /** Who signs, as the seals and the issued document print it. */
  private async signing(tx: Tx, actor: Actor, capacity: Capacity, at: Date): Promise<Signing> {
    const [office, signer] = await Promise.all([
      this.org.findOrganization(actor.orgId, tx),
      this.org.findUser(actor.orgId, actor.userId, tx),
    ]);
    if (!office || !signer) throw notFound();
    const line = capacityLine(capacity, office.name);
    return {
      bookCode: office.bookCode,
      capacity,
      signerName: fullName(signer),
      signerPosition: [signer.position?.name ?? '', line].filter(Boolean).join(' '),
      signedAt: at,
    };
  }

  private async issue(
    tx: Tx,
    actor: Actor,
    signing: Signing,
    issuance: Issuance,
    secrecy: Secrecy,
  ): Promise<FinalizedDocument> {
    const sealed = await this.registerAndSeal(tx, actor, signing, {
      documentType: issuance.kind,
      documentId: issuance.id,
      subject: issuance.subject,
      text: issuance.paragraphs.join('\n'),
      secrecy,
      register: registerOf(issuance),
    });
    await this.memos.saveIssuance(tx, {
      ...issuance,
      status: 'issued',
      number: sealed.number,
      issuedAt: signing.signedAt,
      signerUserId: actor.userId,
      signerCapacity: signing.capacity,
    });
    return sealed;
  }

  /**
   * A number from the document's register (locked counter), or the number it shares with the
   * letter it proposes, then its seal.
   */
  private async registerAndSeal(
    tx: Tx,
    actor: Actor,
    signing: Signing,
    { register, ...doc }: ToRegister,
  ): Promise<FinalizedDocument> {
    const { bookCode, capacity: _capacity, ...signer } = signing;
    const numberText =
      typeof register === 'string'
        ? (
            await this.registry.register(tx, actor, {
              ...doc,
              register,
              bookCode,
              at: signing.signedAt,
            })
          ).numberText
        : register.shared;
    const seal = await this.sealing.create(tx, {
      orgId: actor.orgId,
      documentType: doc.documentType,
      documentId: doc.documentId,
      numberText,
      subject: doc.subject,
      secrecy: doc.secrecy,
      ...signer,
    });
    return { ...doc, number: numberText, date: signing.signedAt, verifyCode: seal.verifyCode };
  }
}

/** Letters take the outgoing register, circulars the ว register; orders and announcements their own. */
const registerOf = (issuance: Issuance): Register =>
  issuance.kind === 'letter'
    ? issuance.letter?.circular
      ? 'circular'
      : 'outgoing'
    : issuance.kind;

/** A document to number: from a register, or sharing the number of another. */
interface ToRegister extends Omit<FinalizedDocument, 'number' | 'date' | 'verifyCode'> {
  register: Register | { shared: string };
}

interface Signing {
  bookCode: string;
  capacity: Capacity;
  signerName: string;
  signerPosition: string;
  signedAt: Date;
}

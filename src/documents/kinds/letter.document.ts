import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { notFound } from '../../common/errors/domain-error';
import type { Tx } from '../../database/transaction-runner';
import type { CreateMemoDto } from '../../memo/dto/memo.dto';
import { issuanceContent } from '../../memo/issuance-draft';
import {
  DEFAULT_LETTER_CLOSING,
  DEFAULT_SALUTATION,
  LetterParts,
} from '../../memo/issuance-content';
import type { Issuance } from '../../memo/issuance.entity';
import type { Memo } from '../../memo/memo.entity';
import { MemoRepository } from '../../memo/memo.repository';
import type { OrgGroup } from '../../org/org-group.entity';
import type { Organization } from '../../org/organization.entity';
import { OrgRepository } from '../../org/org.repository';
import type { User } from '../../org/user.entity';
import type { RenderableLetter } from '../../rendering/document.model';
import { SealingService } from '../../sealing/sealing.service';
import type { DocumentKind, DocumentRef } from '../document-kind';
import { byId, signatureBlock, verificationOf } from './document-parts';

const NO_PARTS: LetterParts = {
  to: '',
  salutation: DEFAULT_SALUTATION,
  closing: DEFAULT_LETTER_CLOSING,
  references: [],
  enclosures: [],
  copyTo: [],
  circular: false,
};

/** "ศธ ๐๔๓๐๕/" (or "ศธ ๐๔๓๐๕/ว") before the register gives the number. */
const unnumbered = (office: Organization, parts: LetterParts): string =>
  `${office.bookCode}/${parts.circular ? 'ว' : ''}`;

/** What every letter prints the same way, issued or drafted. */
function letterFrame(
  office: Organization,
  group: Pick<OrgGroup, 'name' | 'phone'> | null,
  parts: LetterParts,
) {
  return {
    kind: 'letter' as const,
    officeName: office.name,
    address: office.address,
    salutation: parts.salutation,
    to: parts.to,
    references: parts.references,
    enclosures: parts.enclosures,
    closing: parts.closing,
    copyTo: parts.copyTo,
    // ส่วนราชการเจ้าของเรื่อง: the author's group, else the office itself.
    department: group?.name ?? office.name,
    phone: group?.phone || office.phone,
    email: office.email,
  };
}

/** หนังสือภายนอก: issued with a memo, numbered from `outgoing` or `circular`, signed by its final approver. */
@Injectable()
export class LetterDocument implements DocumentKind {
  readonly types = ['letter'] as const;

  constructor(
    private readonly memos: MemoRepository,
    private readonly org: OrgRepository,
    private readonly sealing: SealingService,
    private readonly clock: Clock,
  ) {}

  async model(orgId: number, ref: DocumentRef, tx?: Tx): Promise<RenderableLetter> {
    const issuance = await this.memos.findIssuanceById(orgId, ref.documentId, tx);
    const memo = issuance && (await this.memos.findMemo(orgId, issuance.memoId, tx));
    if (!issuance || !memo || issuance.kind !== 'letter') throw notFound();
    return this.of(issuance, memo, tx);
  }

  async of(issuance: Issuance, memo: Memo, tx?: Tx): Promise<RenderableLetter> {
    const [office, group, seal] = await Promise.all([
      this.org.findOrganization(issuance.orgId, tx),
      memo.groupId === null ? null : this.org.findGroup(memo.orgId, memo.groupId, tx),
      this.sealing.find(issuance.orgId, 'letter', issuance.id, tx),
    ]);
    if (!office) throw notFound();
    const signerId = issuance.signerUserId;
    const users = byId(
      signerId ? await this.org.findUsersByIds(issuance.orgId, [signerId], tx) : [],
    );
    const parts = issuance.letter ?? NO_PARTS;
    return {
      ...letterFrame(office, group, parts),
      number: issuance.number ?? unnumbered(office, parts),
      date: issuance.issuedAt ?? this.clock.now(),
      subject: issuance.subject,
      paragraphs: issuance.paragraphs,
      structure: issuance.structure,
      signature: signatureBlock(
        signerId ? users.get(signerId) : undefined,
        issuance.signerCapacity ?? 'own',
        office.name,
        issuance.issuedAt,
      ),
      urgency: memo.urgency,
      secrecy: memo.secrecy,
      verification: verificationOf(seal, this.sealing),
      draft: memo.status !== 'approved',
    };
  }

  /** The drafting form's letter, unsaved and unsigned. */
  draft(input: CreateMemoDto, author: User, office: Organization): RenderableLetter {
    const content = input.issuance ? issuanceContent(input.issuance) : null;
    const parts = content?.letter ?? NO_PARTS;
    return {
      ...letterFrame(office, author.group ?? null, parts),
      number: unnumbered(office, parts),
      date: this.clock.now(),
      subject: input.issuance?.subject ?? '',
      paragraphs: input.issuance?.paragraphs.length ? input.issuance.paragraphs : [''],
      structure: content?.structure ?? null,
      // The signer is known only when the chain reaches the director or their delegate.
      signature: signatureBlock(undefined, 'own', office.name, null),
      urgency: input.urgency ?? 'normal',
      secrecy:
        input.secrecy === 'confidential' || input.secrecy === 'secret' ? input.secrecy : 'normal',
      verification: null,
      draft: true,
    };
  }
}

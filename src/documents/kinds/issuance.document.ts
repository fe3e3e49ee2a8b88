import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { notFound } from '../../common/errors/domain-error';
import type { Tx } from '../../database/transaction-runner';
import type { CreateMemoDto } from '../../memo/dto/memo.dto';
import { issuanceContent } from '../../memo/issuance-draft';
import type { Issuance } from '../../memo/issuance.entity';
import type { IssuanceKind } from '../../memo/memo.enums';
import type { Memo } from '../../memo/memo.entity';
import { MemoRepository } from '../../memo/memo.repository';
import type { Organization } from '../../org/organization.entity';
import { OrgRepository } from '../../org/org.repository';
import type { RenderableIssuance } from '../../rendering/document.model';
import { SealingService } from '../../sealing/sealing.service';
import type { DocumentKind, DocumentRef } from '../document-kind';
import { byId, signatureBlock, verificationOf } from './document-parts';

type AnnouncementOrOrder = RenderableIssuance['kind'];
const announcementOrOrder = (kind: IssuanceKind | undefined): AnnouncementOrOrder =>
  kind === 'order' ? 'order' : 'announcement';

/** ประกาศ and คำสั่ง: issued with a memo, signed by its final approver. */
@Injectable()
export class IssuanceDocument implements DocumentKind {
  readonly types = ['announcement', 'order'] as const;

  constructor(
    private readonly memos: MemoRepository,
    private readonly org: OrgRepository,
    private readonly sealing: SealingService,
    private readonly clock: Clock,
  ) {}

  async model(orgId: number, ref: DocumentRef, tx?: Tx): Promise<RenderableIssuance> {
    const issuance = await this.memos.findIssuanceById(orgId, ref.documentId, tx);
    const memo = issuance && (await this.memos.findMemo(orgId, issuance.memoId, tx));
    if (!issuance || !memo || issuance.kind !== ref.documentType) throw notFound();
    return this.of(issuance, memo, tx);
  }

  async of(issuance: Issuance, memo: Pick<Memo, 'status'>, tx?: Tx): Promise<RenderableIssuance> {
    const [office, seal] = await Promise.all([
      this.org.findOrganization(issuance.orgId, tx),
      this.sealing.find(issuance.orgId, issuance.kind, issuance.id, tx),
    ]);
    if (!office) throw notFound();
    const signerId = issuance.signerUserId;
    const users = byId(
      signerId ? await this.org.findUsersByIds(issuance.orgId, [signerId], tx) : [],
    );
    return {
      kind: announcementOrOrder(issuance.kind),
      issuer: office.name,
      number: issuance.number,
      subject: issuance.subject,
      paragraphs: issuance.paragraphs,
      structure: issuance.structure,
      date: issuance.issuedAt ?? this.clock.now(),
      signature: signatureBlock(
        signerId ? users.get(signerId) : undefined,
        issuance.signerCapacity ?? 'own',
        office.name,
        issuance.issuedAt,
      ),
      verification: verificationOf(seal, this.sealing),
      draft: memo.status !== 'approved',
    };
  }

  /** The drafting form's announcement or order, unsaved and unsigned. */
  draft(input: CreateMemoDto, office: Organization): RenderableIssuance {
    return {
      kind: announcementOrOrder(input.issuance?.kind),
      issuer: office.name,
      number: null,
      subject: input.issuance?.subject ?? '',
      paragraphs: input.issuance?.paragraphs.length ? input.issuance.paragraphs : [''],
      structure: input.issuance ? issuanceContent(input.issuance).structure : null,
      date: this.clock.now(),
      // The signer is known only when the chain reaches the director or their delegate.
      signature: signatureBlock(undefined, 'own', office.name, null),
      verification: null,
      draft: true,
    };
  }
}

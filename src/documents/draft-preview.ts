import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { notFound } from '../common/errors/domain-error';
import type { CreateMemoDto } from '../memo/dto/memo.dto';
import { MemoService } from '../memo/memo.service';
import { OrgRepository } from '../org/org.repository';
import { IssuanceDocument } from './kinds/issuance.document';
import { LetterDocument } from './kinds/letter.document';
import { MemoDocument } from './kinds/memo.document';
import { PrintableDocuments } from './printable-documents';

/**
 * A ร่าง PDF of what the drafting form holds right now, without saving it: the same renderer
 * (sandboxed Chromium, official templates) and the same signature blocks as the real document.
 */
@Injectable()
export class DraftPreview {
  constructor(
    private readonly memos: MemoService,
    private readonly org: OrgRepository,
    private readonly memoDocument: MemoDocument,
    private readonly issuanceDocument: IssuanceDocument,
    private readonly letterDocument: LetterDocument,
    private readonly documents: PrintableDocuments,
  ) {}

  async pdf(
    actor: Actor,
    input: CreateMemoDto,
    doc: 'memo' | 'issuance',
    memoId?: number,
  ): Promise<Buffer> {
    const [author, office, saved] = await Promise.all([
      this.org.findUser(actor.orgId, actor.userId),
      this.org.findOrganization(actor.orgId),
      memoId === undefined ? Promise.resolve(undefined) : this.memos.load(actor, memoId),
    ]);
    if (!author || !office) throw notFound();
    const model =
      doc === 'memo'
        ? this.memoDocument.draft(input, author, office, saved?.memo ?? null)
        : input.issuance?.kind === 'letter'
          ? this.letterDocument.draft(input, author, office)
          : this.issuanceDocument.draft(input, office);
    return this.documents.pdf(actor.orgId, model);
  }
}

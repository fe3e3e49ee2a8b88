import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { notFound } from '../common/errors/domain-error';
import type { CreateMemoDto } from '../memo/dto/memo.dto';
import { MemoService, owningUnit } from '../memo/memo.service';
import { OrgRepository } from '../org/org.repository';
import type { RenderableIssuance, RenderableMemo } from '../rendering/document.model';
import { DocumentRenderer } from '../rendering/document-renderer';
import { DocumentBuilder } from '../workflow/document-builder';

/**
 * A ร่าง PDF of what the drafting form holds right now, without saving it: the same renderer
 * (sandboxed Chromium, official templates) and the same signature blocks as the real document.
 */
@Injectable()
export class DraftPreview {
  constructor(
    private readonly memos: MemoService,
    private readonly org: OrgRepository,
    private readonly builder: DocumentBuilder,
    private readonly renderer: DocumentRenderer,
    private readonly clock: Clock,
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
    const now = this.clock.now();
    if (doc === 'issuance') {
      const issuance: RenderableIssuance = {
        kind: input.issuance?.kind ?? 'announcement',
        issuer: office.name,
        number: null,
        subject: input.issuance?.subject ?? '',
        paragraphs: input.issuance?.paragraphs.length ? input.issuance.paragraphs : [''],
        date: now,
        // The signer is known only when the chain reaches the director or their delegate.
        signature: this.builder.signature(undefined, 'own', office.name, null),
        verification: null,
        draft: true,
      };
      return this.renderer.renderPdf(issuance);
    }
    const memo: RenderableMemo = {
      kind: 'memo',
      // A saved memo keeps its own ส่วนราชการ; a new one gets what creating it would give.
      ...(saved
        ? { department: saved.memo.department, phone: saved.memo.phone }
        : owningUnit(author, office)),
      docNumber: `${office.bookCode}/`,
      date: now,
      subject: input.subject,
      to: input.to,
      references: (input.references ?? []).map((r) => r.text),
      paragraphs: [
        ...(input.paragraphs.length ? input.paragraphs : ['']),
        ...(input.closing ? [input.closing] : []),
      ],
      urgency: input.urgency ?? 'normal',
      urgentBy: input.urgentBy ?? null,
      secrecy:
        input.secrecy === 'confidential' || input.secrecy === 'secret' ? input.secrecy : 'normal',
      signature: this.builder.signature(author, 'own', office.name, null),
      endorsements: [],
      verification: null,
      draft: true,
    };
    return this.renderer.renderPdf(memo);
  }
}

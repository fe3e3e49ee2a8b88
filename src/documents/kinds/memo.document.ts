import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { notFound } from '../../common/errors/domain-error';
import type { Tx } from '../../database/transaction-runner';
import type { CreateMemoDto } from '../../memo/dto/memo.dto';
import type { Memo } from '../../memo/memo.entity';
import { MemoRepository } from '../../memo/memo.repository';
import { owningUnit } from '../../memo/memo-drafting';
import type { Organization } from '../../org/organization.entity';
import { OrgRepository } from '../../org/org.repository';
import type { User } from '../../org/user.entity';
import type { RenderableMemo } from '../../rendering/document.model';
import { SealingService } from '../../sealing/sealing.service';
import type { DocumentKind, DocumentRef } from '../document-kind';
import { byId, signatureBlock, verificationOf } from './document-parts';

/** บันทึกข้อความ: the memo with its author's signature and each endorsement of this round. */
@Injectable()
export class MemoDocument implements DocumentKind {
  readonly types = ['memo'] as const;

  constructor(
    private readonly memos: MemoRepository,
    private readonly org: OrgRepository,
    private readonly sealing: SealingService,
    private readonly clock: Clock,
  ) {}

  async model(orgId: number, ref: DocumentRef, tx?: Tx): Promise<RenderableMemo> {
    const memo = await this.memos.findMemo(orgId, ref.documentId, tx);
    if (!memo) throw notFound();
    return this.of(memo, tx);
  }

  async of(memo: Memo, tx?: Tx): Promise<RenderableMemo> {
    const [office, steps, seal, group] = await Promise.all([
      this.org.findOrganization(memo.orgId, tx),
      this.memos.steps(memo.orgId, memo.id, tx),
      this.sealing.find(memo.orgId, 'memo', memo.id, tx),
      memo.groupId === null ? null : this.org.findGroup(memo.orgId, memo.groupId, tx),
    ]);
    if (!office) throw notFound();
    const endorsed = steps.filter((s) => s.round === memo.round && s.state === 'approved');
    const ids = [memo.authorUserId, ...endorsed.map((s) => s.assigneeUserId)];
    const users = byId(await this.org.findUsersByIds(memo.orgId, [...new Set(ids)], tx));
    return {
      ...this.text(memo),
      docNumber: memo.docNumber ?? `${office.bookCode}/`,
      date: memo.registeredAt ?? this.clock.now(),
      // The author signs by submitting; a memo registered without a submission signs then.
      signature: signatureBlock(
        users.get(memo.authorUserId),
        'own',
        office.name,
        memo.submittedAt ?? memo.registeredAt,
      ),
      endorsements: endorsed.map((s) => ({
        ...signatureBlock(
          users.get(s.assigneeUserId),
          s.capacity,
          office.name,
          s.actedAt,
          group?.name,
        ),
        note: s.note,
        date: s.actedAt ?? this.clock.now(),
      })),
      verification: verificationOf(seal, this.sealing),
      draft: memo.status !== 'approved',
    };
  }

  /**
   * What the drafting form holds, unsaved: a new memo gets the ส่วนราชการ creating it would give,
   * a saved one keeps its own.
   */
  draft(
    input: CreateMemoDto,
    author: User,
    office: Organization,
    saved: Pick<Memo, 'department' | 'phone'> | null,
  ): RenderableMemo {
    return {
      kind: 'memo',
      ...(saved
        ? { department: saved.department, phone: saved.phone }
        : owningUnit(author, office)),
      docNumber: `${office.bookCode}/`,
      date: this.clock.now(),
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
      signature: signatureBlock(author, 'own', office.name, null),
      endorsements: [],
      verification: null,
      draft: true,
    };
  }

  private text(memo: Memo) {
    return {
      kind: 'memo' as const,
      department: memo.department,
      phone: memo.phone,
      subject: memo.subject,
      to: memo.toLine,
      references: memo.references.map((r) => r.text),
      paragraphs: memo.closing ? [...memo.paragraphs, memo.closing] : memo.paragraphs,
      urgency: memo.urgency,
      urgentBy: memo.urgentBy,
      secrecy: memo.secrecy,
    };
  }
}

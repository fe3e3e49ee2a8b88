import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { Tx } from '../database/transaction-runner';
import { notFound } from '../common/errors/domain-error';
import type { Issuance } from '../memo/issuance.entity';
import { MemoRepository } from '../memo/memo.repository';
import type { Memo } from '../memo/memo.entity';
import { capacityLine } from '../memo/memo.views';
import { OrgRepository } from '../org/org.repository';
import { fullName, User } from '../org/user.entity';
import type {
  RenderableIssuance,
  RenderableMemo,
  SignatureBlock,
} from '../rendering/document.model';
import type { Capacity } from './chain';
import { SealingService } from '../sealing/sealing.service';

/** Turns stored memos and issuances into the plain data the renderer prints. */
@Injectable()
export class DocumentBuilder {
  constructor(
    private readonly memos: MemoRepository,
    private readonly org: OrgRepository,
    private readonly sealing: SealingService,
    private readonly clock: Clock,
  ) {}

  /** `tx`: inside the approval, to see its own uncommitted steps and seal. */
  async memo(memo: Memo, tx?: Tx): Promise<RenderableMemo> {
    const [office, steps, seal] = await Promise.all([
      this.org.findOrganization(memo.orgId, tx),
      this.memos.steps(memo.orgId, memo.id, tx),
      this.sealing.find(memo.orgId, 'memo', memo.id, tx),
    ]);
    if (!office) throw notFound();
    const endorsed = steps.filter((s) => s.round === memo.round && s.state === 'approved');
    const users = await this.users(
      memo.orgId,
      [memo.authorUserId, ...endorsed.map((s) => s.assigneeUserId)],
      tx,
    );
    const author = users.get(memo.authorUserId);
    return {
      kind: 'memo',
      department: memo.department,
      phone: memo.phone,
      docNumber: memo.docNumber ?? `${office.bookCode}/`,
      date: memo.registeredAt ?? this.clock.now(),
      subject: memo.subject,
      to: memo.toLine,
      references: memo.references.map((r) => r.text),
      paragraphs: memo.closing ? [...memo.paragraphs, memo.closing] : memo.paragraphs,
      urgency: memo.urgency,
      urgentBy: memo.urgentBy,
      secrecy: memo.secrecy,
      // The author signs by submitting; a memo registered without a submission signs then.
      signature: this.signature(author, 'own', office.name, memo.submittedAt ?? memo.registeredAt),
      endorsements: endorsed.map((s) => ({
        ...this.signature(users.get(s.assigneeUserId), s.capacity, office.name, s.actedAt),
        note: s.note,
        date: s.actedAt ?? this.clock.now(),
      })),
      verification: seal && { code: seal.verifyCode, url: this.sealing.verifyUrl(seal.verifyCode) },
      draft: memo.status !== 'approved',
    };
  }

  async issuance(issuance: Issuance, memo: Memo, tx?: Tx): Promise<RenderableIssuance> {
    const [office, seal] = await Promise.all([
      this.org.findOrganization(issuance.orgId, tx),
      this.sealing.find(issuance.orgId, issuance.kind, issuance.id, tx),
    ]);
    if (!office) throw notFound();
    const signerId = issuance.signerUserId;
    const users = await this.users(issuance.orgId, signerId ? [signerId] : [], tx);
    return {
      kind: issuance.kind,
      issuer: office.name,
      number: issuance.number,
      subject: issuance.subject,
      paragraphs: issuance.paragraphs,
      date: issuance.issuedAt ?? this.clock.now(),
      signature: this.signature(
        signerId ? users.get(signerId) : undefined,
        issuance.signerCapacity ?? 'own',
        office.name,
        issuance.issuedAt,
      ),
      verification: seal && { code: seal.verifyCode, url: this.sealing.verifyUrl(seal.verifyCode) },
      draft: memo.status !== 'approved',
    };
  }

  /** `signedAt`: when the signer acted in the system; null while nobody has signed. */
  signature(
    user: User | undefined,
    capacity: Capacity,
    orgName: string,
    signedAt: Date | null,
  ): SignatureBlock {
    const line = capacityLine(capacity, orgName);
    return {
      name: user ? fullName(user) : '',
      position: user?.position?.name ?? '',
      capacityLines: line ? [line] : [],
      signedAt,
    };
  }

  private async users(orgId: number, ids: number[], tx?: Tx): Promise<Map<number, User>> {
    const users = await this.org.findUsersByIds(orgId, [...new Set(ids)], tx);
    return new Map(users.map((u) => [u.id, u]));
  }
}

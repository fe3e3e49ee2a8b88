import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { notFound, staleVersion } from '../common/errors/domain-error';
import { searchableText } from '../common/thai/thai-words';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import { OrgService } from '../org/org.service';
import { SealingService } from '../sealing/sealing.service';
import { assertAuthorMay, assertVersion } from './memo-lifecycle';
import { CreateMemoDto, IssuanceDraftDto, UpdateMemoDto } from './dto/memo.dto';
import { canReadMemo } from './memo-access';
import { Memo } from './memo.entity';
import { Secrecy, URGENCIES, Urgency } from './memo.enums';
import { MemoRepository } from './memo.repository';
import { MemoView, toMemoView } from './memo.views';
import { availableActions } from './memo-actions';
import { OIT_LINKS, OitLinksReader } from './ports';
import { IncomingReplies } from '../incoming/replies.service';
import { draftIssuanceRow } from './issuance-draft';
import { owningUnit, refuseTopSecret } from './memo-drafting';
import { planOf } from './on-approval';
import { OnApprovalChecker } from './on-approval.checker';

export interface LoadedMemo {
  memo: Memo;
  participants: number[];
  readers: number[];
}

/** Drafting and reading memos; the approval chain lives in the workflow module. */
@Injectable()
export class MemoService {
  constructor(
    private readonly repo: MemoRepository,
    private readonly org: OrgRepository,
    private readonly colleagues: OrgService,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly sealing: SealingService,
    private readonly clock: Clock,
    @Inject(OIT_LINKS) private readonly oitLinks: OitLinksReader,
    private readonly replies: IncomingReplies,
    private readonly onApproval: OnApprovalChecker,
  ) {}

  /** Loads a memo the actor may read, or answers 404 (never 403) so nothing leaks. */
  async load(actor: Actor, id: number, tx?: Tx): Promise<LoadedMemo> {
    const memo = await this.repo.findMemo(actor.orgId, id, tx);
    if (!memo) throw notFound();
    const [participants, readers] = await Promise.all([
      this.repo.participantIds(actor.orgId, id, tx),
      this.repo.readerIds(actor.orgId, id, tx),
    ]);
    if (!canReadMemo(actor, memo, participants, readers)) throw notFound();
    return { memo, participants, readers };
  }

  async get(actor: Actor, id: number): Promise<MemoView> {
    return this.view(actor, (await this.load(actor, id)).memo);
  }

  async create(actor: Actor, dto: CreateMemoDto): Promise<MemoView> {
    const secrecy = refuseTopSecret(dto.secrecy);
    const id = await this.tx.run(async (tx) => {
      const author = await this.org.findUser(actor.orgId, actor.userId, tx);
      const office = await this.org.findOrganization(actor.orgId, tx);
      if (!author || !office) throw notFound();
      await this.checkLinks(actor, dto, tx);
      const reply = dto.inReplyTo && (await this.replies.referenceFor(actor, dto.inReplyTo, tx));
      const now = this.clock.now();
      const urgency = dto.urgency ?? 'normal';
      const onApproval = planOf(dto.onApproval);
      await this.onApproval.check(actor, onApproval, secrecy, true, tx);
      const memo = await this.repo.insertMemo(tx, {
        orgId: actor.orgId,
        authorUserId: actor.userId,
        groupId: author.groupId,
        ...owningUnit(author, office),
        subject: dto.subject.trim(),
        toLine: dto.to.trim(),
        paragraphs: dto.paragraphs,
        closing: dto.closing ?? '',
        references: [...(reply ? [reply] : []), ...(dto.references ?? [])],
        inReplyTo: dto.inReplyTo ?? null,
        onApproval,
        urgency,
        urgencyRank: URGENCIES.indexOf(urgency),
        urgentBy: dto.urgentBy ?? null,
        secrecy,
        status: 'draft',
        version: 1,
        round: 0,
        currentStepOrder: null,
        currentAssigneeUserId: null,
        submittedAt: null,
        docNumber: null,
        registeredAt: null,
        searchText: searchableText(dto.subject, ...dto.paragraphs),
        createdAt: now,
        updatedAt: now,
      });
      await this.repo.replaceReaders(tx, actor.orgId, memo.id, dto.readerUserIds ?? []);
      if (dto.issuance) await this.saveIssuance(tx, actor, memo.id, dto.issuance);
      await this.audit.record(tx, actor, {
        action: 'memo.create',
        entityType: 'memo',
        entityId: memo.id,
        afterVersion: 1,
        // A secret memo's subject stays out of the trail, which outlives who may read it.
        data: { ...(secrecy === 'normal' && { subject: memo.subject }), urgency, secrecy },
      });
      return memo.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: number, dto: UpdateMemoDto): Promise<MemoView> {
    const secrecy = dto.secrecy === undefined ? undefined : refuseTopSecret(dto.secrecy);
    await this.tx.run(async (tx) => {
      const { memo } = await this.load(actor, id, tx);
      assertAuthorMay(actor, memo, 'edit');
      assertVersion(memo, dto.version);
      await this.checkLinks(actor, dto, tx);
      const changes = this.editChanges(memo, dto, secrecy);
      if (dto.onApproval !== undefined || dto.secrecy !== undefined) {
        const fresh = dto.onApproval !== undefined;
        await this.onApproval.check(actor, changes.onApproval ?? null, changes.secrecy!, fresh, tx);
      }
      const applied = await this.repo.updateIfCurrent(
        tx,
        actor.orgId,
        id,
        { version: dto.version, statuses: ['draft', 'returned'] },
        changes,
      );
      if (!applied) throw staleVersion();
      if (dto.readerUserIds) await this.repo.replaceReaders(tx, actor.orgId, id, dto.readerUserIds);
      if (dto.issuance === null) await this.repo.deleteIssuance(tx, actor.orgId, id);
      else if (dto.issuance) await this.saveIssuance(tx, actor, id, dto.issuance);
      await this.audit.record(tx, actor, {
        action: 'memo.update',
        entityType: 'memo',
        entityId: id,
        beforeVersion: dto.version,
        afterVersion: dto.version + 1,
        data: { fields: Object.keys(dto).filter((k) => k !== 'version') },
      });
    });
    return this.get(actor, id);
  }

  /** The full view of a memo for this actor, including what they may do next. */
  async view(actor: Actor, memo: Memo): Promise<MemoView> {
    const [steps, attachments, readerIds, issuance, office, group] = await Promise.all([
      this.repo.steps(actor.orgId, memo.id),
      this.repo.attachments(actor.orgId, memo.id),
      this.repo.readerIds(actor.orgId, memo.id),
      this.repo.issuance(actor.orgId, memo.id),
      this.org.findOrganization(actor.orgId),
      memo.groupId === null ? null : this.org.findGroup(actor.orgId, memo.groupId),
    ]);
    const userIds = new Set<number>([memo.authorUserId, ...steps.map((s) => s.assigneeUserId)]);
    if (memo.currentAssigneeUserId) userIds.add(memo.currentAssigneeUserId);
    if (issuance?.signerUserId) userIds.add(issuance.signerUserId);
    const [users, seal, issuanceSeal, oitLinks] = await Promise.all([
      this.org.findUsersByIds(actor.orgId, [...userIds]),
      this.sealing.info(actor.orgId, 'memo', memo.id),
      issuance ? this.sealing.info(actor.orgId, issuance.kind, issuance.id) : Promise.resolve(null),
      this.oitLinks.linksForDocument(actor.orgId, 'memo', memo.id),
    ]);
    return toMemoView({
      memo,
      orgName: office?.name ?? '',
      groupName: group?.name ?? '',
      users: new Map(users.map((u) => [u.id, u])),
      steps,
      attachments,
      readerIds,
      issuance,
      seal,
      issuanceSeal,
      oitLinks: oitLinks.map((l) => ({
        code: l.code,
        fiscalYear: l.fiscalYear,
        status: l.status,
        score: l.score,
      })),
      actions: availableActions(actor, memo, steps),
    });
  }

  private editChanges(memo: Memo, dto: UpdateMemoDto, secrecy: Secrecy | undefined): Partial<Memo> {
    const urgency: Urgency = dto.urgency ?? memo.urgency;
    const subject = dto.subject?.trim() ?? memo.subject;
    const paragraphs = dto.paragraphs ?? memo.paragraphs;
    return {
      subject,
      toLine: dto.to?.trim() ?? memo.toLine,
      paragraphs,
      closing: dto.closing ?? memo.closing,
      references: dto.references ?? memo.references,
      urgency,
      urgencyRank: URGENCIES.indexOf(urgency),
      urgentBy: dto.urgentBy === undefined ? memo.urgentBy : dto.urgentBy,
      secrecy: secrecy ?? memo.secrecy,
      onApproval: dto.onApproval === undefined ? memo.onApproval : planOf(dto.onApproval),
      searchText: searchableText(subject, ...paragraphs),
      updatedAt: this.clock.now(),
    };
  }

  private async saveIssuance(
    tx: Tx,
    actor: Actor,
    memoId: number,
    draft: IssuanceDraftDto,
  ): Promise<void> {
    const existing = await this.repo.issuance(actor.orgId, memoId, tx);
    await this.repo.saveIssuance(tx, {
      ...(existing ?? {}),
      orgId: actor.orgId,
      memoId,
      ...draftIssuanceRow(draft),
    });
  }

  /** Readers must be colleagues and referenced memos must exist in the office: else 404. */
  private async checkLinks(
    actor: Actor,
    dto: Pick<CreateMemoDto, 'readerUserIds' | 'references'>,
    tx: Tx,
  ) {
    await this.colleagues.requireInOffice(actor, dto.readerUserIds ?? [], tx);
    for (const ref of dto.references ?? []) {
      if (ref.memoId !== undefined) await this.load(actor, ref.memoId, tx);
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { Actor } from '../common/auth/actor';
import {
  ApprovedDocument,
  MEMO_APPROVED,
  MEMO_REJECTED,
  MEMO_RETURNED,
  MEMO_STEP_APPROVED,
  MEMO_SUBMITTED,
  MemoApprovedEvent,
  MemoEventBase,
  MemoReturnedEvent,
  MemoSubmittedEvent,
} from '../memo/memo.events';
import { SealingService } from '../sealing/sealing.service';
import { DocumentSealer } from './document-sealer';
import type { Transition } from './workflow.service';

const SEAL_WAIT_MS = 5_000;

const delay = <T>(ms: number, value: T): Promise<T> =>
  new Promise((resolve) => setTimeout(() => resolve(value), ms).unref());

/**
 * After a transition commits: seal what was approved, then announce it. Listeners (OIT
 * proposals, notifications) are awaited so the caller sees their results, but their failures
 * are logged, never turned into a failed approval.
 */
@Injectable()
export class WorkflowEvents {
  private readonly logger = new Logger(WorkflowEvents.name);

  constructor(
    private readonly emitter: EventEmitter2,
    private readonly sealer: DocumentSealer,
    private readonly sealing: SealingService,
  ) {}

  async publish(actor: Actor, t: Transition): Promise<void> {
    const base: MemoEventBase = {
      orgId: actor.orgId,
      memoId: t.memo.id,
      subject: t.memo.subject,
      authorUserId: t.memo.authorUserId,
      actorUserId: actor.userId,
      at: t.memo.updatedAt,
    };
    if (t.finalized.length > 0) {
      await this.emit(MEMO_APPROVED, {
        ...base,
        documents: await this.seal(actor.orgId, t),
      } satisfies MemoApprovedEvent);
      return;
    }
    switch (t.action) {
      case 'submit':
      case 'approve':
        if (t.nextAssigneeUserId === null) return;
        await this.emit(t.action === 'submit' ? MEMO_SUBMITTED : MEMO_STEP_APPROVED, {
          ...base,
          nextAssigneeUserId: t.nextAssigneeUserId,
        } satisfies MemoSubmittedEvent);
        return;
      case 'return':
      case 'reject':
        await this.emit(t.action === 'return' ? MEMO_RETURNED : MEMO_REJECTED, {
          ...base,
          note: t.note,
        } satisfies MemoReturnedEvent);
        return;
      case 'withdraw':
        return;
    }
  }

  private async seal(orgId: number, t: Transition): Promise<ApprovedDocument[]> {
    // A slow or crashing renderer must not hold the approver's answer: past the wait, sealing
    // goes on in the background (or on the next download) and the event carries no hash yet.
    const sealing = this.sealer.trySeal(orgId, t.finalized);
    const hashes = await Promise.race([sealing, delay(SEAL_WAIT_MS, new Map<string, string>())]);
    return t.finalized.map((d) => ({
      documentType: d.documentType,
      documentId: d.documentId,
      subject: d.subject,
      text: d.text,
      number: d.number,
      date: d.date,
      sha256: hashes.get(`${d.documentType}:${d.documentId}`) ?? '',
      verifyCode: d.verifyCode,
      publicPdfUrl: this.sealing.publicPdfUrl(d.verifyCode),
      secrecy: d.secrecy,
    }));
  }

  private async emit(name: string, payload: object): Promise<void> {
    try {
      await this.emitter.emitAsync(name, payload);
    } catch (error) {
      this.logger.error(
        { err: error, event: name },
        'An event listener failed; the transition stands',
      );
    }
  }
}

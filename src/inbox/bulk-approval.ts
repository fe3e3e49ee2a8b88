import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { DomainError } from '../common/errors/domain-error';
import { errorBody } from '../common/errors/error-body';
import type { ErrorCode } from '../common/errors/error-codes';
import { isTransientDatabaseError } from '../database/database-errors';
import type { MemoView } from '../memo/memo.views';
import { ApproveStep } from '../workflow/transitions/approve-step.use-case';

export interface BulkItem {
  id: number;
  version: number;
}

/**
 * An item approved: `status` is the memo's status now (`in_review` at the next step, `approved`
 * after the last one; a re-sent approval answers with the memo as it is since), never a number.
 */
export interface BulkApproved {
  id: number;
  status: MemoView['status'];
  version: number;
  memo: MemoView;
}

/** An item refused: `status` is the HTTP status its own approve call would have answered. */
export interface BulkRefused {
  id: number;
  status: number;
  code: ErrorCode;
  message: string;
}

export type BulkOutcome = BulkApproved | BulkRefused;

export const isRefused = (o: BulkOutcome): o is BulkRefused => 'code' in o;

/**
 * Several memos approved with one เกษียน, each exactly as POST /api/memos/:id/approve would
 * (ApproveStep: its own transaction, its own version check, its own audit and events), one after
 * another in the order given. One refused item never undoes or blocks another.
 */
@Injectable()
export class BulkApproval {
  private readonly logger = new Logger(BulkApproval.name);

  constructor(private readonly approveStep: ApproveStep) {}

  async approve(actor: Actor, items: BulkItem[], note?: string): Promise<BulkOutcome[]> {
    const outcomes: BulkOutcome[] = [];
    // One at a time: a final approval numbers and seals, and the registers' counters are locked.
    for (const item of items) outcomes.push(await this.approveOne(actor, item, note));
    return outcomes;
  }

  private async approveOne(actor: Actor, item: BulkItem, note?: string): Promise<BulkOutcome> {
    try {
      const memo = await this.approveStep.execute(actor, item.id, item.version, note);
      return { id: item.id, status: memo.status, version: memo.version, memo };
    } catch (error) {
      return { id: item.id, ...this.refusal(error) };
    }
  }

  /** The item's error as the API would answer it alone: its status, code and Thai-English text. */
  private refusal(error: unknown): Omit<BulkRefused, 'id'> {
    const code: ErrorCode =
      error instanceof DomainError
        ? error.code
        : isTransientDatabaseError(error)
          ? 'SERVICE_UNAVAILABLE'
          : 'INTERNAL';
    if (code === 'INTERNAL') this.logger.error({ err: error }, 'A bulk approval item failed');
    const body = errorBody(code);
    return { status: body.statusCode, code, message: body.message };
  }
}

import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { may } from '../common/auth/permissions';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import type { ErrorCode } from '../common/errors/error-codes';
import { AppConfig } from '../config/app-config';
import type { Tx } from '../database/transaction-runner';
import { MemoRepository } from '../memo/memo.repository';
import { MemoService } from '../memo/memo.service';
import { OrgRepository } from '../org/org.repository';
import { ApprovalChannel, ApproveStep } from '../workflow/transitions/approve-step.use-case';
import type { ActionLink } from './action-link.entity';
import { ActionLinkRepository } from './action-link.repository';
import { linkStands } from './action-link-rules';
import { ActionPage, actionPage, FORM_EXPIRED, LINK_GONE, OTHER_USER } from './action-page';
import { confirmModel, doneModel } from './action-page.model';
import { ActionFormTokens, actionTokenHash } from './action-token';

export interface ActionForm {
  note?: string;
  _csrf?: string;
}

/** The link, and the person it was sent to as the approval path knows them; or the answer. */
type Opened = { link: ActionLink; actor: Actor } | { page: ActionPage };

/** The memo moved on between the check and the approval: the link is overtaken, not broken. */
const OVERTAKEN: readonly ErrorCode[] = [
  'ACTION_LINK_GONE',
  'STEP_ALREADY_ACTED',
  'STALE_VERSION',
  'NOT_CURRENT_APPROVER',
  'DELEGATION_NOT_IN_FORCE',
];

/**
 * The recipient's side of a one-tap link. GET only shows (mail scanners follow links); POST
 * approves the step through the usual approval path, using the link in the same transaction.
 * Used, expired, overtaken and unknown links all answer 410 alike; someone else signed in, 403.
 */
@Injectable()
export class ActionLinksService {
  private readonly forms: ActionFormTokens;

  constructor(
    private readonly links: ActionLinkRepository,
    private readonly memoRows: MemoRepository,
    private readonly memos: MemoService,
    private readonly org: OrgRepository,
    private readonly approveStep: ApproveStep,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.forms = new ActionFormTokens(config.jwtSecret);
  }

  async show(token: string, viewer: Actor | undefined, ip?: string): Promise<ActionPage> {
    const opened = await this.open(token, viewer, ip);
    if ('page' in opened) return opened.page;
    const view = await this.memos.get(opened.actor, opened.link.memoId);
    return actionPage(200, confirmModel(view, this.forms.of(opened.link)));
  }

  async act(
    token: string,
    viewer: Actor | undefined,
    form: ActionForm,
    ip?: string,
  ): Promise<ActionPage> {
    const opened = await this.open(token, viewer, ip);
    if ('page' in opened) return opened.page;
    const { link, actor } = opened;
    if (!this.forms.matches(link, form._csrf)) return FORM_EXPIRED;
    try {
      const channel = this.channel(link);
      const view = await this.approveStep.through(
        channel,
        actor,
        link.memoId,
        link.memoVersion,
        form.note,
      );
      return actionPage(200, doneModel(view));
    } catch (error) {
      if (error instanceof DomainError && OVERTAKEN.includes(error.code)) return LINK_GONE;
      throw error;
    }
  }

  /** Uses the link first in the approval's transaction: of two POSTs exactly one gets it. */
  private channel(link: ActionLink): ApprovalChannel {
    return {
      via: 'action-link',
      claim: async (tx, now) => {
        const used = await this.links.markUsed(tx, link.orgId, link.id, link.tokenHash, now);
        if (!used || !(await this.stands(link, now, tx))) throw new DomainError('ACTION_LINK_GONE');
      },
    };
  }

  private async open(token: string, viewer: Actor | undefined, ip?: string): Promise<Opened> {
    const hash = actionTokenHash(token);
    const link = hash ? await this.links.findByTokenHashAcrossOffices(hash) : null;
    if (!link) return { page: LINK_GONE };
    if (viewer && (viewer.userId !== link.userId || viewer.orgId !== link.orgId))
      return { page: OTHER_USER };
    const actor = await this.recipient(link, ip);
    if (!actor || !(await this.stands(link, this.clock.now()))) return { page: LINK_GONE };
    return { link, actor };
  }

  private async stands(link: ActionLink, now: Date, tx?: Tx): Promise<boolean> {
    const memo = await this.memoRows.findMemo(link.orgId, link.memoId, tx);
    const steps = memo ? await this.memoRows.steps(link.orgId, link.memoId, tx) : [];
    return linkStands(link, memo, steps, now);
  }

  /** Still active, in an active office, and still an approver: as the sign-in would check. */
  private async recipient(link: ActionLink, ip?: string): Promise<Actor | null> {
    const user = await this.org.findActiveUserById(link.orgId, link.userId);
    if (!user?.org?.active || user.org.kind !== 'office' || !may(user.roles, 'approve'))
      return null;
    return { userId: user.id, orgId: user.orgId, username: user.username, roles: user.roles, ip };
  }
}

import { Injectable } from '@nestjs/common';
import { CirculationService } from '../circulation/circulation.service';
import { TaskService } from '../circulation/task.service';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import type { MemoView } from '../memo/memo.views';
import { OrgService } from '../org/org.service';
import {
  afterApprovalSection,
  AfterApprovalSection,
  PlanNames,
} from './models/after-approval.model';

const NO_NAMES: PlanNames = { groups: new Map(), people: new Map() };

/** What the memo page shows after the decision, for this viewer (see afterApprovalSection). */
@Injectable()
export class AfterApprovalLoader {
  constructor(
    private readonly circulation: CirculationService,
    private readonly tasks: TaskService,
    private readonly org: OrgService,
    private readonly clock: Clock,
  ) {}

  async load(actor: Actor, view: MemoView): Promise<AfterApprovalSection> {
    const approved = view.status === 'approved';
    const [mine, status, tasks, names] = await Promise.all([
      this.circulation.mine(actor, view.id),
      approved ? this.statusIfFollowing(actor, view.id) : null,
      approved ? this.tasks.ofMemo(actor, view.id) : [],
      !approved && view.onApproval ? this.names(actor) : NO_NAMES,
    ]);
    return afterApprovalSection({
      memoId: view.id,
      approved,
      isAuthor: view.author?.id === actor.userId,
      plan: view.onApproval,
      names,
      mine,
      status,
      tasks,
      now: this.clock.now(),
    });
  }

  /** Who has read it, for those who may see it; nobody else is shown the list. */
  private statusIfFollowing(actor: Actor, memoId: number) {
    return this.circulation.ofMemo(actor, memoId).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'FORBIDDEN') return null;
      throw error;
    });
  }

  private async names(actor: Actor): Promise<PlanNames> {
    const [groups, people] = await Promise.all([
      this.org.listGroups(actor),
      this.org.listUsers(actor),
    ]);
    return {
      groups: new Map(groups.map((g) => [g.id, g.name])),
      people: new Map(people.map((u) => [u.username, u.name])),
    };
  }
}

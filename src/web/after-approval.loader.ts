import { Injectable } from '@nestjs/common';
import { CirculationService } from '../circulation/circulation.service';
import { LetterCirculationService } from '../circulation/letter-circulation.service';
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

const unlessForbidden = <T>(p: Promise<T>): Promise<T | null> =>
  p.catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'FORBIDDEN') return null;
    throw error;
  });

/** What the memo page shows after the decision, for this viewer (see afterApprovalSection). */
@Injectable()
export class AfterApprovalLoader {
  constructor(
    private readonly circulation: CirculationService,
    private readonly letters: LetterCirculationService,
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

  /** An endorsed letter's circulation and tasks (its plan rode on the endorsement). */
  async loadLetter(actor: Actor, letterId: number): Promise<AfterApprovalSection> {
    const [mine, status, tasks] = await Promise.all([
      this.letters.mine(actor, letterId),
      unlessForbidden(this.letters.ofLetter(actor, letterId)),
      this.tasks.ofLetter(actor, letterId),
    ]);
    return afterApprovalSection({
      memoId: letterId,
      kind: 'incoming',
      approved: true,
      isAuthor: status !== null,
      plan: null,
      names: NO_NAMES,
      mine,
      status,
      tasks,
      now: this.clock.now(),
    });
  }

  /** Who has read it, for those who may see it; nobody else is shown the list. */
  private statusIfFollowing(actor: Actor, memoId: number) {
    return unlessForbidden(this.circulation.ofMemo(actor, memoId));
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

import type { Capacity, StepRole } from '../memo/memo.enums';
import type { DelegationKind, DocumentKind } from '../org/delegation.entity';

export interface ChainStep {
  role: StepRole;
  assigneeUserId: number;
  capacity: Capacity;
  /** The delegation that gives the capacity, checked again when the step is acted on. */
  delegationId: number | null;
  /** The last step signs the document; approving it approves the memo. */
  isFinal: boolean;
}

export interface ChainDelegation {
  id: number;
  kind: DelegationKind;
  delegateUserId: number;
  documentKinds: readonly DocumentKind[];
  /** An acting group head's group; null for the director's post. */
  groupId: number | null;
}

export interface ChainInput {
  authorUserId: number;
  /** Head and overseeing deputy of the author's group, when the author has a group. */
  group: { id: number; headUserId: number | null; deputyUserId: number | null } | null;
  /** The office's director, if the post is filled. */
  directorUserId: number | null;
  /** Delegations in force now. */
  delegations: readonly ChainDelegation[];
  /** Kinds the final signer signs: the memo, plus an attached announcement or order. */
  documentKinds: readonly DocumentKind[];
}

export type ChainResult = { ok: true; steps: ChainStep[] } | { ok: false; reason: 'no_director' };

const covers = (d: ChainDelegation, kinds: readonly DocumentKind[]): boolean =>
  kinds.every((k) => d.documentKinds.includes(k));

/**
 * Group head → overseeing deputy → director, skipping posts the author holds. An acting group
 * head (ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม) takes the head's step; a deputy who holds ปฏิบัติราชการแทน
 * for every kind being signed ends the chain; an acting director (รักษาราชการแทน) takes the
 * director's step.
 */
export function resolveChain(input: ChainInput): ChainResult {
  const steps: ChainStep[] = [];
  const add = (step: Omit<ChainStep, 'isFinal'>) => {
    const last = steps.at(-1);
    if (step.assigneeUserId === input.authorUserId) return;
    // One person holding two consecutive posts acts once, in the higher one.
    if (last && last.assigneeUserId === step.assigneeUserId) steps.pop();
    steps.push({ ...step, isFinal: false });
  };
  const acting = input.delegations.find((d) => d.kind === 'acting' && d.groupId === null);
  const signer = acting?.delegateUserId ?? input.directorUserId;
  if (signer === input.authorUserId) return { ok: true, steps: [] };

  addGroupHead(input, add);

  const deputy = input.group?.deputyUserId ?? null;
  if (deputy !== null && deputy !== input.authorUserId) {
    const onBehalf = onBehalfOf(input, deputy);
    add({
      role: 'deputy',
      assigneeUserId: deputy,
      capacity: onBehalf ? 'on_behalf' : 'own',
      delegationId: onBehalf?.id ?? null,
    });
    if (onBehalf) return finish(steps);
  }

  if (signer === undefined || signer === null) return { ok: false, reason: 'no_director' };
  add({
    role: 'director',
    assigneeUserId: signer,
    capacity: acting ? 'acting' : 'own',
    delegationId: acting?.id ?? null,
  });
  return finish(steps);
}

/** The head's step, or the acting head's while the post is delegated; none for the head's own memo. */
function addGroupHead(input: ChainInput, add: (step: Omit<ChainStep, 'isFinal'>) => void): void {
  const group = input.group;
  if (group === null || group.headUserId === input.authorUserId) return;
  const actingHead = input.delegations.find((d) => d.kind === 'acting' && d.groupId === group.id);
  if (actingHead)
    add({
      role: 'group_head',
      assigneeUserId: actingHead.delegateUserId,
      capacity: 'acting_head',
      delegationId: actingHead.id,
    });
  else if (group.headUserId !== null)
    add({
      role: 'group_head',
      assigneeUserId: group.headUserId,
      capacity: 'own',
      delegationId: null,
    });
}

/** The deputy's ปฏิบัติราชการแทน, if it covers every kind being signed. */
const onBehalfOf = (input: ChainInput, deputy: number): ChainDelegation | undefined =>
  input.delegations.find(
    (d) => d.kind === 'on_behalf' && d.delegateUserId === deputy && covers(d, input.documentKinds),
  );

function finish(steps: ChainStep[]): ChainResult {
  const last = steps.at(-1);
  if (last) last.isFinal = true;
  return { ok: true, steps };
}

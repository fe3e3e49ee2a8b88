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
}

export interface ChainInput {
  authorUserId: number;
  /** Head and overseeing deputy of the author's group, when the author has a group. */
  group: { headUserId: number | null; deputyUserId: number | null } | null;
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
 * Group head → overseeing deputy → director, skipping posts the author holds. A deputy who holds
 * ปฏิบัติราชการแทน for every kind being signed ends the chain; an acting director (รักษาราชการแทน)
 * takes the director's step.
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
  const acting = input.delegations.find((d) => d.kind === 'acting');
  const signer = acting?.delegateUserId ?? input.directorUserId;
  if (signer === input.authorUserId) return { ok: true, steps: [] };

  const head = input.group?.headUserId ?? null;
  if (head !== null)
    add({ role: 'group_head', assigneeUserId: head, capacity: 'own', delegationId: null });

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

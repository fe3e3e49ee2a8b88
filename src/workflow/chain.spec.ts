import { ChainDelegation, ChainInput, resolveChain } from './chain';

const AUTHOR = 1;
const HEAD = 2;
const DEPUTY = 3;
const DIRECTOR = 4;
const OTHER_DEPUTY = 5;
const PEER = 6;
const GROUP = 20;

const base = (over: Partial<ChainInput> = {}): ChainInput => ({
  authorUserId: AUTHOR,
  group: { id: GROUP, headUserId: HEAD, deputyUserId: DEPUTY },
  directorUserId: DIRECTOR,
  delegations: [],
  documentKinds: ['memo'],
  ...over,
});

const summary = (input: ChainInput) => {
  const result = resolveChain(input);
  if (!result.ok) return result.reason;
  return result.steps.map(
    (s) => `${s.role}:${s.assigneeUserId}:${s.capacity}${s.isFinal ? ':final' : ''}`,
  );
};

const onBehalf = (
  delegate: number,
  kinds: ChainDelegation['documentKinds'] = ['memo'],
): ChainDelegation => ({
  id: 10,
  kind: 'on_behalf',
  delegateUserId: delegate,
  documentKinds: kinds,
  groupId: null,
});

const actingHead = (delegate: number, groupId = GROUP): ChainDelegation => ({
  id: 12,
  kind: 'acting',
  delegateUserId: delegate,
  documentKinds: ['memo'],
  groupId,
});

describe('resolveChain', () => {
  it('routes an officer’s memo head → deputy → director', () => {
    expect(summary(base())).toEqual(['group_head:2:own', 'deputy:3:own', 'director:4:own:final']);
  });

  it('skips the posts the author holds', () => {
    expect(summary(base({ authorUserId: HEAD }))).toEqual(['deputy:3:own', 'director:4:own:final']);
    expect(summary(base({ authorUserId: DEPUTY }))).toEqual([
      'group_head:2:own',
      'director:4:own:final',
    ]);
    expect(summary(base({ authorUserId: DIRECTOR }))).toEqual([]);
  });

  it('ends at a deputy who holds ปฏิบัติราชการแทน for the kinds being signed', () => {
    expect(summary(base({ delegations: [onBehalf(DEPUTY)] }))).toEqual([
      'group_head:2:own',
      'deputy:3:on_behalf:final',
    ]);
  });

  it('ignores a delegation that does not cover an attached order, or belongs to another deputy', () => {
    expect(
      summary(base({ delegations: [onBehalf(DEPUTY)], documentKinds: ['memo', 'order'] })),
    ).toEqual(['group_head:2:own', 'deputy:3:own', 'director:4:own:final']);
    expect(summary(base({ delegations: [onBehalf(OTHER_DEPUTY)] }))).toHaveLength(3);
  });

  it('gives the director’s step to an acting director', () => {
    const acting: ChainDelegation = {
      id: 11,
      kind: 'acting',
      delegateUserId: OTHER_DEPUTY,
      documentKinds: ['memo'],
      groupId: null,
    };
    expect(summary(base({ delegations: [acting] }))).toEqual([
      'group_head:2:own',
      'deputy:3:own',
      'director:5:acting:final',
    ]);
  });

  it('lets an overseeing deputy who is also acting director act once, as acting director', () => {
    const acting: ChainDelegation = {
      id: 11,
      kind: 'acting',
      delegateUserId: DEPUTY,
      documentKinds: ['memo'],
      groupId: null,
    };
    expect(summary(base({ delegations: [acting] }))).toEqual([
      'group_head:2:own',
      'director:3:acting:final',
    ]);
  });

  it('handles an author without a group, and an office without a director', () => {
    expect(summary(base({ group: null }))).toEqual(['director:4:own:final']);
    expect(summary(base({ directorUserId: null }))).toBe('no_director');
  });

  it('gives the group head’s step to the acting head of the author’s group only', () => {
    expect(summary(base({ delegations: [actingHead(PEER)] }))).toEqual([
      'group_head:6:acting_head',
      'deputy:3:own',
      'director:4:own:final',
    ]);
    // The delegation is checked again when the acting head acts on the step.
    const result = resolveChain(base({ delegations: [actingHead(PEER)] }));
    expect(result.ok && result.steps[0].delegationId).toBe(12);
    expect(summary(base({ delegations: [actingHead(PEER, GROUP + 1)] }))).toEqual([
      'group_head:2:own',
      'deputy:3:own',
      'director:4:own:final',
    ]);
  });

  it('fills a vacant head post with the acting head; an author without a group has none', () => {
    const group = { id: GROUP, headUserId: null, deputyUserId: DEPUTY };
    expect(summary(base({ group, delegations: [actingHead(PEER)] }))).toEqual([
      'group_head:6:acting_head',
      'deputy:3:own',
      'director:4:own:final',
    ]);
    expect(summary(base({ group: null, delegations: [actingHead(PEER)] }))).toEqual([
      'director:4:own:final',
    ]);
  });

  it('skips the head’s step when the author is the acting head, or the head', () => {
    expect(summary(base({ authorUserId: PEER, delegations: [actingHead(PEER)] }))).toEqual([
      'deputy:3:own',
      'director:4:own:final',
    ]);
    expect(summary(base({ authorUserId: HEAD, delegations: [actingHead(PEER)] }))).toEqual([
      'deputy:3:own',
      'director:4:own:final',
    ]);
  });
});

import { ChainDelegation, ChainInput, resolveChain } from './chain';

const AUTHOR = 1;
const HEAD = 2;
const DEPUTY = 3;
const DIRECTOR = 4;
const OTHER_DEPUTY = 5;

const base = (over: Partial<ChainInput> = {}): ChainInput => ({
  authorUserId: AUTHOR,
  group: { headUserId: HEAD, deputyUserId: DEPUTY },
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
});

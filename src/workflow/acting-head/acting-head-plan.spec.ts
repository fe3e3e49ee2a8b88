import { ActingHead, HeadStep, planMoves } from './acting-head-plan';

const HEAD = 2;
const PEER = 6;
const NEXT = 7;
const AUTHOR = 1;

const step = (over: Partial<HeadStep> = {}): HeadStep => ({
  orgId: 1,
  memoId: 100,
  memoVersion: 3,
  subject: 'ขออนุมัติ',
  authorUserId: AUTHOR,
  groupId: 20,
  stepId: 500,
  stepOrder: 1,
  assigneeUserId: HEAD,
  delegationId: null,
  headUserId: HEAD,
  ...over,
});

const acting = (over: Partial<ActingHead> = {}): ActingHead => ({
  id: 9,
  orgId: 1,
  groupId: 20,
  delegateUserId: PEER,
  ...over,
});

const moves = (steps: HeadStep[], heads: ActingHead[]) =>
  planMoves(steps, heads).map((m) => [m.toUserId, m.capacity, m.delegationId, m.reason]);

describe('planMoves', () => {
  it('moves a step waiting at the head to the acting head of its group', () => {
    expect(moves([step()], [acting()])).toEqual([[PEER, 'acting_head', 9, 'acting_head_started']]);
    expect(moves([step({ groupId: 21 })], [acting()])).toEqual([]);
  });

  it('moves a step of an ended delegation back to the head, or on to the next acting head', () => {
    const held = step({ assigneeUserId: PEER, delegationId: 9 });
    expect(moves([held], [])).toEqual([[HEAD, 'own', null, 'acting_head_ended']]);
    expect(moves([held], [acting({ id: 10, delegateUserId: NEXT })])).toEqual([
      [NEXT, 'acting_head', 10, 'acting_head_started'],
    ]);
  });

  it('plans nothing for steps already where they belong: a second run changes nothing', () => {
    const held = step({ assigneeUserId: PEER, delegationId: 9 });
    expect(moves([held], [acting()])).toEqual([]);
    expect(moves([step()], [])).toEqual([]);
  });

  it('never gives the author their own memo, and leaves a step with no head to go back to', () => {
    expect(moves([step({ authorUserId: PEER })], [acting()])).toEqual([]);
    const orphan = step({ assigneeUserId: PEER, delegationId: 9, headUserId: null });
    expect(moves([orphan], [])).toEqual([]);
  });

  it('takes the latest acting head when two are given for one group', () => {
    const later = acting({ id: 11, delegateUserId: NEXT });
    expect(moves([step()], [later, acting()])).toEqual([
      [NEXT, 'acting_head', 11, 'acting_head_started'],
    ]);
  });
});

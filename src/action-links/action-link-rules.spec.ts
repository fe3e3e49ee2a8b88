import { linkStands, stepWaitingOn } from './action-link-rules';
import { ActionFormTokens, actionTokenHash, newActionToken } from './action-token';

const HEAD = 2;
const DEPUTY = 3;
const NOW = new Date('2026-01-26T03:00:00Z');

const memo = (over = {}) => ({
  status: 'in_review' as const,
  round: 2,
  currentStepOrder: 1,
  currentAssigneeUserId: HEAD,
  version: 7,
  secrecy: 'normal' as const,
  ...over,
});
const step = (id: number, stepOrder: number, assigneeUserId: number, over = {}) => ({
  id,
  round: 2,
  stepOrder,
  assigneeUserId,
  state: 'pending' as const,
  ...over,
});
const steps = [
  step(1, 1, HEAD, { round: 1, state: 'returned' }),
  step(11, 1, HEAD),
  step(12, 2, DEPUTY),
];
const link = (over = {}) => ({
  userId: HEAD,
  stepId: 11,
  memoVersion: 7,
  usedAt: null,
  expiresAt: new Date(NOW.getTime() + 1000),
  ...over,
});

describe('stepWaitingOn', () => {
  it('finds the current step of this round when it waits on the person', () => {
    expect(stepWaitingOn(memo(), steps, HEAD)?.id).toBe(11);
  });

  it('offers nothing to anyone else, off review, or for a secret or confidential memo', () => {
    expect(stepWaitingOn(memo(), steps, DEPUTY)).toBeNull();
    expect(stepWaitingOn(memo({ status: 'returned' }), steps, HEAD)).toBeNull();
    expect(stepWaitingOn(memo({ secrecy: 'confidential' }), steps, HEAD)).toBeNull();
    expect(stepWaitingOn(memo({ secrecy: 'secret' }), steps, HEAD)).toBeNull();
    const acted = [step(11, 1, HEAD, { state: 'approved' })];
    expect(stepWaitingOn(memo(), acted, HEAD)).toBeNull();
  });
});

describe('linkStands', () => {
  it('stands while the memo waits on its person at its step, unchanged, unused and in time', () => {
    expect(linkStands(link(), memo(), steps, NOW)).toBe(true);
  });

  it('is gone once used, at its expiry, or when the memo is missing', () => {
    expect(linkStands(link({ usedAt: NOW }), memo(), steps, NOW)).toBe(false);
    expect(linkStands(link({ expiresAt: NOW }), memo(), steps, NOW)).toBe(false);
    expect(linkStands(link(), null, steps, NOW)).toBe(false);
  });

  it('is gone when the step was acted on another way or the memo changed', () => {
    const next = memo({ currentStepOrder: 2, currentAssigneeUserId: DEPUTY, version: 8 });
    expect(linkStands(link(), next, steps, NOW)).toBe(false);
    expect(linkStands(link(), memo({ version: 8 }), steps, NOW)).toBe(false);
    // A new round has new steps: the old round's link is not the step waiting now.
    expect(linkStands(link({ stepId: 1 }), memo(), steps, NOW)).toBe(false);
  });
});

describe('action tokens', () => {
  it('makes 43-character tokens and hashes only well-formed ones', () => {
    const { token, tokenHash } = newActionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(actionTokenHash(token)).toBe(tokenHash);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(actionTokenHash('short')).toBeNull();
    expect(actionTokenHash(`${token}x`)).toBeNull();
  });

  it('ties the form token to one link as last mailed and to the server secret', () => {
    const forms = new ActionFormTokens('a-secret-of-at-least-thirty-two-chars!!');
    const target = { id: 5, tokenHash: 'a'.repeat(64) };
    const form = forms.of(target);
    expect(forms.matches(target, form)).toBe(true);
    expect(forms.matches({ ...target, tokenHash: 'b'.repeat(64) }, form)).toBe(false);
    expect(forms.matches({ ...target, id: 6 }, form)).toBe(false);
    expect(forms.matches(target, undefined)).toBe(false);
    expect(forms.matches(target, `${form}x`)).toBe(false);
    expect(
      new ActionFormTokens('another-secret-of-at-least-thirty-two!!').matches(target, form),
    ).toBe(false);
  });
});

import type { Actor } from '../common/auth/actor';
import { MEMO_STATUSES } from './memo.enums';
import { canReadMemo } from './memo-access';

const actor = (userId: number, roles: Actor['roles'] = ['officer']): Actor => ({
  userId,
  orgId: 1,
  username: `u${userId}`,
  roles,
});
const memo = (over: Partial<Parameters<typeof canReadMemo>[1]> = {}) => ({
  orgId: 1,
  authorUserId: 10,
  status: 'in_review' as const,
  secrecy: 'normal' as const,
  ...over,
});

describe('canReadMemo', () => {
  it('never shows another office’s memo', () => {
    expect(canReadMemo({ ...actor(10), orgId: 2 }, memo(), [], [])).toBe(false);
  });

  it('shows a secret memo only to its author, chain and named readers', () => {
    const secret = memo({ secrecy: 'secret', status: 'approved' });
    expect(canReadMemo(actor(10), secret, [20], [30])).toBe(true);
    expect(canReadMemo(actor(20), secret, [20], [30])).toBe(true);
    expect(canReadMemo(actor(30), secret, [20], [30])).toBe(true);
    expect(canReadMemo(actor(40, ['director']), secret, [20], [30])).toBe(false);
    expect(canReadMemo(actor(41), secret, [20], [30])).toBe(false);
  });

  it('keeps drafts with their author', () => {
    expect(canReadMemo(actor(40, ['director']), memo({ status: 'draft' }), [], [])).toBe(false);
  });

  it('shows in-progress normal memos to executives and the registrar, approved ones to everyone', () => {
    for (const status of MEMO_STATUSES) {
      const m = memo({ status });
      expect(canReadMemo(actor(41), m, [], [])).toBe(status === 'approved');
      expect(canReadMemo(actor(42, ['registrar']), m, [], [])).toBe(status !== 'draft');
    }
  });
});

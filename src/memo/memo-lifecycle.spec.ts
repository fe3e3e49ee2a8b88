import { MEMO_STATUSES, MemoStatus } from '../memo/memo.enums';
import { decide, MemoAction } from './memo-lifecycle';

const author = { isAuthor: true, isCurrentAssignee: false };
const approver = { isAuthor: false, isCurrentAssignee: true };
const stranger = { isAuthor: false, isCurrentAssignee: false };

describe('memo state machine', () => {
  const table: Array<[MemoAction, MemoStatus[]]> = [
    ['edit', ['draft', 'returned']],
    ['submit', ['draft', 'returned']],
    ['withdraw', ['draft', 'in_review', 'returned']],
  ];

  it.each(table)('lets the author %s only from %j', (action, allowed) => {
    for (const status of MEMO_STATUSES) {
      expect(decide(status, action, author).allowed).toBe(allowed.includes(status));
    }
  });

  it.each(['approve', 'return', 'reject'] as MemoAction[])(
    'lets the current approver %s only in review',
    (action) => {
      for (const status of MEMO_STATUSES) {
        expect(decide(status, action, approver).allowed).toBe(status === 'in_review');
      }
    },
  );

  it('answers forbidden to anyone else on a memo in review', () => {
    expect(decide('in_review', 'approve', stranger)).toEqual({
      allowed: false,
      reason: 'forbidden',
    });
    expect(decide('in_review', 'approve', author)).toEqual({ allowed: false, reason: 'forbidden' });
    expect(decide('draft', 'edit', approver)).toEqual({ allowed: false, reason: 'forbidden' });
  });

  it('answers conflict when the memo has already moved on', () => {
    expect(decide('approved', 'approve', stranger)).toEqual({ allowed: false, reason: 'conflict' });
    expect(decide('approved', 'edit', author)).toEqual({ allowed: false, reason: 'conflict' });
  });

  it('refuses withdrawal once someone has approved in this round', () => {
    expect(decide('in_review', 'withdraw', author, 1)).toEqual({
      allowed: false,
      reason: 'conflict',
    });
    expect(decide('in_review', 'withdraw', author, 0).allowed).toBe(true);
  });
});

import { audienceKind, Colleague, GroupHead, recipientsOf, resolveTasks } from './after-approval';

const staff: Colleague[] = [
  { id: 5, username: 'head', groupId: 1 },
  { id: 2, username: 'officer', groupId: 1 },
  { id: 9, username: 'clerk', groupId: 2 },
  { id: 7, username: 'director', groupId: null },
];
// Group 2's head (11) was suspended: not in `staff`. Group 3 heads from outside its members.
const groups: GroupHead[] = [
  { id: 1, headUserId: 5 },
  { id: 2, headUserId: 11 },
  { id: 3, headUserId: 7 },
];

describe('recipientsOf', () => {
  it('sends "all staff" to every active person once, in id order', () => {
    expect(recipientsOf({ to: 'all-staff' }, staff, groups)).toEqual([2, 5, 7, 9]);
  });

  it('sends to the members and the active heads of the named groups, each once', () => {
    expect(recipientsOf({ groupIds: [1, 3] }, staff, groups)).toEqual([2, 5, 7]);
    expect(recipientsOf({ groupIds: [2] }, staff, groups)).toEqual([9]);
  });

  it('sends to named people who are still active, ignoring unknown names', () => {
    expect(recipientsOf({ usernames: ['clerk', 'gone', 'officer'] }, staff, groups)).toEqual([
      2, 9,
    ]);
  });

  it('names the kind of audience', () => {
    expect(audienceKind({ to: 'all-staff' })).toBe('all-staff');
    expect(audienceKind({ groupIds: [1] })).toBe('groups');
    expect(audienceKind({ usernames: ['a'] })).toBe('people');
  });
});

describe('resolveTasks', () => {
  const due = '2026-03-01T10:00:00.000Z';

  it('assigns a group (its head is told) or a person (who is told), keeping the plan’s index', () => {
    const { tasks, skipped } = resolveTasks(
      [
        { groupId: 1, task: 'ก', dueAt: due },
        { username: 'clerk', task: 'ข', dueAt: due },
      ],
      staff,
      groups,
    );
    expect(skipped).toEqual([]);
    expect(tasks).toEqual([
      { taskIndex: 0, groupId: 1, userId: null, task: 'ก', dueAt: new Date(due), notifyUserId: 5 },
      { taskIndex: 1, groupId: null, userId: 9, task: 'ข', dueAt: new Date(due), notifyUserId: 9 },
    ]);
  });

  it('tells nobody of a group whose head was suspended, and skips assignees gone since drafting', () => {
    const { tasks, skipped } = resolveTasks(
      [
        { groupId: 4, task: 'ก', dueAt: due },
        { groupId: 2, task: 'ข', dueAt: due },
        { username: 'gone', task: 'ค', dueAt: due },
      ],
      staff,
      groups,
    );
    expect(skipped).toEqual([0, 2]);
    expect(tasks).toMatchObject([{ taskIndex: 1, groupId: 2, notifyUserId: null }]);
  });
});

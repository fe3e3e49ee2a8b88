import {
  followsCirculation,
  followsLetterCirculation,
  mayCompleteTask,
} from './circulation-access';

describe('followsCirculation', () => {
  const memo = { authorUserId: 1 };

  it('lets the author, the director, a deputy and the head of the author’s group see who read it', () => {
    expect(followsCirculation({ userId: 1, roles: ['officer'] }, memo, 5)).toBe(true);
    expect(followsCirculation({ userId: 2, roles: ['director'] }, memo, 5)).toBe(true);
    expect(followsCirculation({ userId: 3, roles: ['deputy'] }, memo, 5)).toBe(true);
    expect(followsCirculation({ userId: 5, roles: ['group_head', 'officer'] }, memo, 5)).toBe(true);
  });

  it('refuses other group heads, the registrar and colleagues', () => {
    expect(followsCirculation({ userId: 6, roles: ['group_head'] }, memo, 5)).toBe(false);
    expect(followsCirculation({ userId: 7, roles: ['registrar', 'officer'] }, memo, 5)).toBe(false);
    expect(followsCirculation({ userId: 8, roles: ['officer'] }, memo, null)).toBe(false);
  });
});

describe('mayCompleteTask', () => {
  const member = { userId: 2, groupId: 1, headedGroupIds: [] };
  const head = { userId: 5, groupId: 1, headedGroupIds: [1] };
  const outsider = { userId: 9, groupId: 2, headedGroupIds: [] };

  it('lets a group’s members and its head finish the group’s task', () => {
    const task = { userId: null, groupId: 1 };
    expect(mayCompleteTask(member, task, null)).toBe(true);
    expect(mayCompleteTask(head, task, null)).toBe(true);
    expect(mayCompleteTask(outsider, task, null)).toBe(false);
  });

  it('lets the person and the head of their group finish a person’s task, not a colleague', () => {
    const task = { userId: 2, groupId: null };
    expect(mayCompleteTask(member, task, 1)).toBe(true);
    expect(mayCompleteTask(head, task, 1)).toBe(true);
    expect(mayCompleteTask({ ...member, userId: 3 }, task, 1)).toBe(false);
    expect(mayCompleteTask(head, task, null)).toBe(false);
  });
});

describe('followsLetterCirculation', () => {
  it('lets the director, a deputy and the registry desk see who read a letter', () => {
    expect(followsLetterCirculation({ roles: ['director'] })).toBe(true);
    expect(followsLetterCirculation({ roles: ['deputy'] })).toBe(true);
    expect(followsLetterCirculation({ roles: ['registrar', 'officer'] })).toBe(true);
  });

  it('refuses group heads, officers and the administrator', () => {
    expect(followsLetterCirculation({ roles: ['group_head', 'officer'] })).toBe(false);
    expect(followsLetterCirculation({ roles: ['officer'] })).toBe(false);
    expect(followsLetterCirculation({ roles: ['admin'] })).toBe(false);
  });
});

import { taskReminders } from './reminder-plan';
import type { OpenTask } from './reminder.repository';

const office = { holidays: new Set<string>(), directorUserId: 1 };
const due = new Date('2026-03-02T09:00:00.000Z');
const task = (over: Partial<OpenTask> = {}): OpenTask => ({
  orgId: 1,
  taskId: 7,
  memoId: 3,
  letterId: null,
  task: 'รายงานผล',
  dueAt: due,
  assigneeUserId: 5,
  deputyUserId: 2,
  ...over,
});

describe('taskReminders', () => {
  it('reminds the assignee a day before a memo’s task is due, leading to the memo', () => {
    const planned = taskReminders(task(), new Date('2026-03-01T10:00:00.000Z'), office);
    expect(planned).toEqual([
      expect.objectContaining({ userId: 5, kind: 'task.due', memoId: 3, path: '/memos/3' }),
    ]);
  });

  it('leads a letter’s task reminders to the letter, and tells the deputy once overdue', () => {
    const planned = taskReminders(
      task({ memoId: null, letterId: 9 }),
      new Date('2026-03-02T10:00:00.000Z'),
      office,
    );
    expect(planned.map((p) => [p.userId, p.kind, p.memoId, p.path])).toEqual([
      [5, 'task.overdue', null, '/incoming/9'],
      [2, 'task.escalated', null, '/incoming/9'],
    ]);
  });
});

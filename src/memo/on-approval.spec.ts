import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { OnApprovalDto } from './dto/on-approval.dto';
import { namedIn, namesOnlyPeople, planOf } from './on-approval';

const errorsOf = (body: object): string[] =>
  validateSync(plainToInstance(OnApprovalDto, body), {
    whitelist: true,
    forbidNonWhitelisted: true,
  }).flatMap(function paths(e): string[] {
    return e.children?.length
      ? e.children.flatMap(paths).map((p) => `${e.property}.${p}`)
      : [e.property];
  });

const task = { task: 'ทำ', dueAt: '2026-03-01T10:00:00+07:00' };

describe('onApproval as drafted', () => {
  it('takes one audience and tasks for a group or a person', () => {
    expect(errorsOf({ circulate: { to: 'all-staff' } })).toEqual([]);
    expect(errorsOf({ circulate: { groupIds: [1, 2] } })).toEqual([]);
    expect(
      errorsOf({ circulate: { usernames: ['officer'] }, tasks: [{ ...task, groupId: 1 }] }),
    ).toEqual([]);
    expect(errorsOf({ tasks: [{ ...task, username: 'officer' }] })).toEqual([]);
  });

  it('refuses no audience or two, a task for both a group and a person or for nobody', () => {
    expect(errorsOf({ circulate: {} })).toEqual(['circulate.to']);
    expect(errorsOf({ circulate: { to: 'all-staff', groupIds: [1] } })).toEqual([
      'circulate.to',
      'circulate.groupIds',
    ]);
    expect(errorsOf({ tasks: [{ ...task, groupId: 1, username: 'x' }] })).toEqual([
      'tasks.0.groupId',
      'tasks.0.username',
    ]);
    expect(errorsOf({ tasks: [task] })).toEqual(['tasks.0.groupId']);
  });

  it('refuses a due date that is no real day, blank tasks and repeated ids', () => {
    expect(errorsOf({ tasks: [{ ...task, groupId: 1, dueAt: '2026-02-30T10:00:00Z' }] })).toEqual([
      'tasks.0.dueAt',
    ]);
    expect(errorsOf({ tasks: [{ ...task, groupId: 1, task: '   ' }] })).toEqual(['tasks.0.task']);
    expect(errorsOf({ circulate: { groupIds: [1, 1] } })).toEqual(['circulate.groupIds']);
  });
});

describe('planOf', () => {
  it('keeps what was asked, dates as ISO, names each once; nothing asked is no plan', () => {
    const due = new Date('2026-03-01T03:00:00Z');
    expect(
      planOf({
        circulate: { usernames: ['a', 'a', 'b'] },
        tasks: [{ groupId: 3, task: ' ทำ ', dueAt: due }],
      }),
    ).toEqual({
      circulate: { usernames: ['a', 'b'] },
      tasks: [{ groupId: 3, task: 'ทำ', dueAt: '2026-03-01T03:00:00.000Z' }],
    });
    expect(planOf({})).toBeNull();
    expect(planOf({ tasks: [] })).toBeNull();
    expect(planOf(null)).toBeNull();
  });

  it('lists the groups and people a plan names, and whether it names people only', () => {
    const plan = {
      circulate: { groupIds: [1] },
      tasks: [
        { groupId: 1, task: 'ก', dueAt: '' },
        { username: 'b', task: 'ข', dueAt: '' },
      ],
    };
    expect(namedIn(plan)).toEqual({ groupIds: [1], usernames: ['b'] });
    expect(namesOnlyPeople(plan)).toBe(false);
    expect(namesOnlyPeople({ circulate: { usernames: ['a'] }, tasks: [plan.tasks[1]] })).toBe(true);
    expect(namesOnlyPeople({ circulate: { to: 'all-staff' } })).toBe(false);
  });
});

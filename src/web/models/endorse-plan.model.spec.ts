import { ENDORSE_PLAN_INCOMPLETE, endorsePlan } from './endorse-plan.model';

const blank = { circulate: 'none' as const, taskText: '' };

describe('endorsePlan', () => {
  it('asks for nothing when the fields are left blank', async () => {
    expect(await endorsePlan(blank)).toEqual({});
  });

  it('circulates to all staff and assigns a group’s task due at the end of its day', async () => {
    const { plan, problem } = await endorsePlan({
      circulate: 'all-staff',
      taskGroupId: 4,
      taskText: ' รายงานผล ',
      taskDueAt: '2026-03-02',
    });
    expect(problem).toBeUndefined();
    expect(plan?.circulate).toEqual({ to: 'all-staff' });
    expect(plan?.tasks).toEqual([
      expect.objectContaining({ groupId: 4, task: 'รายงานผล', dueAt: expect.any(Date) }),
    ]);
  });

  it('refuses a task half filled, in Thai', async () => {
    expect(await endorsePlan({ ...blank, taskGroupId: 4, taskText: 'รายงานผล' })).toEqual({
      problem: ENDORSE_PLAN_INCOMPLETE,
    });
    expect(await endorsePlan({ ...blank, taskText: 'รายงานผล', taskDueAt: '2026-03-02' })).toEqual({
      problem: ENDORSE_PLAN_INCOMPLETE,
    });
  });
});

import { plainToInstance } from 'class-transformer';
import { OnApprovalFormFields } from '../dto/on-approval-form.dto';
import { planLines } from './after-approval.model';
import { formShows, planInput, planValuesOfMemo } from './on-approval-form.model';

const form = (over: Partial<OnApprovalFormFields> = {}) =>
  Object.assign(plainToInstance(OnApprovalFormFields, {}), over);

describe('the drafting form’s เมื่ออนุมัติแล้ว', () => {
  it('asks nothing when left as it is, and all staff with one task when filled', () => {
    expect(planInput(form())).toBeNull();
    expect(
      planInput(
        form({
          circulate: 'all-staff',
          taskGroupId: 3,
          taskText: ' ส่งรายงาน ',
          taskDueAt: '2026-03-01',
        }),
      ),
    ).toEqual({
      circulate: { to: 'all-staff' },
      // The end of that day, Bangkok time.
      tasks: [{ groupId: 3, task: 'ส่งรายงาน', dueAt: new Date('2026-03-01T16:59:59.000Z') }],
    });
  });

  it('sends a half-filled task row as it is, for the API’s rules to refuse', () => {
    expect(planInput(form({ taskText: 'ส่งรายงาน' }))).toEqual({
      tasks: [{ groupId: undefined, task: 'ส่งรายงาน', dueAt: undefined }],
    });
  });

  it('keeps a plan the form cannot show (people, several tasks) and shows the day of one it can', () => {
    const due = '2026-03-01T16:59:59.000Z';
    const people = { circulate: { usernames: ['a'] } };
    expect(formShows(people)).toBe(false);
    expect(planInput(form({ circulate: 'all-staff' }), people)).toBeUndefined();
    const simple = {
      circulate: { to: 'all-staff' as const },
      tasks: [{ groupId: 3, task: 'ก', dueAt: due }],
    };
    expect(formShows(simple)).toBe(true);
    expect(planValuesOfMemo(simple)).toEqual({
      circulate: 'all-staff',
      taskGroupId: 3,
      taskText: 'ก',
      taskDueAt: '2026-03-01',
    });
  });

  it('says a plan in Thai, with the due day in พ.ศ.', () => {
    const names = { groups: new Map([[3, 'กลุ่มอำนวยการ']]), people: new Map([['a', 'นายเอ']]) };
    expect(
      planLines(
        {
          circulate: { usernames: ['a'] },
          tasks: [{ groupId: 3, task: 'ส่งรายงาน', dueAt: '2026-03-01T16:59:59Z' }],
        },
        names,
      ),
    ).toEqual(['แจ้งเวียนเพื่อทราบ: นายเอ', 'มอบหมายกลุ่มอำนวยการ: ส่งรายงาน (กำหนดเสร็จ ๑ มีนาคม ๒๕๖๙)']);
  });
});

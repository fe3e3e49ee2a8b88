import { IssuanceFormFields } from '../dto/issuance-form.dto';
import { applyMemberIntent, issuanceInput, issuanceValuesOf } from './issuance-form.model';

const form = (over: Partial<IssuanceFormFields>): IssuanceFormFields =>
  Object.assign(new IssuanceFormFields(), over);

describe('the drafting form’s committee rows', () => {
  it('groups consecutive rows by committee; a row without one joins the committee above', () => {
    const input = issuanceInput(
      form({
        issuanceKind: 'order',
        issuanceSubject: 'แต่งตั้ง',
        issuanceText: 'จึงแต่งตั้ง ดังนี้',
        memberCommittee: ['คณะกรรมการอำนวยการ', '', '', 'คณะกรรมการดำเนินงาน'],
        memberName: ['ก', 'ข', '', 'ง'],
        memberPosition: ['ตำแหน่ง ก', '', '', ''],
        memberRole: ['ประธาน', 'กรรมการ', '', 'ประธาน'],
      }),
    );
    expect(input?.committees).toEqual([
      {
        title: 'คณะกรรมการอำนวยการ',
        members: [
          { name: 'ก', position: 'ตำแหน่ง ก', role: 'ประธาน' },
          { name: 'ข', position: '', role: 'กรรมการ' },
        ],
      },
      { title: 'คณะกรรมการดำเนินงาน', members: [{ name: 'ง', position: '', role: 'ประธาน' }] },
    ]);
  });

  it('makes หนังสือเวียน a circular letter to all schools, keeping ids set through the API', () => {
    const input = issuanceInput(
      form({ issuanceKind: 'circular', letterTo: 'ผู้อำนวยการโรงเรียน', allSchools: 'on' }),
      {
        recipients: { recipientIds: [4] },
      } as unknown as Parameters<typeof issuanceInput>[1],
    );
    expect(input).toMatchObject({
      kind: 'letter',
      circular: true,
      to: 'ผู้อำนวยการโรงเรียน',
      recipients: { schools: 'all', recipientIds: [4] },
    });
  });

  it('adds a row in the committee of the last one, and removes row n', () => {
    const values = issuanceValuesOf(
      form({
        memberCommittee: ['คณะ ก'],
        memberName: ['ก'],
        memberPosition: [''],
        memberRole: [''],
      }),
    );
    expect(applyMemberIntent(values, 'add-member')).toBe(true);
    expect(values.members.map((m) => m.committee)).toEqual(['คณะ ก', 'คณะ ก']);
    expect(applyMemberIntent(values, 'remove-member-1')).toBe(true);
    expect(values.members).toEqual([{ committee: 'คณะ ก', name: '', position: '', role: '' }]);
    expect(applyMemberIntent(values, 'save')).toBe(false);
  });
});

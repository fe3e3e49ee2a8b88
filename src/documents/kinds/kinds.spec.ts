import type { Clock } from '../../common/clock';
import type { Issuance } from '../../memo/issuance.entity';
import type { MemoStep } from '../../memo/memo-step.entity';
import type { Memo } from '../../memo/memo.entity';
import type { MemoRepository } from '../../memo/memo.repository';
import type { OrgGroup } from '../../org/org-group.entity';
import type { Organization } from '../../org/organization.entity';
import type { OrgRepository } from '../../org/org.repository';
import type { User } from '../../org/user.entity';
import type { SealingService } from '../../sealing/sealing.service';
import { IssuanceDocument } from './issuance.document';
import { MemoDocument } from './memo.document';
import { capacityLines } from './document-parts';

/** A collaborator with only the members the builder calls. */
const fake = <T>(members: Partial<T>): T => members as T;

const at = (hhmm: string): Date => new Date(`2025-11-24T${hhmm}:00+07:00`);
const user = (id: number, firstName: string): User =>
  fake<User>({ id, titlePrefix: 'นาย', firstName, lastName: 'ทดสอบ', position: null });

const steps: MemoStep[] = [
  fake<MemoStep>({
    round: 1,
    state: 'approved',
    assigneeUserId: 2,
    capacity: 'own',
    note: 'เสนอ',
    actedAt: at('10:05'),
  }),
  fake<MemoStep>({
    round: 1,
    state: 'approved',
    assigneeUserId: 3,
    capacity: 'own',
    note: 'อนุมัติ',
    actedAt: at('11:40'),
  }),
  // An earlier round's approval is not on the document.
  fake<MemoStep>({
    round: 0,
    state: 'approved',
    assigneeUserId: 2,
    capacity: 'own',
    note: 'เก่า',
    actedAt: at('08:00'),
  }),
];

const collaboratorsWith = (memoSteps: MemoStep[]) =>
  [
    fake<MemoRepository>({ steps: () => Promise.resolve(memoSteps) }),
    fake<OrgRepository>({
      findOrganization: () =>
        Promise.resolve(fake<Organization>({ name: 'สำนักงาน', bookCode: 'ศธ 04305' })),
      findGroup: () => Promise.resolve(fake<OrgGroup>({ id: 5, name: 'กลุ่มอำนวยการ' })),
      findUsersByIds: () =>
        Promise.resolve([user(1, 'ผู้เขียน'), user(2, 'หัวหน้า'), user(3, 'ผู้อำนวยการ')]),
    }),
    fake<SealingService>({ find: () => Promise.resolve(null), verifyUrl: (c: string) => c }),
    fake<Clock>({ now: () => at('23:59') }),
  ] as const;
const collaborators = collaboratorsWith(steps);
const memoDocument = new MemoDocument(...collaborators);
const issuanceDocument = new IssuanceDocument(...collaborators);

const memo = (overrides: Partial<Memo>): Memo =>
  fake<Memo>({
    id: 7,
    orgId: 1,
    authorUserId: 1,
    groupId: 5,
    department: 'กลุ่มทดสอบ',
    phone: '',
    subject: 'ทดสอบ',
    toLine: 'ผู้อำนวยการ',
    paragraphs: ['ย่อหน้า'],
    closing: '',
    references: [{ text: 'บันทึก ที่ 1' }, { memoId: 3, text: 'หนังสือ ที่ 2' }],
    urgency: 'normal',
    urgentBy: null,
    secrecy: 'normal',
    status: 'approved',
    round: 1,
    docNumber: 'ศธ 04305/9',
    submittedAt: at('09:15'),
    registeredAt: at('11:40'),
    ...overrides,
  });

describe('document kinds', () => {
  it('prints the memo’s references as written, in order', async () => {
    const doc = await memoDocument.of(memo({}));
    expect(doc.references).toEqual(['บันทึก ที่ 1', 'หนังสือ ที่ 2']);
  });

  it('dates each signature by its act: submission, then each endorsement of this round', async () => {
    const doc = await memoDocument.of(memo({}));
    expect(doc.signature.signedAt).toEqual(at('09:15'));
    expect(doc.endorsements.map((e) => [e.note, e.signedAt])).toEqual([
      ['เสนอ', at('10:05')],
      ['อนุมัติ', at('11:40')],
    ]);
  });

  it('dates the author’s signature by the registration when the memo was never submitted', async () => {
    const doc = await memoDocument.of(memo({ submittedAt: null }));
    expect(doc.signature.signedAt).toEqual(at('11:40'));
  });

  it('dates the signer of an announcement or order by its issue', async () => {
    const issuance = fake<Issuance>({
      id: 4,
      orgId: 1,
      kind: 'order',
      subject: 'แต่งตั้ง',
      paragraphs: ['ข้อ'],
      number: '1/2568',
      issuedAt: at('11:41'),
      signerUserId: 3,
      signerCapacity: 'own',
    });
    const doc = await issuanceDocument.of(issuance, memo({}));
    expect(doc.signature).toMatchObject({ name: 'นายผู้อำนวยการ ทดสอบ', signedAt: at('11:41') });
  });

  it('prints ปฏิบัติราชการแทน on its own line, the principal’s post on the next (N2)', () => {
    expect(capacityLines('on_behalf', 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม')).toEqual([
      'ปฏิบัติราชการแทน',
      'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม',
    ]);
    expect(capacityLines('acting', 'สำนักงาน')).toEqual(['รักษาราชการแทน', 'ผู้อำนวยการสำนักงาน']);
    expect(capacityLines('own', 'สำนักงาน')).toEqual([]);
  });

  it('prints an acting group head’s one capacity line, naming the group, under the endorsement', async () => {
    expect(capacityLines('acting_head', 'สำนักงาน', 'กลุ่มอำนวยการ')).toEqual([
      'ปฏิบัติหน้าที่ผู้อำนวยการกลุ่มอำนวยการ',
    ]);
    const acting = [{ ...steps[0], capacity: 'acting_head' as const }, steps[1]];
    const doc = await new MemoDocument(...collaboratorsWith(acting)).of(memo({}));
    expect(doc.endorsements.map((e) => e.capacityLines)).toEqual([
      ['ปฏิบัติหน้าที่ผู้อำนวยการกลุ่มอำนวยการ'],
      [],
    ]);
  });
});

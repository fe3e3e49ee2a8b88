import { plainToInstance } from 'class-transformer';
import { CreateMemoDto } from '../../memo/dto/memo.dto';
import type { UserView } from '../../org/org.views';
import { DraftFields } from '../dto/draft.dto';
import { draftErrors, memoInput, URGENT_BY_INVALID, urgentByInvalid } from './draft-input.model';
import { readerChoices } from './draft.model';

const memo = (paragraphs: string[]) =>
  plainToInstance(CreateMemoDto, { subject: 'ขออนุมัติ', to: 'ผู้อำนวยการ', paragraphs });

describe('draftErrors', () => {
  it('accepts a body that fits the database', async () => {
    expect(await draftErrors(memo(['ข้อเท็จจริง']))).toEqual([]);
  });

  it('asks for a body when there is none', async () => {
    expect(await draftErrors(memo([]))).toEqual([
      { field: 'paragraph-1', message: 'กรุณากรอกเนื้อความอย่างน้อยหนึ่งย่อหน้า' },
    ]);
  });

  it('says a body too long to store is too long, not missing', async () => {
    const errors = await draftErrors(memo(Array.from({ length: 5 }, () => 'ก'.repeat(5000))));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('ยาวเกินกว่าที่ระบบบันทึกได้');
  });
});

describe('memoInput', () => {
  const form = (over: Partial<DraftFields> = {}): DraftFields =>
    Object.assign(new DraftFields(), {
      subject: 'ขออนุมัติ',
      to: 'ผู้อำนวยการ',
      paragraphs: ['ข้อเท็จจริง'],
      ...over,
    });

  it('reads อ้างถึง one per line, keeping the memo a saved line pointed to', () => {
    const input = memoInput(form({ referencesText: ' หนังสือ ก \r\n\r\nบันทึก ที่ ศธ ๐๔๓๐๕/๑๒\n' }), [
      { memoId: 7, text: 'บันทึก ที่ ศธ ๐๔๓๐๕/๑๒' },
    ]);
    expect(input.references).toEqual([
      { text: 'หนังสือ ก' },
      { memoId: 7, text: 'บันทึก ที่ ศธ ๐๔๓๐๕/๑๒' },
    ]);
  });

  it('names each chosen reader once', () => {
    expect(memoInput(form({ readerUserIds: ['5', '3', '5'] })).readerUserIds).toEqual([5, 3]);
  });

  it('turns a ด่วนภายใน that does not exist into an invalid date, refused on the form', async () => {
    const input = memoInput(form({ urgentBy: '2026-02-31T10:00' }));
    expect(urgentByInvalid(input)).toBe(true);
    expect(await draftErrors(input)).toEqual([{ field: 'urgentBy', message: URGENT_BY_INVALID }]);
    const real = memoInput(form({ urgentBy: '2026-02-28T10:00' }));
    expect(real.urgentBy).toEqual(new Date('2026-02-28T03:00:00Z'));
    expect(urgentByInvalid(real)).toBe(false);
  });

  it('refuses readers who are not among the office’s users', async () => {
    const input = memoInput(form({ readerUserIds: ['3', '99'] }));
    expect(await draftErrors(input, new Set([3, 4]))).toEqual([
      { field: '', message: 'ผู้มีสิทธิ์อ่านที่เลือกไม่ใช่บุคลากรของสำนักงานนี้ กรุณาเลือกใหม่' },
    ]);
    expect(await draftErrors(input, new Set([3, 99]))).toEqual([]);
  });
});

describe('readerChoices', () => {
  const user = (id: number, active = true) =>
    ({ id, name: `คน ${id}`, position: 'ศึกษานิเทศก์', group: null, active }) as UserView;

  it('offers active colleagues but not the author, and keeps a suspended reader already named', () => {
    const choices = readerChoices([user(1), user(2), user(3, false), user(4, false)], 1, [4]);
    expect(choices.map((c) => [c.id, c.checked])).toEqual([
      [2, false],
      [4, true],
    ]);
    expect(choices[0].detail).toBe('ศึกษานิเทศก์');
  });
});

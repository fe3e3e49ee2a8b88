import { safeNext, waitLabel } from './format';
import { memoInput } from './models/draft-input.model';
import { applyRowIntent, blankDraft } from './models/draft.model';
import { DraftFormDto } from './dto/draft.dto';

describe('web formatting', () => {
  it('says how long a memo has waited, in Thai', () => {
    expect(waitLabel(0)).toBe('เพิ่งส่งมา');
    expect(waitLabel(5)).toBe('รอ ๕ ชั่วโมง');
    expect(waitLabel(24 * 3 + 2)).toBe('รอ ๓ วัน');
  });

  it('returns only to same-site paths after signing in', () => {
    expect(safeNext('/memos?box=drafts')).toBe('/memos?box=drafts');
    for (const bad of ['//evil.example', '/\\evil', 'https://evil.example', 'inbox', 5, '/a b']) {
      expect(safeNext(bad)).toBeUndefined();
    }
  });
});

describe('the drafting form', () => {
  it('adds and removes paragraph rows without JavaScript, keeping one', () => {
    const values = blankDraft('ผู้อำนวยการ');
    expect(applyRowIntent(values, 'add-paragraph')).toBe(true);
    expect(values.paragraphs).toHaveLength(4);
    applyRowIntent(values, 'remove-1');
    applyRowIntent(values, 'remove-1');
    applyRowIntent(values, 'remove-1');
    applyRowIntent(values, 'remove-1');
    expect(values.paragraphs).toHaveLength(1);
    expect(applyRowIntent(values, 'save')).toBe(false);
  });

  it('turns the form into the API memo: blank rows dropped, one-line subject, Bangkok time', () => {
    const form = Object.assign(new DraftFormDto(), {
      subject: 'ขออนุมัติ\r\n  จัดประชุม ',
      to: 'ผู้อำนวยการ',
      paragraphs: ['ย่อหน้าแรก', '   ', 'ย่อหน้าที่สอง'],
      urgentBy: '2026-11-25T09:30',
      issuanceKind: 'order' as const,
      issuanceSubject: 'แต่งตั้งคณะทำงาน',
      issuanceText: 'ข้อ ๑\n\nข้อ ๒\n',
    });
    const memo = memoInput(form);
    expect(memo.subject).toBe('ขออนุมัติ จัดประชุม');
    expect(memo.paragraphs).toEqual(['ย่อหน้าแรก', 'ย่อหน้าที่สอง']);
    expect(memo.urgentBy?.toISOString()).toBe('2026-11-25T02:30:00.000Z');
    expect(memo.issuance).toMatchObject({ kind: 'order', paragraphs: ['ข้อ ๑', 'ข้อ ๒'] });
  });
});

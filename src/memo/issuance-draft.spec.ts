import { draftIssuanceRow, issuanceContent } from './issuance-draft';

describe('issuanceContent', () => {
  it('keeps a letter’s recipients exactly as named, and fills คำขึ้นต้น and คำลงท้าย', () => {
    const content = issuanceContent({
      kind: 'letter',
      to: ' ศึกษาธิการจังหวัดนครพนม ',
      subject: 'ขอส่งรายงาน',
      paragraphs: ['ตามที่'],
      enclosures: ['รายงาน ', ' '],
      circular: true,
      recipients: { schools: [3, 1], groupIds: [2] },
    });
    expect(content.letter).toEqual({
      to: 'ศึกษาธิการจังหวัดนครพนม',
      salutation: 'เรียน',
      closing: 'ขอแสดงความนับถือ',
      references: [],
      enclosures: ['รายงาน'],
      copyTo: [],
      circular: true,
    });
    expect(content.recipients).toEqual({ schools: [3, 1], groupIds: [2] });
    expect(content.structure).toBeNull();
  });

  it('stores no letter parts for an order, and its committees with an empty duty', () => {
    const row = draftIssuanceRow({
      kind: 'order',
      subject: ' แต่งตั้ง ',
      paragraphs: ['จึงแต่งตั้ง'],
      committees: [
        { title: 'คณะกรรมการอำนวยการ', members: [{ name: 'ก', position: 'ข', role: 'ค' }] },
      ],
    });
    expect(row).toMatchObject({
      subject: 'แต่งตั้ง',
      letter: null,
      recipients: null,
      status: 'draft',
    });
    expect(row.structure).toEqual({
      clauses: [],
      committees: [
        {
          title: 'คณะกรรมการอำนวยการ',
          members: [{ name: 'ก', position: 'ข', role: 'ค' }],
          duty: '',
        },
      ],
      schedule: null,
      closingParagraphs: [],
    });
  });
});

// Documents that exercise every branch of the templates, rendered once at start-up.
import type { RenderableDocument, SignatureBlock } from '../document.model';

const at = new Date('2025-11-24T03:00:00Z');
const signer: SignatureBlock = {
  name: 'นายทดสอบ ระบบ',
  position: 'รองผู้อำนวยการสำนักงาน',
  capacityLines: ['ปฏิบัติราชการแทน', 'ผู้อำนวยการสำนักงาน'],
  signedAt: at,
};
const verification = { code: 'TEST-0000', url: 'https://example.invalid/verify/TEST-0000' };

export function validationSamples(): RenderableDocument[] {
  return [
    {
      kind: 'memo',
      department: 'กลุ่มทดสอบ',
      phone: '0 4251 1111',
      docNumber: 'ศธ 04305/1',
      date: at,
      subject: 'ทดสอบแม่แบบ',
      to: 'ผู้อำนวยการ',
      references: ['บันทึกข้อความ ที่ ศธ 04305/1', 'หนังสือ ที่ ศธ 04002/ว 2'],
      paragraphs: ['ย่อหน้าที่ 1', 'จึงเรียนมาเพื่อโปรดทราบ'],
      urgency: 'most_urgent',
      urgentBy: at,
      secrecy: 'secret',
      signature: { ...signer, capacityLines: [] },
      endorsements: [{ ...signer, note: 'ทราบ', date: at }],
      verification,
      draft: true,
    },
    {
      kind: 'memo',
      department: 'กลุ่มทดสอบ',
      phone: '',
      docNumber: '',
      date: at,
      subject: 'ทดสอบ',
      to: 'ผู้อำนวยการ',
      references: ['บันทึกข้อความ ที่ ศธ 04305/1'],
      paragraphs: [],
      urgency: 'normal',
      urgentBy: null,
      secrecy: 'normal',
      signature: { ...signer, signedAt: null },
      endorsements: [],
      verification: null,
      draft: false,
    },
    {
      kind: 'announcement',
      issuer: 'สำนักงานทดสอบ',
      number: null,
      subject: 'ทดสอบ',
      paragraphs: ['ย่อหน้า'],
      date: at,
      signature: signer,
      verification,
      draft: true,
    },
    {
      kind: 'order',
      issuer: 'สำนักงานทดสอบ',
      number: '1/2568',
      subject: 'ทดสอบ',
      paragraphs: ['ย่อหน้า'],
      date: at,
      signature: signer,
      verification: null,
      draft: false,
    },
  ];
}

import { auditActionTh, auditEntity } from './audit.model';

describe('the audit trail in Thai', () => {
  it('names actions and what they were done to, with a link where there is a page', () => {
    expect(auditActionTh('register.issue')).toBe('ออกเลขทะเบียน');
    expect(auditActionTh('incoming.endorse')).toBe('เกษียนสั่งการ');
    expect(auditEntity('memo', 12)).toEqual({ text: 'บันทึกข้อความ ลำดับที่ ๑๒', href: '/memos/12' });
    expect(auditEntity('register_entry', 3)).toEqual({ text: 'เลขทะเบียน ลำดับที่ ๓', href: '' });
  });

  it('never shows an internal code, even for one it does not know', () => {
    expect(auditActionTh('something.new')).toBe('รายการอื่น');
    expect(auditEntity('outbox_event', 1).text).toBe('ข้อมูลอื่น ลำดับที่ ๑');
  });
});

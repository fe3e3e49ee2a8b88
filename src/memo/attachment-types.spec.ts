import { detectAttachmentType, safeFileName } from './attachment-types';

describe('attachments', () => {
  it('accepts files whose bytes match their extension', () => {
    expect(detectAttachmentType('คำสั่ง.pdf', Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(
      detectAttachmentType('รูป.PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    ).toBe('image/png');
    expect(detectAttachmentType('a.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toMatch(
      /wordprocessingml/,
    );
  });

  it('refuses disguised and unknown files', () => {
    expect(detectAttachmentType('virus.pdf', Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(detectAttachmentType('script.html', Buffer.from('<html>'))).toBeNull();
    expect(detectAttachmentType('noext', Buffer.from('%PDF-'))).toBeNull();
  });

  it('strips directories and dangerous characters from names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('รายงาน<script>.pdf')).toBe('รายงานscript.pdf');
    expect(safeFileName('...')).toBe('attachment');
    expect(safeFileName(`${'ก'.repeat(300)}.pdf`)).toHaveLength(200);
  });
});

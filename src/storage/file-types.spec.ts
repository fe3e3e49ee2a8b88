import { contentDisposition, detectFileType, safeFileName } from './file-types';

describe('file types', () => {
  it('accepts files whose bytes are PDF, PNG, JPEG or the office format their extension names', () => {
    expect(detectFileType(Buffer.from('%PDF-1.7\n'), 'คำสั่ง.pdf')?.contentType).toBe(
      'application/pdf',
    );
    expect(
      detectFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'รูป.PNG')
        ?.extension,
    ).toBe('png');
    expect(detectFileType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]), 'a.docx')?.contentType).toMatch(
      /wordprocessingml/,
    );
    expect(
      detectFileType(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls')
        ?.inline,
    ).toBe(false);
  });

  it('refuses disguised and unknown files', () => {
    expect(detectFileType(Buffer.from('MZ\x90\x00'), 'virus.pdf')).toBeNull();
    expect(detectFileType(Buffer.from('<html>'), 'script.html')).toBeNull();
    expect(detectFileType(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 'archive.zip')).toBeNull();
  });

  it('strips directories and dangerous characters from names', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('..\\..\\windows\\win.ini')).toBe('win.ini');
    expect(safeFileName('รายงาน<script>.pdf')).toBe('รายงานscript.pdf');
    expect(safeFileName('...')).toBe('attachment');
    expect(safeFileName(`${'ก'.repeat(300)}.pdf`)).toHaveLength(200);
  });

  it('keeps Thai names in Content-Disposition without breaking the header', () => {
    expect(contentDisposition(false, 'รายงาน "ปี".pdf')).toBe(
      `attachment; filename="______ ____.pdf"; filename*=UTF-8''${encodeURIComponent('รายงาน "ปี".pdf')}`,
    );
  });
});

import { contentDisposition, detectFileType, FileType, storedFileName } from './file-types';

const PDF_BYTES = Buffer.from('%PDF-1.7\n');
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const typeOf = (bytes: Buffer, name = ''): FileType => {
  const type = detectFileType(bytes, name);
  if (!type) throw new Error('test bytes must be recognised');
  return type;
};
const PDF = typeOf(PDF_BYTES);
const PNG = typeOf(PNG_BYTES);

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
    expect(storedFileName('../../etc/passwd', PDF)).toBe('passwd.pdf');
    expect(storedFileName('..\\..\\windows\\win.ini', PDF)).toBe('win.pdf');
    expect(storedFileName('รายงาน<script>.pdf', PDF)).toBe('รายงานscript.pdf');
    expect(storedFileName('...', PDF)).toBe('attachment.pdf');
    expect(storedFileName('.htaccess', PDF)).toBe('attachment.pdf');
    expect(storedFileName(' รายงาน.pdf. . ', PDF)).toBe('รายงาน.pdf');
    expect(storedFileName('', PNG)).toBe('attachment.png');
    expect(storedFileName('a\u0000b\u001b[31m\u007f.pdf', PDF)).toBe('ab[31m.pdf');
    expect(storedFileName('a"\r\nX-Injected: 1.pdf', PDF)).toBe('aX-Injected 1.pdf');
    expect(storedFileName('สรุปผล\u00A0\u3000 ปี\u20282567.pdf', PDF)).toBe('สรุปผล ปี2567.pdf');
    const long = storedFileName(`${'ก'.repeat(300)}.pdf`, PDF);
    expect(long).toHaveLength(200);
    expect(long.endsWith('ก.pdf')).toBe(true);
    expect(storedFileName(`${'😀'.repeat(150)}.pdf`, PDF)).toBe(`${'😀'.repeat(98)}.pdf`);
  });

  it('removes bidi overrides and isolates, zero-width and other format characters', () => {
    // Shown as "reportath.pdf"; saved as an .hta (an HTML application) without the fix.
    expect(storedFileName('report\u202Efdp.hta', PDF)).toBe('reportfdp.pdf');
    expect(storedFileName('\u2066a\u2069\u202A\u202B\u202C\u202D.pdf', PDF)).toBe('a.pdf');
    expect(storedFileName('ใบ\u200Bสำ\u200Cคัญ\u200D\u200E\u200F\uFEFF\u2060\u00AD.pdf', PDF)).toBe(
      'ใบสำคัญ.pdf',
    );
    expect(storedFileName('x.pd\u200Bf', PDF)).toBe('x.pdf');
    expect(storedFileName('\uE000\uD800.pdf', PDF)).toBe('attachment.pdf');
  });

  it('gives the name the extension of the type its bytes are', () => {
    expect(storedFileName('สรุปผล.html', PDF)).toBe('สรุปผล.pdf');
    expect(storedFileName('x.svg', PNG)).toBe('x.png');
    expect(storedFileName('invoice.pdf.exe', PDF)).toBe('invoice.pdf.pdf');
    expect(storedFileName('รายงาน ฉบับที่ 2.2567', PDF)).toBe('รายงาน ฉบับที่ 2.2567.pdf');
    expect(storedFileName('ไม่มีนามสกุล', PNG)).toBe('ไม่มีนามสกุล.png');
    expect(storedFileName('รูป.PNG', PNG)).toBe('รูป.PNG');
    expect(storedFileName('photo.jpeg', typeOf(Buffer.from([0xff, 0xd8, 0xff])))).toBe(
      'photo.jpeg',
    );
    expect(storedFileName('photo.png', typeOf(Buffer.from([0xff, 0xd8, 0xff])))).toBe('photo.jpg');
    const docx = typeOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), 'แผน\u202E.docx');
    expect(storedFileName('แผน\u202E.docx', docx)).toBe('แผน.docx');
  });

  it('keeps Thai names whole', () => {
    const name = 'คำสั่งแต่งตั้งคณะกรรมการ ๑๒๐-๒๕๖๙ (ฉบับแก้ไข).pdf';
    expect(storedFileName(name, PDF)).toBe(name);
    // Decomposed input is composed (NFC), never folded (NFKC would rewrite ำ).
    expect(storedFileName('ทำ.pdf'.normalize('NFD'), PDF)).toBe('ทำ.pdf');
  });

  it('keeps Thai names in Content-Disposition without breaking the header', () => {
    expect(contentDisposition(false, 'รายงาน "ปี".pdf')).toBe(
      `attachment; filename="______ ____.pdf"; filename*=UTF-8''${encodeURIComponent('รายงาน "ปี".pdf')}`,
    );
  });
});

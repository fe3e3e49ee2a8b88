// หนังสือภายนอก (แบบที่ ๑) and structured issuances: a committee order, a schedule table.
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { missingInOrder, pdfFonts, pdfInfo, pdfText, pdfWords, squash } from './support/pdf-tools';
import { createRenderer } from './support/renderer';
import { committeeMembers, committeeOrder, letter } from './support/sample-documents';

jest.setTimeout(60_000);

describe('letters (หนังสือภายนอก) and structured issuances', () => {
  let renderer: DocumentRenderer;

  beforeAll(() => {
    renderer = createRenderer();
  });

  afterAll(() => renderer.onApplicationShutdown());

  it('prints a letter on แบบที่ ๑, in the regulation’s order, with every font embedded', async () => {
    const doc = letter();
    const pdf = await renderer.renderPdf(doc);
    const text = squash(pdfText(pdf, undefined, 'raw'));
    const order = [
      'ที่ ศธ ๐๔๓๐๕/๑๒๓',
      doc.officeName,
      'ถนนอภิบาลบัญชา',
      '๒ ธันวาคม ๒๕๖๙',
      `เรื่อง ${doc.subject}`,
      'เรียน ศึกษาธิการจังหวัดนครพนม',
      'อ้างถึง',
      'สิ่งที่ส่งมาด้วย รายงานผลการประเมิน',
      doc.paragraphs[0],
      'ขอแสดงความนับถือ',
      '(นายอนันต์ ศรีวงศ์)',
      'ปฏิบัติราชการแทน',
      'กลุ่มส่งเสริมการจัดการศึกษา',
      'โทร. ๐ ๔๒๕๑ ๑๐๐๔',
      'ไปรษณีย์อิเล็กทรอนิกส์ saraban@spm-nakhonphanom.example',
    ];
    expect(missingInOrder(text, order)).toEqual([]);
    const info = pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect([Math.round(info.widthPt), Math.round(info.heightPt)]).toEqual([595, 842]);
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
    expect(pdfText(pdf)).not.toMatch(/[0-9]/);
  });

  it('puts ที่ at the left and the address at the right of one band, the date from the middle', async () => {
    const pdf = await renderer.renderPdf(letter());
    const words = pdfWords(pdf);
    const first = (w: string) => words.find((x) => x.text.startsWith(w));
    const [number, office, date, signer] = ['ที่', 'สำนักงานเขต', '๒', '(นายอนันต์'].map(first);
    // Left margin 3 cm = 85 pt; the address starts right of the page's middle (297 pt).
    expect(number!.xMin).toBeLessThan(90);
    expect(office!.xMin).toBeGreaterThan(297);
    expect(Math.abs(office!.yMin - number!.yMin)).toBeLessThan(4);
    expect(date!.yMin).toBeGreaterThan(office!.yMax);
    expect(date!.xMin).toBeGreaterThan(297 - 5);
    expect(signer!.xMin).toBeGreaterThan(297);
  });

  it('prints a circular number and สำเนาส่ง', async () => {
    const pdf = await renderer.renderPdf(
      letter({ number: 'ศธ ๐๔๓๐๕/ว ๑๒', copyTo: ['ผู้อำนวยการโรงเรียนในสังกัด ทุกโรงเรียน'] }),
    );
    const text = squash(pdfText(pdf, undefined, 'raw'));
    expect(text).toContain(squash('ที่ ศธ ๐๔๓๐๕/ว ๑๒'));
    expect(text).toContain(squash('สำเนาส่ง ผู้อำนวยการโรงเรียนในสังกัด ทุกโรงเรียน'));
  });

  it('prints each member of a committee of 8 on one line, and "สั่ง ณ วันที่"', async () => {
    const members = committeeMembers(8);
    const pdf = await renderer.renderPdf(committeeOrder([members]));
    const lines = pdfText(pdf).split('\n');
    for (const [i, m] of members.entries()) {
      const line = lines.find((l) => l.includes(m.name));
      expect(line).toBeDefined();
      expect(line).toContain(`๑.${'๑๒๓๔๕๖๗๘'[i]}`);
      expect(line).toContain(m.position);
      expect(line).toContain(m.role);
    }
    const text = squash(pdfText(pdf, undefined, 'raw'));
    expect(text).toContain(squash('๑. คณะกรรมการอำนวยการ'));
    expect(text).toContain(squash('สั่ง ณ วันที่'));
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);
  });

  it('never splits a committee member across pages in a long order', async () => {
    const groups = [committeeMembers(20), committeeMembers(25, 3), committeeMembers(20, 5)];
    const pdf = await renderer.renderPdf(committeeOrder(groups));
    expect(pdfInfo(pdf).pages).toBeGreaterThan(1);
    const lines = pdfText(pdf).split('\n');
    const whole = (m: { name: string; position: string; role: string }) =>
      lines.some((l) => l.includes(m.name) && l.includes(m.position) && l.includes(m.role));
    expect(groups.flat().filter((m) => !whole(m))).toEqual([]);
  });

  it('prints clauses (ข้อ ๑, ๑.๑) and a schedule table with its header on every page', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [
      String(i + 1),
      `เผยแพร่ข้อมูลตามตัวชี้วัดที่ ${i + 1} บนเว็บไซต์ของหน่วยงาน`,
      '๑ – ๓๐ มิถุนายน ๒๕๖๙',
      'กลุ่มนโยบายและแผน',
    ]);
    const base = committeeOrder([]);
    const pdf = await renderer.renderPdf({
      ...base,
      kind: 'announcement',
      structure: {
        clauses: [{ text: 'ให้หน่วยงานดำเนินการตามปฏิทิน', items: ['เผยแพร่ข้อมูล', 'รายงานผล'] }],
        committees: [],
        schedule: { columns: ['ที่', 'กิจกรรม', 'ระยะเวลา', 'ผู้รับผิดชอบ'], rows },
        closingParagraphs: ['จึงประกาศให้ทราบโดยทั่วกัน'],
      },
    });
    const text = squash(pdfText(pdf, undefined, 'raw'));
    expect(text).toContain(squash('ข้อ ๑ ให้หน่วยงานดำเนินการตามปฏิทิน'));
    expect(text).toContain(squash('๑.๒ รายงานผล'));
    expect(text).toContain(squash('ประกาศ ณ วันที่'));
    const pages = pdfInfo(pdf).pages;
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) {
      const page = pdfText(pdf, p);
      if (/ตัวชี้วัดที่/.test(page)) expect(page).toMatch(/ผู้รับผิดชอบ/);
    }
    expect(text.match(/ตัวชี้วัดที่[๐-๙]+บนเว็บไซต์/g)).toHaveLength(rows.length);
  });
});

// The stamped copy of an incoming letter (issue 16): the receipt stamp (office, เลขรับ in Thai
// digits, date, time) on the first page of the letter's own PDF, every page otherwise as it came;
// a letter without a PDF gets a cover page with the stamp; off its path, 404.
import { PDFDocument, PageSizes } from 'pdf-lib';
import { toThaiDigits } from '../../src/common/thai/thai-format';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { letterBody, receiveLetter } from '../support/incoming';
import { bearer } from '../support/memos';
import { pdfInfo, pdfText, squash } from '../render/support/pdf-tools';

jest.setTimeout(120_000);

/** A two-page letter as senders make them: an A4 page, then a Letter-size page. */
async function twoPageLetter(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage(PageSizes.A4).drawText('Letter page one', { x: 72, y: 400 });
  doc.addPage(PageSizes.Letter).drawText('Letter page two', { x: 72, y: 400 });
  return Buffer.from(await doc.save());
}

const binary = (res: import('superagent').Response, done: (e: Error | null, b: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('the stamped copy of an incoming letter', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['registrar', 'officer']);
  });
  afterAll(() => t.close());

  const stamped = (token: string, id: number) =>
    t.http().get(`/api/incoming/${id}/stamped.pdf`).set(bearer(token)).buffer(true).parse(binary);

  it('stamps the first page of the letter and leaves its pages as they came', async () => {
    const original = await twoPageLetter();
    let req = t.http().post('/api/incoming').set(bearer(tokens.registrar));
    for (const [k, v] of Object.entries(letterBody())) req = req.field(k, String(v));
    const received = await req.attach('file', original, 'letter.pdf').expect(201);
    expect(received.body.receiveNumber).toBe('๑');

    const res = await stamped(tokens.registrar, received.body.id).expect(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdfInfo(pdf).pages).toBe(2);
    const sizes = async (bytes: Buffer) =>
      (await PDFDocument.load(bytes)).getPages().map((p) => [p.getWidth(), p.getHeight()]);
    expect(await sizes(pdf)).toEqual(await sizes(original));

    const first = squash(pdfText(pdf, 1));
    expect(first).toContain(toThaiDigits(`สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ${office.prefix}`));
    expect(first).toContain('เลขรับ๑');
    expect(first).toMatch(/วันที่[๐-๙]{1,2}[ก-ฮ.]+[๒][๕][๖-๙][๐-๙]/);
    expect(first).toMatch(/เวลา[๐-๙]{2}\.[๐-๙]{2}น\./);
    expect(first).toContain('Letterpageone');
    expect(squash(pdfText(pdf, 2))).toBe('Letterpagetwo');
  });

  it('stamps a cover page for a letter that came without a PDF, and hides it off its path', async () => {
    const letter = await receiveLetter(t, tokens.registrar, { subject: 'หนังสือกระดาษไม่มีไฟล์' });
    const pdf = (await stamped(tokens.registrar, letter.id).expect(200)).body as Buffer;
    expect(pdfInfo(pdf).pages).toBe(1);
    const text = squash(pdfText(pdf));
    expect(text).toContain('ใบรับหนังสือ');
    expect(text).toContain(`เลขรับ${letter.receiveNumber}`);
    expect(text).toContain('หนังสือกระดาษไม่มีไฟล์');
    await stamped(tokens.officer, letter.id).expect(404);
  });
});

// The receipt stamp (ตรารับ) of issue 16: printed by the real Chromium, overlaid on the letter's
// first page with pdf-lib, read back as a reader would with poppler (pdftotext, pdfinfo, pdftoppm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { degrees, PDFArray, PDFDocument, PDFName, PDFRawStream, StandardFonts } from 'pdf-lib';
import { AppConfigModule } from '../../src/config/config.module';
import { HealthModule } from '../../src/health/health.module';
import { ReceiptStampModule } from '../../src/incoming/stamp/receipt-stamp.module';
import { ReceiptStamper, type ReceiptStampInput } from '../../src/incoming/stamp/receipt-stamper';
import { COVER_NOTES } from '../../src/incoming/stamp/receipt-view';
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { pdfText, squash } from './support/pdf-tools';
import { createRenderer } from './support/renderer';
import { memo } from './support/sample-documents';

jest.setTimeout(60_000);

const MM = 72 / 25.4;
const A4: [number, number] = [595.28, 841.89];
const LETTER: [number, number] = [612, 792];
// 5.5 cm × 2.5 cm, 8 mm from the top and right edges of the page as displayed.
const STAMP = { width: 55 * MM, height: 25 * MM, margin: 8 * MM };

const OFFICE = 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากรุงเทพมหานคร เขต ๑';
const INPUT: ReceiptStampInput = {
  officeName: OFFICE,
  receiveNumber: '๑๒',
  receivedAt: new Date('2026-12-02T07:30:00Z'), // 14:30 in Bangkok
};
const STAMP_LINES = ['เลขรับ ๑๒', 'วันที่ ๒ ธ.ค. ๒๕๖๙', 'เวลา ๑๔.๓๐ น.'];

/** A page's text in drawing order, runs of spaces as one. */
const textOf = (pdf: Buffer, page: number): string =>
  pdfText(pdf, page, 'raw').replace(/[^\S\n]+/g, ' ');

/** Runs poppler tools on the PDF in a scratch folder. */
function withFile<T>(pdf: Buffer, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'saraban-stamp-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    return use(join(dir, 'doc.pdf'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (cmd: string, args: string[]): Buffer => execFileSync(cmd, args, { timeout: 20_000 });

/** pdfinfo's size and rotation of every page. */
function pagesOf(pdf: Buffer): { size: string; rot: number }[] {
  const out = withFile(pdf, (file) => run('pdfinfo', ['-f', '1', '-l', '99', file]).toString());
  const rots = [...out.matchAll(/^Page\s+\d+ rot:\s+(\d+)/gm)].map((m) => Number(m[1]));
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/gm)].map((m, i) => ({
    size: m[1],
    rot: rots[i],
  }));
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Page 1 as a viewer shows it (its crop box, turned by /Rotate) at 72 dpi, so pixels are points:
 * its size, the box of the stamp's blue ink, and every word with its box.
 */
function shownPage(pdf: Buffer): {
  width: number;
  height: number;
  ink: Rect;
  words: (Rect & { text: string })[];
} {
  return withFile(pdf, (file, dir) => {
    const page = ['-f', '1', '-l', '1', '-cropbox'];
    run('pdftoppm', [...page, '-r', '72', '-singlefile', file, join(dir, 'page')]);
    const image = readFileSync(join(dir, 'page.ppm'));
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write an 8-bit colour image');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const ink = inkBox(image.subarray(header[0].length), width, height);
    const xhtml = run('pdftotext', [...page, '-bbox', file, '-']).toString();
    const words = [...xhtml.matchAll(WORD)].map((m) => ({
      text: m[5],
      left: Number(m[1]),
      top: Number(m[2]),
      right: Number(m[3]),
      bottom: Number(m[4]),
    }));
    return { width, height, ink, words };
  });
}
const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g;

/** Each page's content streams (raw bytes, hex) and its resources as pdf-lib reads them. */
async function pageParts(pdf: Buffer): Promise<{ streams: string[]; resources: string }[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : [page.node.get(CONTENTS)];
    const streams = refs.map((ref) => {
      const stream = doc.context.lookup(ref);
      return stream instanceof PDFRawStream ? Buffer.from(stream.contents).toString('hex') : '';
    });
    return { streams, resources: String(page.node.Resources()) };
  });
}
const CONTENTS = PDFName.of('Contents');

/** Three A4 pages inheriting their size and font from the page tree, as many generators write. */
async function threePageLetter(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const tree = doc.catalog.Pages();
  tree.set(PDFName.of('MediaBox'), doc.context.obj([0, 0, ...A4]));
  tree.set(PDFName.of('Resources'), doc.context.obj({ Font: { F1: font.ref } }));
  for (const text of ['Page one of the letter', 'Page two of the letter', 'Page three']) {
    const page = doc.addPage(A4).node;
    page.delete(PDFName.of('MediaBox'));
    page.delete(PDFName.of('Resources'));
    const content = doc.context.stream(`BT /F1 14 Tf 72 700 Td (${text}) Tj ET`);
    page.set(CONTENTS, doc.context.register(content));
  }
  return Buffer.from(await doc.save());
}

async function letterPdf(
  size: [number, number],
  pages: number,
  page1: { rotate?: number; cropBox?: [number, number, number, number] } = {},
): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage(size);
    page.drawText(`Letter page ${n}`, { x: 100, y: size[1] / 2, size: 14, font });
  }
  const first = doc.getPage(0);
  if (page1.rotate) first.setRotation(degrees(page1.rotate));
  if (page1.cropBox) first.setCropBox(...page1.cropBox);
  return Buffer.from(await doc.save());
}

/** A PDF that says it is encrypted, as a letter protected by its sender would. */
async function encryptedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage(A4);
  doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, P: -44 });
  return Buffer.from(await doc.save());
}

/** The box of the stamp's blue ink in an RGB image. */
function inkBox(pixels: Buffer, width: number, height: number): Rect {
  const box = { left: Infinity, top: Infinity, right: -1, bottom: -1 };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
      if (b - r < 50 || b - g < 30) continue;
      box.left = Math.min(box.left, x);
      box.top = Math.min(box.top, y);
      box.right = Math.max(box.right, x + 1);
      box.bottom = Math.max(box.bottom, y + 1);
    }
  }
  return box;
}

/** The stamp sits 8 mm from the top and right of page 1 as displayed, its text upright inside. */
function expectStampTopRight(pdf: Buffer): void {
  const { width, ink, words } = shownPage(pdf);
  const near = (actual: number, expected: number) =>
    expect(Math.abs(actual - expected)).toBeLessThan(3);
  near(ink.right, width - STAMP.margin);
  near(ink.top, STAMP.margin);
  near(ink.right - ink.left, STAMP.width);
  near(ink.bottom - ink.top, STAMP.height);
  const inside = words.filter(
    (w) =>
      w.left > ink.left && w.right < ink.right && w.top > ink.top - 1 && w.bottom < ink.bottom + 1,
  );
  const found = new Map(inside.map((w) => [w.text, w]));
  for (const word of ['เลขรับ', '๑๒', 'วันที่', '๒๕๖๙', 'เวลา']) expect(found.get(word)).toBeDefined();
  const year = found.get('๒๕๖๙');
  expect(year && year.right - year.left).toBeGreaterThan(year ? year.bottom - year.top : 0);
}

const expectStampText = (pdf: Buffer): void => {
  const text = textOf(pdf, 1);
  for (const line of STAMP_LINES) expect(text).toContain(line);
  expect(squash(text)).toContain(squash(OFFICE));
};

describe('receipt stamp (ตรารับ)', () => {
  let renderer: DocumentRenderer;
  let stamper: ReceiptStamper;

  beforeAll(() => {
    renderer = createRenderer();
    stamper = new ReceiptStamper(renderer);
  });

  afterAll(() => renderer.onApplicationShutdown());

  it('stamps the first page of a 3-page A4 letter and leaves every other page as it was', async () => {
    const original = await threePageLetter();
    const stamped = await stamper.stamp(original, INPUT);

    expect(pagesOf(stamped)).toEqual(pagesOf(original));
    expect(pagesOf(stamped)).toHaveLength(3);
    expectStampText(stamped);
    expect(textOf(stamped, 1)).toContain('Page one of the letter');
    for (const page of [2, 3]) {
      expect(textOf(stamped, page)).toBe(textOf(original, page));
      expect(textOf(stamped, page)).not.toContain('เลขรับ');
    }
    // Byte for byte: pages 2-3 whole, and page 1's own content under the stamp.
    const [before, after] = [await pageParts(original), await pageParts(stamped)];
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0].streams).toEqual(expect.arrayContaining(before[0].streams));
    expect(after[0].resources).not.toBe(before[0].resources); // the stamp's XObject, page 1 only
    expectStampTopRight(stamped);
  });

  it('stamps Letter-size and landscape pages at their own top right', async () => {
    for (const size of [LETTER, [A4[1], A4[0]] as [number, number]]) {
      const original = await letterPdf(size, 2);
      const stamped = await stamper.stamp(original, INPUT);
      expect(pagesOf(stamped)).toEqual(pagesOf(original));
      expectStampText(stamped);
      expect(textOf(stamped, 2)).toBe(textOf(original, 2));
      expectStampTopRight(stamped);
    }
  });

  it('cuts a very long office name to two lines, never the number, date or time', async () => {
    const longName = `กลุ่มส่งเสริมการจัดการศึกษา ${OFFICE} กระทรวงศึกษาธิการ ประเทศไทย`;
    const stamped = await stamper.stamp(await letterPdf(A4, 1), {
      ...INPUT,
      officeName: longName,
    });
    const text = textOf(stamped, 1);
    for (const line of STAMP_LINES) expect(text).toContain(line);
    expect(squash(text)).toContain(squash('กลุ่มส่งเสริมการจัดการศึกษา สำนักงานเขต'));
    expect(squash(text)).not.toContain(squash('ประเทศไทย'));
    expectStampTopRight(stamped);
  });

  it('stamps a page turned 90° with an offset crop box upright at its displayed top right', async () => {
    const original = await letterPdf(A4, 1, { rotate: 90, cropBox: [30, 40, 500, 760] });
    const stamped = await stamper.stamp(original, INPUT);
    expect(pagesOf(stamped)).toEqual(pagesOf(original));
    expect(pagesOf(stamped)[0].rot).toBe(90);
    expectStampText(stamped);
    expectStampTopRight(stamped); // also: ๒๕๖๙ runs left to right
  });

  it('keeps a Chromium-printed memo whole under the stamp', async () => {
    const original = await renderer.renderPdf(memo());
    const stamped = await stamper.stamp(original, INPUT);
    expect(pagesOf(stamped)).toEqual(pagesOf(original));
    expect(squash(textOf(stamped, 1))).toContain(squash(textOf(original, 1)));
    expectStampText(stamped);
    expectStampTopRight(stamped);
  });

  it('prints an A4 cover page with the stamp when the letter has no PDF', async () => {
    const cover = await stamper.stamp(null, {
      ...INPUT,
      fromAgency: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน',
      theirNumber: 'ศธ 04006/ว1234',
      theirDate: new Date('2026-11-28T03:00:00Z'),
      subject: 'ขอเชิญประชุม <b>ผู้บริหาร</b> & ครู',
    });
    const pages = pagesOf(cover);
    expect(pages).toHaveLength(1);
    const [width, height] = pages[0].size.split(' x ').map(Number);
    expect(Math.abs(width - A4[0])).toBeLessThan(1);
    expect(Math.abs(height - A4[1])).toBeLessThan(1);
    const text = textOf(cover, 1);
    expect(text).toContain('ใบรับหนังสือ');
    expect(text).toContain('จาก สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน');
    expect(text).toContain('ที่ ศธ ๐๔๐๐๖/ว๑๒๓๔');
    expect(text).toContain('ลงวันที่ ๒๘ พฤศจิกายน ๒๕๖๙');
    expect(text).toContain('เรื่อง ขอเชิญประชุม <b>ผู้บริหาร</b> & ครู'); // escaped, printed as typed
    expect(squash(text)).toContain(squash(COVER_NOTES['no-pdf']));
    expectStampText(cover);
    expectStampTopRight(cover);
  });

  it('stamps a cover page saying so, rather than failing, for a broken or encrypted PDF', async () => {
    const broken = {
      garbage: Buffer.from('these bytes are not a PDF at all'),
      'header only': Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'),
      truncated: (await threePageLetter()).subarray(0, 300),
      encrypted: await encryptedPdf(),
    };
    for (const [name, bytes] of Object.entries(broken)) {
      const cover = await stamper.stamp(bytes, INPUT);
      expect({ name, pages: pagesOf(cover).length }).toEqual({ name, pages: 1 });
      expect(squash(textOf(cover, 1))).toContain(squash(COVER_NOTES['unreadable-pdf']));
      expectStampText(cover);
    }
  });
});

describe('ReceiptStampModule', () => {
  it('provides ReceiptStamper on the application’s renderer, without starting Chromium', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AppConfigModule, HealthModule, ReceiptStampModule],
    }).compile();
    const app = await moduleRef.init();
    expect(app.get(ReceiptStamper)).toBeInstanceOf(ReceiptStamper);
    await app.close();
  });
});

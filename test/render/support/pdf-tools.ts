// Poppler's command-line tools on a PDF buffer: what a reader (or a search index) gets.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(pdf: Buffer, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'saraban-pdf-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  try {
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });

/**
 * Text of the whole document, or of one page (1-based): 'layout' keeps the physical layout
 * (columns side by side), 'reading' follows columns, 'raw' keeps drawing order.
 */
export function pdfText(
  pdf: Buffer,
  page?: number,
  mode: 'layout' | 'reading' | 'raw' = 'layout',
): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const flags = { layout: ['-layout'], reading: [], raw: ['-raw'] }[mode];
  return withFile(pdf, (file) => run('pdftotext', [...flags, ...range, file, '-']));
}

/** Thai has no spaces between words and lines wrap anywhere: compare text without spaces. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/**
 * The needles that the squashed text does not hold in this order (each looked for after the
 * one before): [] when all are there, in order.
 */
export function missingInOrder(text: string, needles: readonly string[]): string[] {
  let from = 0;
  return needles.filter((n) => {
    const at = text.indexOf(squash(n), from);
    if (at >= 0) from = at + squash(n).length;
    return at < 0;
  });
}

export interface PdfWord {
  /** 1-based. */
  page: number;
  text: string;
  /** Points from the page's top-left corner. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const unescapeXml = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => XML_ENTITIES[name]);
const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/** Every word with its box (pdftotext -bbox): where the text landed on the paper. */
export function pdfWords(pdf: Buffer): PdfWord[] {
  const xhtml = withFile(pdf, (file) => run('pdftotext', ['-bbox', file, '-']));
  return xhtml.split('<page ').flatMap((pageXml, i) =>
    [
      ...pageXml.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g,
      ),
    ].map((m) => ({
      page: i,
      text: unescapeXml(m[5]),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    })),
  );
}

export interface PdfInfo {
  pages: number;
  title: string;
  widthPt: number;
  heightPt: number;
  tagged: boolean;
}

export function pdfInfo(pdf: Buffer): PdfInfo {
  const out = withFile(pdf, (file) => run('pdfinfo', [file]));
  const field = (name: string): string =>
    new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(out)?.[1] ?? '';
  const size = /([\d.]+) x ([\d.]+) pts/.exec(field('Page size'));
  return {
    pages: Number(field('Pages')),
    title: field('Title'),
    widthPt: Number(size?.[1]),
    heightPt: Number(size?.[2]),
    tagged: field('Tagged') === 'yes',
  };
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export function pdfFonts(pdf: Buffer): PdfFont[] {
  const lines = withFile(pdf, (file) => run('pdffonts', [file]))
    .trim()
    .split('\n')
    .slice(2);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object id, generation
    const cols = line.trim().split(/\s+/);
    return { name: cols[0], embedded: cols[cols.length - 5] === 'yes' };
  });
}

export interface PageImage {
  width: number;
  height: number;
  /** 1 (grey) or 3 (RGB) bytes per pixel, row by row. */
  channels: 1 | 3;
  pixels: Buffer;
}

/** One page as an 8-bit image (pdftoppm: PGM for grey, PPM for colour). */
export function pageImage(pdf: Buffer, page: number, dpi: number, colour = false): PageImage {
  return withFile(pdf, (file, dir) => {
    const base = join(dir, 'page');
    const range = ['-f', String(page), '-l', String(page), '-singlefile'];
    run(
      'pdftoppm',
      [colour ? '' : '-gray', '-r', String(dpi), ...range, file, base].filter(Boolean),
    );
    const image = readFileSync(`${base}.${colour ? 'ppm' : 'pgm'}`);
    const header = /^P[56]\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write an 8-bit image');
    const [, width, height] = header.map(Number);
    return { width, height, channels: colour ? 3 : 1, pixels: image.subarray(header[0].length) };
  });
}

/** Pixels of a clearly red ink (the urgency and secrecy stamps) within rows [from, to). */
export function redPixels(image: PageImage, fromRow: number, toRow: number): number {
  if (image.channels !== 3) throw new Error('redPixels needs a colour image');
  let count = 0;
  for (let i = fromRow * image.width * 3; i < toRow * image.width * 3; i += 3) {
    const [r, g, b] = [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]];
    if (r > 170 && g < 90 && b < 90) count++;
  }
  return count;
}

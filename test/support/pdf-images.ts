// The raster images a PDF embeds, as `pdfimages -list` (poppler-utils) reports them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';

/** "width x height" of each image in the PDF, e.g. "360x340". */
export function embeddedImages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-images-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    const list = execFileSync('pdfimages', ['-list', join(dir, 'doc.pdf')], { encoding: 'utf8' });
    return list
      .split('\n')
      .slice(2) // the header and its rule
      .filter((line) => line.trim())
      .map((line) => {
        const cols = line.trim().split(/\s+/);
        return `${cols[3]}x${cols[4]}`;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A supertest parser that keeps any body as bytes (images, SVG, PDF). */
export function binary(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

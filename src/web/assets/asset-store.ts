import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { projectRoot } from '../../rendering/rendering-paths';

export interface Asset {
  bytes: Buffer;
  contentType: string;
  /** Short content hash: `?v=<hash>` URLs may be cached for good. */
  version: string;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The screen font: Sarabun from @fontsource, Thai and Latin subsets, regular and bold. */
const FONT_FILES = ['thai', 'latin'].flatMap((subset) =>
  [400, 700].map((weight) => `sarabun-${subset}-${weight}-normal.woff2`),
);

const load = (file: string): Asset => {
  const bytes = readFileSync(file);
  return {
    bytes,
    contentType: TYPES[extname(file)] ?? 'application/octet-stream',
    version: createHash('sha256').update(bytes).digest('hex').slice(0, 12),
  };
};

/**
 * The web interface's static files, read once at start: `public/` (stylesheet, script, icon)
 * and the Sarabun font files. Only these names are ever served.
 */
@Injectable()
export class AssetStore {
  private readonly files = new Map<string, Asset>();
  private readonly fonts = new Map<string, Asset>();

  constructor() {
    const publicDir = join(projectRoot(), 'public');
    for (const name of readdirSync(publicDir)) {
      if (TYPES[extname(name)]) this.files.set(name, load(join(publicDir, name)));
    }
    const fontDir = join(dirname(require.resolve('@fontsource/sarabun/package.json')), 'files');
    for (const name of FONT_FILES) this.fonts.set(name, load(join(fontDir, name)));
  }

  file(name: string): Asset | undefined {
    return this.files.get(name);
  }

  font(name: string): Asset | undefined {
    return this.fonts.get(name);
  }

  /** `/assets/app.css?v=…`: the URL pages link, changing whenever the file does. */
  url(name: string): string {
    const asset = this.files.get(name);
    return asset ? `/assets/${name}?v=${asset.version}` : `/assets/${name}`;
  }
}

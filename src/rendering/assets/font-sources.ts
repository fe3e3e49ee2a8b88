// Where the official typeface comes from (THAI-DOCS.md "Layout in practice"). TH Sarabun New is
// packaged neither in Debian nor in npm, so the renderer uses a same-design or close font scaled
// with CSS `size-adjust` so that "16pt" sets text as wide as TH Sarabun New 16 pt.
import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

export type FontFormat = 'truetype' | 'opentype' | 'woff' | 'woff2';

export interface FontFaceFile {
  weight: 400 | 700;
  /** Absolute path of the font file. */
  file: string;
  format: FontFormat;
  /** CSS unicode-range, for sources split into subsets. */
  unicodeRange?: string;
}

export interface FontSource {
  /** For logs and the health probe: what typeface is printed and where it came from. */
  label: string;
  /** CSS size-adjust, in percent, that brings the design to TH Sarabun New's size. */
  sizeAdjustPercent: number;
  faces: FontFaceFile[];
  /** CSS font-feature-settings the design needs, if any. */
  featureSettings?: string;
}

/** Debian's fonts-tlwg-laksaman-ttf: TH SarabunPSK's design drawn 1.5× larger. */
export const LAKSAMAN_DIR = '/usr/share/fonts/truetype/tlwg';
// Both factors measured against TH SarabunPSK's advance widths over the sample memos' text
// (test/render/font-metrics.spec.ts): Laksaman within 0.1 %, Sarabun within 1.5 % per line.
export const LAKSAMAN_SIZE_ADJUST = 66.6;
/** @fontsource/sarabun (OFL): a redesign of TH Sarabun with ordinary Latin proportions. */
export const SARABUN_SIZE_ADJUST = 66.2;

const FORMATS: Record<string, FontFormat> = {
  '.ttf': 'truetype',
  '.otf': 'opentype',
  '.woff': 'woff',
  '.woff2': 'woff2',
};

export function fontFormatOf(file: string): FontFormat {
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) throw new Error(`Unsupported font file ${file}: use .ttf, .otf, .woff or .woff2`);
  return format;
}

export function laksamanSource(dir: string = LAKSAMAN_DIR): FontSource | undefined {
  const regular = join(dir, 'Laksaman.ttf');
  const bold = join(dir, 'Laksaman-Bold.ttf');
  if (!existsSync(regular) || !existsSync(bold)) return undefined;
  return {
    label: 'Laksaman (fonts-tlwg-laksaman-ttf)',
    sizeAdjustPercent: LAKSAMAN_SIZE_ADJUST,
    // Laksaman places Thai marks by glyph substitution already; its extra GPOS mark offsets
    // make PDF text extractors split words after ป/ฝ/ฟ ("ประจำปี งบประมาณ").
    featureSettings: "'mark' 0, 'mkmk' 0",
    faces: [
      { weight: 400, file: regular, format: 'truetype' },
      { weight: 700, file: bold, format: 'truetype' },
    ],
  };
}

// The subsets Saraban prints: Thai (letters and digits) and basic Latin (spaces, punctuation).
const SARABUN_SUBSETS = [
  { name: 'thai', range: 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC' },
  {
    name: 'latin',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
] as const;

export function fontsourceSarabunSource(): FontSource | undefined {
  let dir: string;
  try {
    dir = join(dirname(require.resolve('@fontsource/sarabun/package.json')), 'files');
  } catch {
    return undefined;
  }
  const faces = SARABUN_SUBSETS.flatMap(({ name, range }) =>
    ([400, 700] as const).map((weight) => ({
      weight,
      file: join(dir, `sarabun-${name}-${weight}-normal.woff2`),
      format: 'woff2' as const,
      unicodeRange: range,
    })),
  );
  if (!faces.every((f) => existsSync(f.file))) return undefined;
  return { label: 'Sarabun (@fontsource/sarabun)', sizeAdjustPercent: SARABUN_SIZE_ADJUST, faces };
}

/** The office's own file (OFFICIAL_FONT_FILE), e.g. THSarabunNew.ttf; bold is synthesised. */
export function officialFontSource(file: string, sizeAdjustPercent: number): FontSource {
  if (!existsSync(file)) throw new Error(`OFFICIAL_FONT_FILE ${file} does not exist`);
  return {
    label: `${file} (OFFICIAL_FONT_FILE)`,
    sizeAdjustPercent,
    faces: [{ weight: 400, file, format: fontFormatOf(file) }],
  };
}

/** OFFICIAL_FONT_FILE, else Laksaman when the Debian package is installed, else the npm font. */
export function resolveFontSource(official?: {
  file: string;
  sizeAdjustPercent: number;
}): FontSource {
  if (official) return officialFontSource(official.file, official.sizeAdjustPercent);
  const found = laksamanSource() ?? fontsourceSarabunSource();
  if (!found) {
    throw new Error(
      'No Thai font for documents: run `npm install` (@fontsource/sarabun), install ' +
        'fonts-tlwg-laksaman-ttf, or set OFFICIAL_FONT_FILE',
    );
  }
  return found;
}

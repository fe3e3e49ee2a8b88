// The only things a document page may load: fonts and the emblem, served from memory through
// request interception at an origin that never resolves (RENDERING.md #3).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { EmblemImage } from './emblem-image';
import type { FontSource } from './font-sources';

export const ASSET_ORIGIN = 'https://render.saraban.invalid';
export const FONT_FAMILY = 'Saraban Official';
export const PAGE_NUMBER_FAMILY = 'Saraban Page Number';

export interface Asset {
  body: Buffer;
  contentType: string;
}

/**
 * Assets of one render only, keyed by their full URL, served beside the store's while that
 * document prints: an office's own emblem (issue 21, R3).
 */
export type RenderAssets = ReadonlyMap<string, Asset>;

const OFFICE_EMBLEM = `${ASSET_ORIGIN}/emblem/`;

/** Content-addressed, so a page's image cache can never show another office's emblem. */
export const officeEmblemUrl = (sha256: string): string => `${OFFICE_EMBLEM}${sha256}`;

/** The one asset a render of an office's document adds: its emblem. */
export const emblemAssets = (emblem: EmblemImage): RenderAssets =>
  new Map([
    [officeEmblemUrl(emblem.sha256), { body: emblem.body, contentType: emblem.contentType }],
  ]);

/** Whether a URL may name a render's own asset (a worker checks what the queue hands it). */
export const isRenderAssetUrl = (url: string): boolean =>
  url.startsWith(OFFICE_EMBLEM) && /^[0-9a-f]{64}$/.test(url.slice(OFFICE_EMBLEM.length));

const IMAGE_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

const FONT_TYPES: Record<string, string> = {
  truetype: 'font/ttf',
  opentype: 'font/otf',
  woff: 'font/woff',
  woff2: 'font/woff2',
};

export function imageContentType(file: string): string {
  const type = IMAGE_TYPES[extname(file).toLowerCase()];
  if (!type) throw new Error(`Unsupported emblem image ${file}: use .svg, .png or .jpg`);
  return type;
}

/** Fonts and the server's default emblem read once at start-up, keyed by their full URL. */
export class AssetStore {
  private readonly assets = new Map<string, Asset>();
  readonly fontFaceCss: string;
  readonly emblemUrl: string;

  constructor(
    readonly font: FontSource,
    emblemFile: string,
  ) {
    const faces = font.faces.map((face, i) => {
      const url = this.add(`/fonts/${i}`, readFileSync(face.file), FONT_TYPES[face.format]);
      return fontFaceRule(url, face.format, face.weight, font.sizeAdjustPercent, face.unicodeRange);
    });
    faces.push(...this.pageNumberFaces(font));
    const features = font.featureSettings
      ? [`html { font-feature-settings: ${font.featureSettings}; }`]
      : [];
    this.fontFaceCss = [...faces, ...features].join('\n');
    this.emblemUrl = this.add('/emblem', readFileSync(emblemFile), imageContentType(emblemFile));
  }

  /**
   * PAGE_NUMBER_FAMILY: the regular face for digits, '-' and space only, at 16 pt's size inside
   * a 20 pt bold box, and for every weight (no synthetic bold). Later pages of a secret document
   * print "ลับมาก" and "- ๒ -" in one margin box: the mark 20 pt bold, the number as on any
   * page (issue 21, N5).
   */
  private pageNumberFaces(font: FontSource): string[] {
    const regular = font.faces.find((f) => f.weight === 400) ?? font.faces[0];
    const url = `${ASSET_ORIGIN}/fonts/${font.faces.indexOf(regular)}`;
    const sizeAdjust = (font.sizeAdjustPercent * 16) / 20;
    return [
      `@font-face { font-family: '${PAGE_NUMBER_FAMILY}'; src: url('${url}') format('${regular.format}');` +
        ` font-weight: 100 900; font-style: normal; font-display: block;` +
        ` size-adjust: ${sizeAdjust}%; unicode-range: U+0020, U+002D, U+0030-0039, U+0E50-0E59; }`,
    ];
  }

  get(url: string): Asset | undefined {
    return this.assets.get(url);
  }

  private add(path: string, body: Buffer, contentType: string): string {
    const url = `${ASSET_ORIGIN}${path}`;
    this.assets.set(url, { body, contentType });
    return url;
  }
}

function fontFaceRule(
  url: string,
  format: string,
  weight: number,
  sizeAdjust: number,
  unicodeRange?: string,
): string {
  const range = unicodeRange ? ` unicode-range: ${unicodeRange};` : '';
  return (
    `@font-face { font-family: '${FONT_FAMILY}'; src: url('${url}') format('${format}');` +
    ` font-weight: ${weight}; font-style: normal; font-display: block;` +
    ` size-adjust: ${sizeAdjust}%;${range} }`
  );
}

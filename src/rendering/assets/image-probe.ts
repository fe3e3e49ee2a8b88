// The type and pixel size of an uploaded image, read from its bytes: the PNG IHDR chunk, the
// JPEG SOF segment, the SVG root's viewBox or width/height. A few header reads instead of a
// decoding library; the renderer's Chromium decodes the image itself.

export type ImageType = 'image/png' | 'image/jpeg' | 'image/svg+xml';

export interface ImageProbe {
  contentType: ImageType;
  /** Pixels for PNG and JPEG; user units of the viewBox (or width/height) for SVG. */
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What the bytes are and how big, or null when they are no complete PNG, JPEG or SVG. */
export function probeImage(bytes: Buffer): ImageProbe | null {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return probePng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return probeJpeg(bytes);
  const svg = svgText(bytes);
  return svg === null ? null : probeSvg(svg);
}

/** IHDR comes first; IEND last, so a truncated upload is refused rather than printed blank. */
function probePng(bytes: Buffer): ImageProbe | null {
  if (bytes.length < 45 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  if (bytes.toString('latin1', bytes.length - 8, bytes.length - 4) !== 'IEND') return null;
  return {
    contentType: 'image/png',
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

/** SOF0–SOF15 carry the frame size; DHT (C4), JPG (C8) and DAC (CC) share the range. */
const isFrameMarker = (m: number): boolean =>
  m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function probeJpeg(bytes: Buffer): ImageProbe | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    // Scan data before any frame header: not an image we can size.
    if (marker === 0xda || marker === 0xd9) return null;
    const length = bytes.readUInt16BE(at + 2);
    if (isFrameMarker(marker)) {
      // Ends with EOI somewhere after the header (some cameras append bytes after it).
      if (bytes.lastIndexOf(Buffer.from([0xff, 0xd9])) < at) return null;
      return {
        contentType: 'image/jpeg',
        height: bytes.readUInt16BE(at + 5),
        width: bytes.readUInt16BE(at + 7),
      };
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

/** UTF-8 markup with an <svg> element; what else it holds is svgProblem()'s to judge. */
function svgText(bytes: Buffer): string | null {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  // Not UTF-8, or binary: a file of some other kind.
  if (text.includes('\uFFFD') || text.includes('\u0000')) return null;
  return /^\s*</.test(text) && /<svg[\s>]/.test(text) ? text : null;
}

/** The root element's attributes (name → value). */
export function svgRootAttributes(svg: string): Map<string, string> {
  const root = /<svg\b([^>]*)>/.exec(svg)?.[1] ?? '';
  const attributes = new Map<string, string>();
  for (const [, name, , value] of root.matchAll(/([\w:.-]+)\s*=\s*(["'])([\s\S]*?)\2/g)) {
    attributes.set(name, value);
  }
  return attributes;
}

/** An absolute length ("300", "300px", "3cm"); percentages and bad values are unknown (NaN). */
function svgLength(value: string | undefined): number {
  const match = /^\s*([\d.]+(?:e[+-]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$/i.exec(value ?? '');
  return match ? Number(match[1]) : Number.NaN;
}

/** The viewBox's proportions win (it is what is drawn), else width and height. */
function probeSvg(svg: string): ImageProbe {
  const attributes = svgRootAttributes(svg);
  const box = (attributes.get('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [width, height] =
    box.length === 4 && box.every(Number.isFinite)
      ? [box[2], box[3]]
      : [svgLength(attributes.get('width')), svgLength(attributes.get('height'))];
  return { contentType: 'image/svg+xml', width, height };
}

// The office's own Garuda (ตราครุฑ), as its administrator uploads it (issue 21, R3): checked by
// its bytes, never by its name, and by its proportions, since the form prints it in a square
// box (1.5 cm on a memo, 3 cm on a ประกาศ or คำสั่ง).
import { DomainError } from '../../common/errors/domain-error';
import { probeImage, type ImageType } from './image-probe';
import { svgProblem } from './svg-safety';

/** An emblem the renderer prints in place of the server's default, named by its SHA-256. */
export interface EmblemImage {
  sha256: string;
  contentType: ImageType;
  body: Buffer;
}

export const EMBLEM_RULES = {
  /** width / height: the Garuda is about as wide as it is tall. */
  minAspect: 0.8,
  maxAspect: 1.25,
  /** 300 px over 3 cm is about 250 dpi: sharp on an office printer. */
  minPixels: 300,
  /** Bounds what every render carries and what Chromium decodes. */
  maxPixels: 4000,
  maxBytes: 2 * 1024 * 1024,
} as const;

/**
 * The image's content type when it may be printed as the office's emblem; otherwise a 400
 * DomainError: EMBLEM_NOT_IMAGE, EMBLEM_UNSAFE_SVG, EMBLEM_PROPORTIONS, EMBLEM_TOO_SMALL or
 * EMBLEM_TOO_LARGE, with what was measured in its details.
 */
export function checkEmblem(bytes: Buffer): ImageType {
  if (bytes.length > EMBLEM_RULES.maxBytes) {
    throw new DomainError('EMBLEM_TOO_LARGE', { bytes: bytes.length });
  }
  const image = probeImage(bytes);
  if (!image) throw new DomainError('EMBLEM_NOT_IMAGE');
  if (image.contentType === 'image/svg+xml') {
    const problem = svgProblem(bytes.toString('utf8'));
    if (problem) throw new DomainError('EMBLEM_UNSAFE_SVG', { problem });
  }
  const { width, height } = image;
  const measured = { width, height };
  if (!(width > 0 && height > 0)) throw new DomainError('EMBLEM_PROPORTIONS', measured);
  const aspect = width / height;
  if (aspect < EMBLEM_RULES.minAspect || aspect > EMBLEM_RULES.maxAspect) {
    throw new DomainError('EMBLEM_PROPORTIONS', { ...measured, aspect: round(aspect) });
  }
  // An SVG scales to any size; only raster images need enough pixels.
  if (image.contentType !== 'image/svg+xml') {
    // Either side: a JPEG's EXIF orientation may swap them.
    if (Math.min(width, height) < EMBLEM_RULES.minPixels) {
      throw new DomainError('EMBLEM_TOO_SMALL', measured);
    }
    if (Math.max(width, height) > EMBLEM_RULES.maxPixels) {
      throw new DomainError('EMBLEM_TOO_LARGE', measured);
    }
  }
  return image.contentType;
}

/** The type of an emblem that was checked when uploaded (stored blobs carry no type). */
export function emblemType(bytes: Buffer): ImageType {
  const image = probeImage(bytes);
  if (!image) throw new Error('A stored emblem is no longer a PNG, JPEG or SVG image');
  return image.contentType;
}

const round = (n: number): number => Math.round(n * 100) / 100;

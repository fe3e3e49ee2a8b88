// Where the stamp goes on a page, in the page's own coordinates: the top-right corner as the
// reader sees it, whatever the page's size, crop box offset or /Rotate.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Arguments for pdf-lib's drawPage: the stamp's anchor (its own lower-left corner). */
export interface Placement {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Counter-clockwise degrees that cancel the page's /Rotate, so the stamp reads upright. */
  rotate: 0 | 90 | 180 | 270;
}

const MM = 72 / 25.4;
/** From the top and right edges of the visible page. */
export const STAMP_MARGIN = 8 * MM;
/** The stamp is never shrunk below this, however small the page. */
const MIN_SCALE = 0.4;

/** /Rotate as 0, 90, 180 or 270 (it must be a multiple of 90; anything else is rounded). */
export function normalRotation(degrees: number): Placement['rotate'] {
  const quarter = Math.round((Number.isFinite(degrees) ? degrees : 0) / 90);
  return ((((quarter % 4) + 4) % 4) * 90) as Placement['rotate'];
}

/** A box given by corners in either order ([x2 y2 x1 y1] is allowed) with positive sides. */
const upright = (b: Box): Box => ({
  x: Math.min(b.x, b.x + b.width),
  y: Math.min(b.y, b.y + b.height),
  width: Math.abs(b.width),
  height: Math.abs(b.height),
});

/** The part of the page a viewer shows: the crop box, clipped to the media box. */
export function visibleBox(mediaBox: Box, cropBox: Box): Box {
  const media = upright(mediaBox);
  const crop = upright(cropBox);
  const x = Math.max(media.x, crop.x);
  const y = Math.max(media.y, crop.y);
  const right = Math.min(media.x + media.width, crop.x + crop.width);
  const top = Math.min(media.y + media.height, crop.y + crop.height);
  return right > x && top > y ? { x, y, width: right - x, height: top - y } : media;
}

/**
 * The stamp at the top right of the page as displayed: the upright page is `visible` turned
 * clockwise by `rotation`; the stamp is drawn turned back by the same angle. A page too small
 * for the stamp and its margins gets a smaller stamp.
 */
export function stampPlacement(visible: Box, rotation: number, stamp: Size): Placement {
  const rotate = normalRotation(rotation);
  const sideways = rotate === 90 || rotate === 270;
  const shownWidth = sideways ? visible.height : visible.width;
  const shownHeight = sideways ? visible.width : visible.height;
  const fit = Math.min(
    1,
    (shownWidth - 2 * STAMP_MARGIN) / stamp.width,
    (shownHeight - 2 * STAMP_MARGIN) / stamp.height,
  );
  const scale = Math.max(MIN_SCALE, fit);
  const width = stamp.width * scale;
  const height = stamp.height * scale;
  // The stamp's lower-left corner on the displayed page, origin at its lower-left corner.
  const left = Math.max(0, shownWidth - STAMP_MARGIN - width);
  const bottom = Math.max(0, shownHeight - STAMP_MARGIN - height);
  const { x, y, width: w, height: h } = visible;
  const anchor: Record<Placement['rotate'], [number, number]> = {
    0: [left, bottom],
    90: [w - bottom, left],
    180: [w - left, h - bottom],
    270: [bottom, h - left],
  };
  const [u, v] = anchor[rotate];
  return { x: x + u, y: y + v, width, height, rotate };
}

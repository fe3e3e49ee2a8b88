import {
  normalRotation,
  stampPlacement,
  STAMP_MARGIN,
  visibleBox,
  type Box,
} from './stamp-placement';

const A4: Box = { x: 0, y: 0, width: 595.28, height: 841.89 };
const STAMP = { width: 155.91, height: 70.87 };

/**
 * The stamp's corners as a viewer shows the page: user space turned clockwise by the page's
 * /Rotate, origin at the displayed page's lower-left corner.
 */
function shownRect(
  box: Box,
  rotation: number,
): { left: number; right: number; bottom: number; top: number } {
  const p = stampPlacement(box, rotation, STAMP);
  const rad = (p.rotate * Math.PI) / 180;
  const corners = [
    [0, 0],
    [p.width, 0],
    [0, p.height],
    [p.width, p.height],
  ].map(([a, b]) => {
    const u = p.x + a * Math.cos(rad) - b * Math.sin(rad) - box.x;
    const v = p.y + a * Math.sin(rad) + b * Math.cos(rad) - box.y;
    const shown: Record<number, [number, number]> = {
      0: [u, v],
      90: [v, box.width - u],
      180: [box.width - u, box.height - v],
      270: [box.height - v, u],
    };
    return shown[normalRotation(rotation)];
  });
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return {
    left: Math.min(...xs),
    right: Math.max(...xs),
    bottom: Math.min(...ys),
    top: Math.max(...ys),
  };
}

describe('stampPlacement', () => {
  it.each([0, 90, 180, 270, -90, 450])(
    'puts the stamp top right of a page turned %i°',
    (rotation) => {
      const box: Box = { x: 30, y: -40, width: 612, height: 792 };
      const sideways = normalRotation(rotation) % 180 !== 0;
      const [shownW, shownH] = sideways ? [box.height, box.width] : [box.width, box.height];
      const rect = shownRect(box, rotation);
      expect(rect.right).toBeCloseTo(shownW - STAMP_MARGIN, 6);
      expect(rect.top).toBeCloseTo(shownH - STAMP_MARGIN, 6);
      expect(rect.right - rect.left).toBeCloseTo(STAMP.width, 6);
      expect(rect.top - rect.bottom).toBeCloseTo(STAMP.height, 6);
    },
  );

  it('draws the stamp turned back by the page rotation so it reads upright', () => {
    expect(stampPlacement(A4, 90, STAMP).rotate).toBe(90);
    expect(stampPlacement(A4, 270, STAMP).rotate).toBe(270);
    expect(stampPlacement(A4, 0, STAMP)).toEqual({
      x: A4.width - STAMP_MARGIN - STAMP.width,
      y: A4.height - STAMP_MARGIN - STAMP.height,
      width: STAMP.width,
      height: STAMP.height,
      rotate: 0,
    });
  });

  it('shrinks the stamp on a page too small for it, keeping it on the page', () => {
    const card: Box = { x: 0, y: 0, width: 120, height: 90 };
    const rect = shownRect(card, 0);
    expect(rect.right - rect.left).toBeLessThan(STAMP.width);
    expect(rect.left).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeGreaterThanOrEqual(0);
    expect(rect.right).toBeLessThanOrEqual(card.width);
    expect(rect.top).toBeLessThanOrEqual(card.height);
  });
});

describe('visibleBox', () => {
  it('is the crop box clipped to the media box', () => {
    const media: Box = { x: 0, y: 0, width: 600, height: 800 };
    expect(visibleBox(media, { x: 50, y: 60, width: 400, height: 500 })).toEqual({
      x: 50,
      y: 60,
      width: 400,
      height: 500,
    });
    expect(visibleBox(media, { x: -10, y: 100, width: 700, height: 800 })).toEqual({
      x: 0,
      y: 100,
      width: 600,
      height: 700,
    });
    expect(visibleBox(media, { x: 900, y: 900, width: 10, height: 10 })).toEqual(media);
  });
});

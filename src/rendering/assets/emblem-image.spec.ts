import { jpegHeader, pngImage, svgImage } from '../../../test/support/images';
import { checkEmblem } from './emblem-image';
import { probeImage } from './image-probe';
import { svgProblem } from './svg-safety';

const RED = [200, 0, 0] as const;

const codeOf = (bytes: Buffer): string => {
  try {
    checkEmblem(bytes);
    return 'accepted';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('probeImage', () => {
  it('reads the size of a PNG, a JPEG and an SVG from their bytes', () => {
    expect(probeImage(pngImage(320, 300, RED))).toEqual({
      contentType: 'image/png',
      width: 320,
      height: 300,
    });
    expect(probeImage(jpegHeader(640, 600))).toEqual({
      contentType: 'image/jpeg',
      width: 640,
      height: 600,
    });
    expect(probeImage(svgImage(120, 100))).toEqual({
      contentType: 'image/svg+xml',
      width: 120,
      height: 100,
    });
  });

  it('takes width and height with units when an SVG has no viewBox', () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="3cm" height="2.9cm"/>');
    expect(probeImage(svg)).toMatchObject({ width: 3, height: 2.9 });
  });

  it('refuses what is no complete image, whatever it is called', () => {
    expect(probeImage(Buffer.from('%PDF-1.7 not an emblem'))).toBeNull();
    expect(probeImage(Buffer.from('GIF89a'))).toBeNull();
    expect(probeImage(Buffer.from('<html><body>no svg</body></html>'))).toBeNull();
    const png = pngImage(300, 300, RED);
    expect(probeImage(png.subarray(0, png.length - 20))).toBeNull(); // truncated
    expect(probeImage(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toBeNull(); // no frame
  });
});

describe('checkEmblem', () => {
  it('accepts a square-ish PNG, JPEG or SVG of enough pixels', () => {
    expect(checkEmblem(pngImage(300, 360, RED))).toBe('image/png');
    expect(checkEmblem(jpegHeader(1000, 900))).toBe('image/jpeg');
    expect(checkEmblem(svgImage(30, 30))).toBe('image/svg+xml');
  });

  it('refuses other proportions, tiny rasters and huge files with their own codes', () => {
    expect(codeOf(pngImage(600, 300, RED))).toBe('EMBLEM_PROPORTIONS');
    expect(codeOf(svgImage(100, 300))).toBe('EMBLEM_PROPORTIONS');
    expect(codeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
      'EMBLEM_PROPORTIONS',
    );
    expect(codeOf(pngImage(200, 200, RED))).toBe('EMBLEM_TOO_SMALL');
    expect(codeOf(jpegHeader(5000, 5000))).toBe('EMBLEM_TOO_LARGE');
    expect(codeOf(Buffer.alloc(3 * 1024 * 1024))).toBe('EMBLEM_TOO_LARGE');
    expect(codeOf(Buffer.from('just text'))).toBe('EMBLEM_NOT_IMAGE');
  });

  it('refuses an SVG that could run or fetch something', () => {
    for (const extra of [
      '<script>alert(1)</script>',
      '<rect width="1" height="1" onload="alert(1)"/>',
      '<image href="http://example.com/garuda.png" width="1" height="1"/>',
      '<image xlink:href="file:///etc/passwd" width="1" height="1"/>',
      '<use href="other.svg#g"/>',
      '<a href="javascript:alert(1)"><rect/></a>',
      '<style>@import url(https://example.com/x.css);</style>',
      '<rect style="fill:url(https://example.com/p.svg#x)"/>',
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
      '<set attributeName="href" to="x"/>',
    ]) {
      expect([extra, codeOf(svgImage(100, 100, extra))]).toEqual([extra, 'EMBLEM_UNSAFE_SVG']);
    }
    const entities = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg viewBox="0 0 1 1">&a;</svg>',
    );
    expect(codeOf(entities)).toBe('EMBLEM_UNSAFE_SVG');
  });

  it('keeps references inside the drawing and embedded rasters', () => {
    const gradient =
      '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="1" height="1"/>' +
      '<use href="#g"/><image xlink:href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>';
    expect(svgProblem(svgImage(100, 100, gradient).toString('utf8'))).toBeNull();
  });
});

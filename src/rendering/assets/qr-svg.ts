import { create } from 'qrcode';

/**
 * A QR code as a small SVG (one path of unit squares), built synchronously so that HTML
 * rendering stays synchronous. The text only decides which modules are dark: nothing of it
 * reaches the markup.
 */
export function qrSvg(text: string, sizeCm: number): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const span = modules.size + quiet * 2;
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) squares.push(`M${col + quiet} ${row + quiet}h1v1h-1z`);
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" width="${sizeCm}cm" height="${sizeCm}cm"` +
    ` viewBox="0 0 ${span} ${span}" shape-rendering="crispEdges">` +
    `<path fill="#000" d="${squares.join('')}"/></svg>`
  );
}

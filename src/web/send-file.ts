import type { Response } from 'express';

/** RFC 5987 file name, so Thai names survive every browser. */
const disposition = (inline: boolean, name: string): string =>
  `${inline ? 'inline' : 'attachment'}; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Sends bytes the services produced (a PDF, an attachment) as a private, uncached download. */
export function sendFile(
  res: Response,
  bytes: Buffer,
  contentType: string,
  fileName: string,
  inline: boolean,
): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', disposition(inline, fileName));
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(bytes);
}

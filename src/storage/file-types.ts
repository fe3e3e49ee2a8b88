// Uploaded files (memo attachments, OIT evidence), recognised by their first bytes rather than by
// the name or type the browser sends, and named safely for downloads.

export interface FileType {
  contentType: string;
  extension: string;
  /** PDF and images open in the browser; office documents download. */
  inline: boolean;
}

const starts = (bytes: Buffer, signature: number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const BY_SIGNATURE: Array<{ signature: number[]; type: FileType }> = [
  {
    signature: [0x25, 0x50, 0x44, 0x46, 0x2d],
    type: { contentType: 'application/pdf', extension: 'pdf', inline: true },
  },
  {
    signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    type: { contentType: 'image/png', extension: 'png', inline: true },
  },
  {
    signature: [0xff, 0xd8, 0xff],
    type: { contentType: 'image/jpeg', extension: 'jpg', inline: true },
  },
];

/** Office formats share container signatures (ZIP or OLE), so the extension tells them apart. */
const OFFICE_BY_EXTENSION: Record<string, { container: number[]; contentType: string }> = {
  docx: {
    container: ZIP,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    container: ZIP,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pptx: {
    container: ZIP,
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  odt: { container: ZIP, contentType: 'application/vnd.oasis.opendocument.text' },
  ods: { container: ZIP, contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
  doc: { container: OLE, contentType: 'application/msword' },
  xls: { container: OLE, contentType: 'application/vnd.ms-excel' },
};

const extensionOf = (fileName: string): string =>
  /\.([a-z0-9]{2,5})$/i.exec(fileName)?.[1].toLowerCase() ?? '';

/** The accepted type of an upload, or null when its bytes are not a PDF, image or office file. */
export function detectFileType(bytes: Buffer, fileName: string): FileType | null {
  const byBytes = BY_SIGNATURE.find((k) => starts(bytes, k.signature));
  if (byBytes) return byBytes.type;
  const extension = extensionOf(fileName);
  const office = OFFICE_BY_EXTENSION[extension];
  if (office && starts(bytes, office.container)) {
    return { contentType: office.contentType, extension, inline: false };
  }
  return null;
}

/**
 * A display name that is safe anywhere: no directories, no control or path characters, at most
 * 200 characters, the extension kept. Storage never uses it: files live under their hash.
 */
export function safeFileName(original: string): string {
  const base = original.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^\.+/, '')
    .trim();
  if (cleaned.length <= 200) return cleaned || 'attachment';
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 200 - ext.length) + ext;
}

/** Content-Disposition that keeps a Thai file name (RFC 6266 / 5987). */
export function contentDisposition(inline: boolean, fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

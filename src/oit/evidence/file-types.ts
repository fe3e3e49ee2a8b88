// Files the coordinator may publish as evidence, recognised by their first bytes rather than by
// the name or type the browser sends. PDF and images open in the browser; the rest download.

export interface FileType {
  contentType: string;
  extension: string;
  /** Shown inline by the public file URL; others are served as attachments. */
  inline: boolean;
}

const starts = (bytes: Buffer, signature: number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const OFFICE_BY_EXTENSION: Record<string, { zip: boolean; contentType: string }> = {
  docx: {
    zip: true,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    zip: true,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  pptx: {
    zip: true,
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  doc: { zip: false, contentType: 'application/msword' },
  xls: { zip: false, contentType: 'application/vnd.ms-excel' },
};

/** The accepted type of an upload, or null when it is not one Saraban publishes. */
export function detectFileType(bytes: Buffer, fileName: string): FileType | null {
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return { contentType: 'application/pdf', extension: 'pdf', inline: true };
  }
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { contentType: 'image/png', extension: 'png', inline: true };
  }
  if (starts(bytes, [0xff, 0xd8, 0xff])) {
    return { contentType: 'image/jpeg', extension: 'jpg', inline: true };
  }
  const extension = /\.([a-z0-9]{2,5})$/i.exec(fileName)?.[1].toLowerCase() ?? '';
  const office = OFFICE_BY_EXTENSION[extension];
  if (office && starts(bytes, office.zip ? ZIP : OLE)) {
    return { contentType: office.contentType, extension, inline: false };
  }
  return null;
}

/** Content-Disposition with the Thai file name kept (RFC 6266 / 5987). */
export function contentDisposition(inline: boolean, fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

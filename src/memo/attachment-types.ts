// Accepted attachments, recognised by their first bytes rather than by what the client claims.

interface FileKind {
  mime: string;
  extensions: string[];
  magic: (head: Buffer) => boolean;
}

const starts = (head: Buffer, bytes: number[]) => bytes.every((b, i) => head[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const KINDS: FileKind[] = [
  {
    mime: 'application/pdf',
    extensions: ['pdf'],
    magic: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-',
  },
  {
    mime: 'image/png',
    extensions: ['png'],
    magic: (h) => starts(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: (h) => starts(h, [0xff, 0xd8, 0xff]) },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    magic: (h) => starts(h, ZIP),
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    magic: (h) => starts(h, ZIP),
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    magic: (h) => starts(h, ZIP),
  },
  {
    mime: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
    magic: (h) => starts(h, ZIP),
  },
  {
    mime: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    magic: (h) => starts(h, ZIP),
  },
  { mime: 'application/msword', extensions: ['doc'], magic: (h) => starts(h, OLE) },
  { mime: 'application/vnd.ms-excel', extensions: ['xls'], magic: (h) => starts(h, OLE) },
];

/** The MIME type to store, or null when the name and the bytes do not make an accepted file. */
export function detectAttachmentType(fileName: string, bytes: Buffer): string | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const kind = KINDS.find((k) => k.extensions.includes(extension));
  return kind && kind.magic(bytes.subarray(0, 16)) ? kind.mime : null;
}

/**
 * A display name that is safe anywhere: no directories, no control or path characters, at most
 * 200 characters, the extension kept. Storage never uses it: files live under their hash.
 */
export function safeFileName(original: string): string {
  const base = original.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^\.+/, '')
    .trim();
  if (cleaned.length <= 200) return cleaned || 'attachment';
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, 200 - ext.length) + ext;
}

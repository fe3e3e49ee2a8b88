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

/** A trailing extension: ASCII letters then letters or digits ("pdf", "docx", "mp3"; not "2567"). */
const EXTENSION = /\.([a-z][a-z0-9]{0,9})$/i;

const MAX_NAME = 200;
/** Other spellings of a detected type's extension that a name may keep. */
const SAME_TYPE = new Map([['jpg', ['jpg', 'jpeg', 'jpe']]]);
/**
 * Invisible or reordering code points (category C: controls, format characters such as the
 * bidi overrides U+202A–U+202E and isolates U+2066–U+2069, zero-width U+200B–U+200F, U+2060 and
 * U+FEFF, soft hyphen; also surrogates, private use, unassigned) and line separators:
 * `report\u202Efdp.hta` shows as "reportath.pdf" but saves as an .hta.
 */
const INVISIBLE = /[\p{C}\u2028\u2029]/gu;
/** Characters Windows refuses in names and shells treat specially. */
const RESERVED = /[<>:"|?*]/g;

/**
 * The last path segment without invisible, control and reserved characters, spaces collapsed,
 * no trailing dots (Windows drops them). NFC only: NFKC would rewrite Thai (ำ becomes ํา).
 */
function cleanFileName(original: string): string {
  const last = original.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const visible = last.replace(INVISIBLE, '').replace(RESERVED, '');
  return visible
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trimStart();
}

const trimDots = (name: string): string => name.replace(/^[.\s]+|[.\s]+$/g, '');

/** The longest prefix of `text` within `max` UTF-16 units that splits no surrogate pair. */
function fit(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

const extensionOf = (fileName: string): string =>
  EXTENSION.exec(cleanFileName(fileName))?.[1].toLowerCase() ?? '';

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
 * The name an upload is stored and served under: no directories, no invisible, control or
 * reserved characters, at most 200 characters, and an extension that names the detected type
 * (`สรุปผล.html` holding PDF bytes becomes `สรุปผล.pdf`), so a browser or desktop that trusts the
 * extension opens what the bytes are. Storage never uses it: files live under their hash.
 */
export function storedFileName(original: string, type: FileType): string {
  const clean = cleanFileName(original);
  const match = EXTENSION.exec(clean);
  const given = match?.[1] ?? '';
  const accepted = SAME_TYPE.get(type.extension) ?? [type.extension];
  const extension = accepted.includes(given.toLowerCase()) ? given : type.extension;
  const stem = fit(match ? clean.slice(0, match.index) : clean, MAX_NAME - extension.length - 1);
  return `${trimDots(stem) || 'attachment'}.${extension}`;
}

/** Content-Disposition that keeps a Thai file name (RFC 6266 / 5987). */
export function contentDisposition(inline: boolean, fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

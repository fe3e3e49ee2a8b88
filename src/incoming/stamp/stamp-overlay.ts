// The stamp drawn onto the letter's own first page with pdf-lib: the stamp arrives as a small
// PDF from Chromium (pdf-lib cannot shape Thai) and is placed as a form XObject. Every other
// page, and the first page's own content streams, are copied as they are.
import { degrees, PDFDict, PDFDocument, PDFName, type PDFPage } from 'pdf-lib';
import { stampPlacement, visibleBox } from './stamp-placement';

/** The letter's PDF cannot be opened or changed (broken, encrypted, no pages). */
export class UnstampableLetterError extends Error {
  constructor(reason: string) {
    super(`The letter's PDF cannot be stamped: ${reason}`);
    this.name = 'UnstampableLetterError';
  }
}

const reasonOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, 200);

/** The letter, parsed; UnstampableLetterError when it cannot be. */
export async function openLetter(bytes: Buffer): Promise<PDFDocument> {
  let letter: PDFDocument;
  let pages: number;
  try {
    // Metadata (producer, dates) stays the sender's.
    letter = await PDFDocument.load(bytes, { updateMetadata: false });
    pages = letter.getPageCount(); // a missing catalog or page tree fails here
  } catch (error) {
    throw new UnstampableLetterError(reasonOf(error));
  }
  if (pages === 0) throw new UnstampableLetterError('it has no pages');
  return letter;
}

/** The letter's bytes with the stamp at the top right of its first page. */
export async function overlayStamp(letter: PDFDocument, stampPdf: Buffer): Promise<Buffer> {
  try {
    const page = letter.getPage(0);
    ownResources(letter, page);
    const [stamp] = await letter.embedPdf(stampPdf, [0]);
    const visible = visibleBox(page.getMediaBox(), page.getCropBox());
    const place = stampPlacement(visible, page.getRotation().angle, stamp);
    page.drawPage(stamp, { ...place, rotate: degrees(place.rotate) });
    // Form fields keep their own appearances: regenerating them would touch other pages.
    return Buffer.from(await letter.save({ updateFieldAppearances: false }));
  } catch (error) {
    throw new UnstampableLetterError(reasonOf(error));
  }
}

/**
 * pdf-lib adds the stamp to the first page's resources; when those are inherited from the page
 * tree or shared with other pages, the first page gets its own copy so the others stay as they
 * were.
 */
function ownResources(letter: PDFDocument, page: PDFPage): void {
  const context = letter.context;
  const resources = page.node.Resources()?.clone(context) ?? context.obj({});
  const xObjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
  if (xObjects) resources.set(PDFName.of('XObject'), xObjects.clone(context));
  page.node.set(PDFName.of('Resources'), resources);
}

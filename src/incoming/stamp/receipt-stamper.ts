import { Injectable, Logger } from '@nestjs/common';
import { DocumentRenderer } from '../../rendering/document-renderer';
import { ReceiptTemplates } from './receipt-templates';
import type { CoverReason, ReceiptStampInput } from './receipt-view';
import { openLetter, overlayStamp, UnstampableLetterError } from './stamp-overlay';

export type { ReceiptStampInput } from './receipt-view';

/**
 * The registry desk's receipt stamp (ตรารับ: office, เลขรับ, date, time) on the top right of a
 * letter's first page (issue 16, "The stamped copy").
 *
 * - A letter with a PDF: the stamp is printed by the document renderer's Chromium (Thai shaped
 *   with the document font) and overlaid on the first page; page count, page sizes and every
 *   page's own content are kept.
 * - A letter without a PDF: an A4 cover page, ใบรับหนังสือ, carries the stamp and the letter's
 *   details.
 * - A PDF that cannot be opened (broken, encrypted, no pages) gets the same cover page, whose
 *   note says so, rather than an error: the letter is registered already and its stamped copy
 *   must stay downloadable; the original file stays available as it came.
 *
 * Renderer failures (busy, timeout) reach the caller as the renderer's 503 errors. Nothing is
 * kept between calls.
 */
@Injectable()
export class ReceiptStamper {
  private readonly logger = new Logger('ReceiptStamper');
  private readonly templates: ReceiptTemplates;

  constructor(private readonly renderer: DocumentRenderer) {
    const { templatesDir, fontFaceCss } = renderer.pageAssets();
    this.templates = new ReceiptTemplates(templatesDir, fontFaceCss);
  }

  async stamp(originalPdf: Buffer | null, input: ReceiptStampInput): Promise<Buffer> {
    if (!originalPdf) return this.cover(input, 'no-pdf');
    try {
      const letter = await openLetter(originalPdf);
      const stamp = await this.renderer.renderPagePdf(this.templates.stampHtml(input));
      return await overlayStamp(letter, stamp);
    } catch (error) {
      if (!(error instanceof UnstampableLetterError)) throw error;
      this.logger.warn(`${error.message}; stamping a cover page instead`);
      return this.cover(input, 'unreadable-pdf');
    }
  }

  private cover(input: ReceiptStampInput, reason: CoverReason): Promise<Buffer> {
    return this.renderer.renderPagePdf(this.templates.coverHtml(input, reason));
  }
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import {
  coverView,
  stampView,
  type CoverReason,
  type CoverView,
  type ReceiptStampInput,
  type StampView,
} from './receipt-view';

/** templates/receipt/: the stamp alone (55 × 25 mm) and the A4 cover page, sharing one box. */
export const RECEIPT_TEMPLATES_FOLDER = 'receipt';

const SAMPLE: ReceiptStampInput = {
  officeName: 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากรุงเทพมหานคร เขต 1',
  receiveNumber: '1',
  receivedAt: new Date('2026-12-02T07:30:00Z'),
  subject: 'ตัวอย่าง',
};

/**
 * The receipt templates, compiled and proven at construction like the document templates: a
 * private Handlebars instance, strict mode, every string escaped; the stylesheet is static.
 */
export class ReceiptTemplates {
  private readonly hbs = Handlebars.create();
  private readonly stampPage: Handlebars.TemplateDelegate<{ stamp: StampView }>;
  private readonly coverPage: Handlebars.TemplateDelegate<CoverView>;

  constructor(templatesDir: string, fontFaceCss: string) {
    const dir = join(templatesDir, RECEIPT_TEMPLATES_FOLDER);
    const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
    const css = read('receipt.css');
    if (css.includes('{{')) throw new Error(`${dir}/receipt.css must not contain {{`);
    this.hbs.registerPartial('receipt-styles', `${fontFaceCss}\n${css}`);
    this.hbs.registerPartial('receipt-stamp-box', read('stamp-box.hbs'));
    this.stampPage = this.compile(read('stamp.hbs'));
    this.coverPage = this.compile(read('cover.hbs'));
    this.stampHtml(SAMPLE);
    this.coverHtml(SAMPLE, 'no-pdf');
  }

  stampHtml(input: ReceiptStampInput): string {
    return this.stampPage({ stamp: stampView(input) });
  }

  coverHtml(input: ReceiptStampInput, reason: CoverReason): string {
    return this.coverPage(coverView(input, reason));
  }

  private compile<T>(source: string): Handlebars.TemplateDelegate<T> {
    this.hbs.precompile(source, { strict: true }); // syntax errors now, not at the first letter
    return this.hbs.compile<T>(source, { strict: true, preventIndent: true });
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import type { RenderableDocument } from '../document.model';
import { proseHelpers, TEMPLATE_HELPERS } from './template-helpers';
import { readWordList, UnbreakableWords } from './unbreakable-words';
import { validationSamples } from './validation-samples';

export const DOCUMENT_KINDS = ['memo', 'announcement', 'order', 'letter'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Partials the four documents are built from; start-up fails when one is missing. */
export const REQUIRED_PARTIALS = [
  'document',
  'styles',
  'watermark',
  'urgency',
  'phone',
  'verification-code',
  'signature',
  'signed-at',
  'endorsements',
  'issuance',
  'structure',
  'verification',
] as const;

export interface TemplateAssets {
  assetOrigin: string;
  emblemUrl: string;
  /** @font-face rules for the official font, served from memory. */
  fontFaceCss: string;
  /** The office's own words kept whole, beside templates/words/unbreakable.txt. */
  extraWords?: readonly string[];
}

/** The list of words printed whole that ships with the templates (R1). */
export const wordListFile = (dir: string): string => join(dir, 'words', 'unbreakable.txt');

/** What every template sees: the document and the renderer's own asset URLs. */
export interface TemplateContext {
  doc: RenderableDocument;
  assetOrigin: string;
  emblemUrl: string;
}

type Template = Handlebars.TemplateDelegate<TemplateContext>;

/**
 * The Handlebars templates of templates/, compiled and proven at construction: every required
 * partial present and each document kind rendered once in strict mode, so a broken template
 * stops start-up instead of the first signing. A private Handlebars instance keeps helpers and
 * partials away from anything else in the process; prototype access stays off (its default).
 */
export class DocumentTemplates {
  private readonly hbs = Handlebars.create();
  private readonly compiled: Record<DocumentKind, Template>;

  constructor(
    dir: string,
    private readonly assets: TemplateAssets,
  ) {
    const words = new UnbreakableWords([
      ...readWordList(wordListFile(dir)),
      ...(assets.extraWords ?? []),
    ]);
    for (const [name, helper] of Object.entries({ ...TEMPLATE_HELPERS, ...proseHelpers(words) })) {
      this.hbs.registerHelper(name, helper);
    }
    this.registerPartials(dir);
    const missing = REQUIRED_PARTIALS.filter((p) => !(p in this.hbs.partials));
    if (missing.length > 0) {
      throw new Error(`Missing template partials in ${dir}/partials: ${missing.join(', ')}`);
    }
    this.compiled = {
      memo: this.compile(dir, 'memo'),
      announcement: this.compile(dir, 'announcement'),
      order: this.compile(dir, 'order'),
      letter: this.compile(dir, 'letter'),
    };
    for (const sample of validationSamples()) this.render(sample);
  }

  /** `emblemUrl`: the office's own emblem, when it has one; else the server's default. */
  render(doc: RenderableDocument, emblemUrl?: string): string {
    const context: TemplateContext = {
      doc,
      assetOrigin: this.assets.assetOrigin,
      emblemUrl: emblemUrl ?? this.assets.emblemUrl,
    };
    return this.compiled[doc.kind](context);
  }

  private registerPartials(dir: string): void {
    const partialsDir = join(dir, 'partials');
    for (const file of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'))) {
      this.hbs.registerPartial(
        basename(file, '.hbs'),
        readFileSync(join(partialsDir, file), 'utf8'),
      );
    }
    // CSS is trusted and static: the font rules plus the stylesheet, inlined in each page.
    const css = readFileSync(join(dir, 'styles', 'document.css'), 'utf8');
    if (css.includes('{{')) throw new Error('templates/styles/document.css must not contain {{');
    this.hbs.registerPartial('styles', `${this.assets.fontFaceCss}\n${css}`);
  }

  private compile(dir: string, kind: DocumentKind): Template {
    const source = readFileSync(join(dir, `${kind}.hbs`), 'utf8');
    // Fails fast on syntax errors; compile() alone is lazy.
    this.hbs.precompile(source, { strict: true });
    return this.hbs.compile<TemplateContext>(source, { strict: true, preventIndent: true });
  }
}

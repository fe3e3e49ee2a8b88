// Templates are proven at start-up: a broken or incomplete set stops the renderer being built.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir } from '../../src/rendering/rendering-paths';
import { createRenderer } from './support/renderer';
import { memo, sampleDocuments } from './support/sample-documents';

describe('document templates', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'saraban-templates-'));
    cpSync(templatesDir(), dir, { recursive: true });
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails at construction when a required partial is missing', () => {
    rmSync(join(dir, 'partials', 'signature.hbs'));
    expect(() => createRenderer({ templatesDir: dir })).toThrow(
      /Missing template partials.*signature/,
    );
  });

  it('fails at construction on a syntax error', () => {
    writeFileSync(join(dir, 'order.hbs'), '{{#> document secrecy="normal"}}{{#if}}{{/document}}');
    expect(() => createRenderer({ templatesDir: dir })).toThrow();
  });

  it('fails at construction when a template uses a field documents do not have', () => {
    writeFileSync(join(dir, 'partials', 'phone.hbs'), '{{doc.fax}}');
    expect(() => createRenderer({ templatesDir: dir })).toThrow(/"fax" not defined/);
  });

  it('renders every sample without starting Chromium', () => {
    const renderer = createRenderer();
    for (const doc of sampleDocuments()) {
      expect(renderer.renderHtml(doc)).toMatch(/^<!doctype html>/);
    }
    expect(renderer.status().browser).toBe('idle');
  });

  it('uses Handlebars ≥ 4.7.10 with prototype access off', () => {
    const [major, minor, patch] = Handlebars.VERSION.split('.').map(Number);
    expect(major * 10_000 + minor * 100 + patch).toBeGreaterThanOrEqual(40_710);
    const renderer = createRenderer();
    const html = renderer.renderHtml(memo({ subject: 'constructor' }));
    expect(html).toContain('constructor');
    // A template reaching for the prototype gets nothing (Handlebars' default).
    const probe = Handlebars.create().compile('[{{doc.constructor.name}}]');
    expect(probe({ doc: memo() })).toBe('[]');
  });
});

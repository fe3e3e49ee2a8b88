// RENDERING.md #3: user text is text, the page runs no script and reaches nothing outside.
import { AssetStore } from '../../src/rendering/assets/asset-store';
import { PdfEngine } from '../../src/rendering/browser/pdf-engine';
import type { DocumentRenderer } from '../../src/rendering/document-renderer';
import { toThaiDigitsOutsideLinks } from '../../src/rendering/templates/link-spans';
import { startCanary, type Canary } from './support/canary';
import { pdfInfo, pdfText, squash } from './support/pdf-tools';
import { createRenderer, rendererOptions } from './support/renderer';
import { memo } from './support/sample-documents';

jest.setTimeout(60_000);

const hostile = (canary: Canary): string[] => [
  '<b>ตัวหนา</b>',
  `<img src=${canary.url}/img>`,
  '<iframe src=file:///etc/passwd></iframe>',
  `<script>fetch('${canary.url}/script')</script>`,
  `<link rel=stylesheet href=${canary.url}/css>`,
  `<div style="background:url(${canary.url}/bg)">x</div>`,
  '{{doc.subject}} {{{doc.to}}}',
];

describe('document sandbox', () => {
  let canary: Canary;
  let renderer: DocumentRenderer;

  beforeAll(async () => {
    canary = await startCanary();
    renderer = createRenderer();
  });

  afterAll(async () => {
    await renderer.onApplicationShutdown();
    await canary.close();
  });

  it('prints markup in user text literally and sends nothing to the network', async () => {
    const payloads = hostile(canary);
    const doc = memo({
      subject: payloads[0],
      to: payloads[1],
      paragraphs: payloads,
      signature: {
        name: payloads[2],
        position: payloads[3],
        capacityLines: [payloads[4]],
        signedAt: null,
      },
      endorsements: [{ ...memo().endorsements[0], note: payloads[5] }],
    });

    const html = renderer.renderHtml(doc);
    expect(html).not.toContain(`<img src=${canary.url}`);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;iframe src&#x3D;file:///etc/passwd&gt;&lt;/iframe&gt;');

    const text = squash(pdfText(await renderer.renderPdf(doc), undefined, 'raw'));
    // Every payload reaches the paper as the characters typed (digits in Thai, as all text but
    // web addresses).
    for (const payload of payloads) {
      expect(text).toContain(squash(toThaiDigitsOutsideLinks(payload)));
    }
    expect(text).not.toContain('root:x:0:0');
    expect(canary.connections()).toBe(0);
    expect(renderer.status().blockedRequests).toBe(0); // nothing even tried
  });

  describe('beneath the templates', () => {
    let engine: PdfEngine;

    beforeAll(() => {
      const options = rendererOptions();
      engine = new PdfEngine(options, new AssetStore(options.font, options.emblemFile));
    });

    afterAll(() => engine.close());

    it('aborts every request of raw markup and runs none of its scripts', async () => {
      const html = `<!doctype html><html><head><title>before</title>
        <link rel="stylesheet" href="${canary.url}/css">
        <style>@import url("${canary.url}/import"); body { background: url("${canary.url}/bg") }</style>
        </head><body>
        <p>ทดสอบ</p>
        <img src="${canary.url}/img">
        <iframe src="file:///etc/passwd"></iframe>
        <iframe src="${canary.url}/frame"></iframe>
        <script>document.title = 'after'; new WebSocket('ws://127.0.0.1:${canary.port}/ws');
          fetch('${canary.url}/fetch');</script>
        </body></html>`;

      const pdf = await engine.print(html);

      expect(pdfInfo(pdf).title).toBe('before'); // the script never ran
      expect(pdfText(pdf)).toContain('ทดสอบ');
      expect(pdfText(pdf)).not.toContain('root:x:0:0');
      expect(engine.status().blockedRequests).toBeGreaterThanOrEqual(5);
      expect(canary.connections()).toBe(0);
      expect(canary.paths).toEqual([]);
    });
  });
});

// Issue 21, R3: the office's administrator uploads the office's own Garuda. Checked by its bytes
// and proportions (400 with a Thai and English code), the admin's alone (403), each office's
// own (another office neither sees nor replaces it), audited, and printed on the office's
// documents while other offices print the server's default.
import { sha256Hex } from '../../src/storage/blob-store';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { jpegHeader, pngImage, svgImage } from '../support/images';
import { bearer } from '../support/memos';
import { binary, embeddedImages } from '../support/pdf-images';
import { postForm, webSignIn, type WebSession } from '../support/web-session';

jest.setTimeout(120_000);

const GARUDA = pngImage(360, 340, [255, 255, 255], [0, 150, 0]);
const OTHER_GARUDA = pngImage(330, 330, [0, 0, 150]);

describe("the office's own emblem", () => {
  let t: TestApp;
  let a: TestOffice;
  let b: TestOffice;
  let tokensA: Record<string, string>;
  let tokensB: Record<string, string>;

  const put = (token: string, bytes?: Buffer, name = 'garuda.png') => {
    const req = t.http().put('/api/org/emblem').set(bearer(token));
    return bytes ? req.attach('file', bytes, name) : req.field('nothing', '');
  };
  const get = (token: string) =>
    t.http().get('/api/org/emblem').set(bearer(token)).buffer(true).parse(binary);
  const memoPdf = async (token: string): Promise<Buffer> => {
    const memo = await t
      .http()
      .post('/api/memos')
      .set(bearer(token))
      .send({ subject: 'ทดสอบตราครุฑ', to: 'ผู้อำนวยการ', paragraphs: ['ข้อความ'] })
      .expect(201);
    const pdf = await t
      .http()
      .get(`/api/memos/${(memo.body as { id: number }).id}/pdf`)
      .set(bearer(token))
      .buffer(true)
      .parse(binary)
      .expect(200);
    return pdf.body as Buffer;
  };

  beforeAll(async () => {
    t = await createTestApp();
    [a, b] = [await createOffice(t), await createOffice(t)];
    tokensA = await loginAll(t, a, ['admin', 'officer', 'registrar']);
    tokensB = await loginAll(t, b, ['admin', 'officer']);
  });
  afterAll(() => t.close());

  it('refuses what is not a Garuda-shaped image, with the code and both languages', async () => {
    const cases: Array<[Buffer | undefined, string, string]> = [
      [undefined, 'garuda.png', 'EMBLEM_MISSING'],
      // Named .png, holds a PDF: the bytes decide.
      [Buffer.from('%PDF-1.7\n%%EOF\n'), 'garuda.png', 'EMBLEM_NOT_IMAGE'],
      [pngImage(600, 300, [0, 0, 0]), 'banner.png', 'EMBLEM_PROPORTIONS'],
      [svgImage(100, 160), 'tall.svg', 'EMBLEM_PROPORTIONS'],
      [pngImage(200, 200, [0, 0, 0]), 'small.png', 'EMBLEM_TOO_SMALL'],
      [jpegHeader(6000, 6000), 'huge.jpg', 'EMBLEM_TOO_LARGE'],
      [svgImage(100, 100, '<script>alert(1)</script>'), 'x.svg', 'EMBLEM_UNSAFE_SVG'],
      [
        svgImage(100, 100, '<image href="http://example.org/g.png"/>'),
        'x.svg',
        'EMBLEM_UNSAFE_SVG',
      ],
    ];
    for (const [bytes, name, code] of cases) {
      const res = await put(tokensA.admin, bytes, name);
      expect([code, res.status, res.body.code]).toEqual([code, 400, code]);
      expect(res.body.message).toMatch(/[ก-๙]/);
      expect(res.body.message).toMatch(/[a-z]{4}/);
    }
    // Nothing changed: the office still prints the default.
    expect((await get(tokensA.officer).expect(200)).body).not.toEqual(GARUDA);
  });

  it("is the office admin's to change: 403 for everyone else", async () => {
    for (const who of ['officer', 'registrar']) {
      await put(tokensA[who], GARUDA).expect(403);
      await t.http().delete('/api/org/emblem').set(bearer(tokensA[who])).expect(403);
    }
  });

  it("is stored for A alone: A's members see it, B sees and keeps the default", async () => {
    // The file's name plays no part: a PNG called .pdf is a PNG.
    const put1 = await put(tokensA.admin, GARUDA, 'ตราครุฑ.pdf').expect(200);
    expect(put1.body).toMatchObject({ state: 'uploaded', sealingRefused: false });
    expect(put1.body.sha256).toMatch(/^[0-9a-f]{64}$/);

    const seen = await get(tokensA.officer).expect(200);
    expect(seen.headers['content-type']).toBe('image/png');
    expect(seen.headers['content-security-policy']).toContain('sandbox');
    expect(seen.body).toEqual(GARUDA);

    const other = await get(tokensB.officer).expect(200);
    expect(other.body).not.toEqual(GARUDA);
    // B's admin replaces and removes B's emblem only.
    await put(tokensB.admin, OTHER_GARUDA).expect(200);
    expect((await get(tokensB.officer)).body).toEqual(OTHER_GARUDA);
    await t.http().delete('/api/org/emblem').set(bearer(tokensB.admin)).expect(200);
    expect((await get(tokensA.officer)).body).toEqual(GARUDA);
    expect((await get(tokensB.officer)).body).not.toEqual(OTHER_GARUDA);
  });

  it("prints on A's documents, not on B's", async () => {
    expect(embeddedImages(await memoPdf(tokensA.officer))).toContain('360x340');
    expect(embeddedImages(await memoPdf(tokensB.officer))).not.toContain('360x340');
  });

  it('is audited on the chain, and DELETE goes back to the default', async () => {
    const removed = await t.http().delete('/api/org/emblem').set(bearer(tokensA.admin)).expect(200);
    expect(removed.body).toMatchObject({ sha256: null });
    expect(removed.body.state).not.toBe('uploaded');
    expect((await get(tokensA.officer)).body).not.toEqual(GARUDA);

    const audit = await t
      .http()
      .get('/api/audit?entityType=organization')
      .set(bearer(tokensA.admin))
      .expect(200);
    const events = (audit.body as { items: Array<{ action: string; data: object }> }).items;
    expect(events.map((e) => e.action).sort()).toEqual(['emblem.remove', 'emblem.upload']);
    expect(events.find((e) => e.action === 'emblem.upload')?.data).toMatchObject({
      sha256: sha256Hex(GARUDA),
      contentType: 'image/png',
      replaced: null,
    });
    const chain = await t.http().get('/api/audit/verify').set(bearer(tokensA.admin)).expect(200);
    expect(chain.body).toMatchObject({ ok: true });
  });

  describe('on the admin page', () => {
    let admin: WebSession;
    beforeAll(async () => {
      admin = await webSignIn(t, a.username('admin'));
    });

    const adminPage = () =>
      t.http().get('/admin').set('Cookie', admin.cookie).set('Accept', 'text/html').expect(200);

    it('shows which emblem prints, a preview and the upload form', async () => {
      const page = await adminPage();
      expect(page.text).toContain('id="emblem"');
      expect(page.text).toContain('<label for="emblem-file">ไฟล์ตราครุฑ (PNG, JPEG หรือ SVG)</label>');
      expect(page.text).toMatch(/<img src="\/admin\/emblem\?v(=|&#x3D;)[a-z0-9]+" alt="ตราครุฑ/);
      const image = await t
        .http()
        .get('/admin/emblem')
        .set('Cookie', admin.cookie)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(image.headers['content-type']).toMatch(/^image\//);
    });

    it('refuses a wrong file at the field, and takes a right one', async () => {
      const refused = await t
        .http()
        .post(`/admin/emblem?_csrf=${encodeURIComponent(admin.csrf)}`)
        .set('Cookie', admin.cookie)
        .set('Accept', 'text/html')
        .attach('file', pngImage(600, 300, [0, 0, 0]), 'banner.png')
        .expect(400);
      expect(refused.text).toContain('aria-invalid="true"');
      expect(refused.text).toMatch(/aria-describedby="emblem-error emblem-hint"/);
      expect(refused.text).toMatch(/id="emblem-error"[^>]*>ตราครุฑต้องมีความกว้างใกล้เคียงกับความสูง/);

      await t
        .http()
        .post(`/admin/emblem?_csrf=${encodeURIComponent(admin.csrf)}`)
        .set('Cookie', admin.cookie)
        .set('Accept', 'text/html')
        .attach('file', GARUDA, 'garuda.png')
        .expect(303)
        .expect('Location', '/admin?done=emblem#emblem');
      const page = await adminPage();
      expect(page.text).toContain('เอกสารของหน่วยงานพิมพ์ตราครุฑที่หน่วยงานอัปโหลดไว้');
      expect(page.text).not.toContain('id="emblem-warning"');

      await postForm(t, admin, '/admin/emblem/remove', {}).expect(303);
      expect((await get(tokensA.officer)).body).not.toEqual(GARUDA);
    });

    it('lets an officer neither see the admin preview nor upload', async () => {
      const officer = await webSignIn(t, a.username('officer'));
      await t.http().get('/admin/emblem').set('Cookie', officer.cookie).expect(403);
      await t
        .http()
        .post(`/admin/emblem?_csrf=${encodeURIComponent(officer.csrf)}`)
        .set('Cookie', officer.cookie)
        .attach('file', GARUDA, 'garuda.png')
        .expect(403);
    });
  });
});

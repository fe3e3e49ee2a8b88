// Issue 21, R3: without EMBLEM_FILE every document prints a placeholder instead of the ตราครุฑ.
// Production (this file runs with NODE_ENV=production) says so in /api/health and on the admin
// page, and refuses to seal: the final approval answers 503 and changes nothing. Once the office's
// admin uploads its own Garuda, the same approval seals, printing that emblem.
import '../support/production-mode';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice, TEST_PASSWORD } from '../support/factories';
import { pngImage } from '../support/images';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';
import { binary, embeddedImages } from '../support/pdf-images';
import { webSignIn } from '../support/web-signin';

jest.setTimeout(120_000);

describe('the placeholder emblem in production', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    delete process.env.EMBLEM_FILE;
    delete process.env.ALLOW_PLACEHOLDER_EMBLEM;
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'head', 'deputy', 'director', 'admin']);
  });
  afterAll(() => t.close());

  it('is reported by /api/health, which stays up', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body.details.emblem).toEqual({
      status: 'up',
      state: 'placeholder',
      sealing:
        'refused for offices without their own emblem (upload on /admin, or set EMBLEM_FILE)',
    });
    expect(res.body.details.renderer.emblem).toBe('placeholder');
  });

  let memo: MemoJson;

  it('refuses the final approval with a Thai and English 503, and leaves the memo in review', async () => {
    memo = await draftAndSubmit(t, tokens.officer);
    for (const who of ['head', 'deputy']) {
      memo = (await approve(t, tokens[who], memo).expect(200)).body as MemoJson;
    }
    const refused = await approve(t, tokens.director, memo, 'อนุมัติ').expect(503);
    expect(refused.body).toMatchObject({ statusCode: 503, code: 'EMBLEM_PLACEHOLDER' });
    expect(refused.body.message).toMatch(/ตราครุฑ/);
    expect(refused.body.message).toMatch(/Garuda emblem is not configured/);
    const after = await t.http().get(`/api/memos/${memo.id}`).set(bearer(tokens.director));
    expect(after.body).toMatchObject({
      status: 'in_review',
      docNumber: null,
      version: memo.version,
    });
  });

  it('is announced on the admin page', async () => {
    const signedIn = await webSignIn(t, office.username('admin'), TEST_PASSWORD);
    const cookie = [signedIn.headers['set-cookie']].flat().map(String);
    const page = await t.http().get('/admin').set('Cookie', cookie).expect(200);
    expect(page.text).toContain('id="emblem-warning"');
    expect(page.text).toContain('เอกสารยังพิมพ์ตราชั่วคราวแทนตราครุฑ');
    expect(page.text).toContain('ขณะนี้ระบบจะไม่ลงนามออกเอกสารฉบับจริงจนกว่าจะตั้งค่าตราครุฑ');
  });

  it("seals once the office's admin uploads its Garuda, printing it; health stays server-level", async () => {
    const garuda = pngImage(350, 330, [255, 255, 255], [0, 150, 0]);
    const uploaded = await t
      .http()
      .put('/api/org/emblem')
      .set(bearer(tokens.admin))
      .attach('file', garuda, 'garuda.png')
      .expect(200);
    expect(uploaded.body).toMatchObject({ state: 'uploaded', sealingRefused: false });

    const current = await t.http().get(`/api/memos/${memo.id}`).set(bearer(tokens.director));
    const approved = await approve(t, tokens.director, current.body as MemoJson, 'อนุมัติ');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved' });
    const sealed = await t
      .http()
      .get(`/api/memos/${memo.id}/pdf`)
      .set(bearer(tokens.officer))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(embeddedImages(sealed.body as Buffer)).toContain('350x330');

    const health = await t.http().get('/api/health').expect(200);
    expect(health.body.details.emblem.state).toBe('placeholder');
    const signedIn = await webSignIn(t, office.username('admin'), TEST_PASSWORD);
    const cookie = [signedIn.headers['set-cookie']].flat().map(String);
    const page = await t.http().get('/admin').set('Cookie', cookie).expect(200);
    expect(page.text).not.toContain('id="emblem-warning"');
  });
});

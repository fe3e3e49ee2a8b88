// Polyglot uploads (issue 12, F3): files keep a name that cannot disguise what they are, and OIT
// evidence files are public only while a public page shows them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { bearer, memoBody } from '../support/memos';

jest.setTimeout(60_000);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
]);
/** Shown by a right-to-left override as "reportath.pdf"; an HTML application to Windows. */
const RTL_NAME = 'report\u202Efdp.hta';

/** Both names of a Content-Disposition header, decoded. */
function dispositionNames(header: unknown): { ascii: string; utf8: string; type: string } {
  const value = String(header);
  return {
    type: value.split(';')[0],
    ascii: /filename="([^"]*)"/.exec(value)?.[1] ?? '',
    utf8: decodeURIComponent(/filename\*=UTF-8''(\S+)/.exec(value)?.[1] ?? ''),
  };
}

describe('uploads keep safe names; evidence files are public only when published', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'oit']);
  });
  afterAll(() => t.close());

  describe('memo attachments', () => {
    it.each([
      [RTL_NAME, 'reportfdp.pdf', PDF, 'application/pdf'],
      ['สรุปผล.html', 'สรุปผล.pdf', PDF, 'application/pdf'],
      ['x.svg', 'x.png', PNG, 'image/png'],
      ['ใบ\u200Bสำคัญ\uFEFF\u2066.pdf\u2069', 'ใบสำคัญ.pdf', PDF, 'application/pdf'],
    ])('stores and serves %j as %j', async (name, stored, bytes, type) => {
      const draft = await t
        .http()
        .post('/api/memos')
        .set(bearer(tokens.officer))
        .send(memoBody())
        .expect(201);
      const url = `/api/memos/${draft.body.id}/attachments`;
      const up = await t
        .http()
        .post(url)
        .set(bearer(tokens.officer))
        .attach('file', bytes, name)
        .expect(201);
      expect(up.body).toMatchObject({ fileName: stored, mimeType: type });
      const memo = await t
        .http()
        .get(`/api/memos/${draft.body.id}`)
        .set(bearer(tokens.officer))
        .expect(200);
      expect(memo.body.attachments).toEqual([expect.objectContaining({ fileName: stored })]);
      const down = await t
        .http()
        .get(`${url}/${up.body.id}`)
        .set(bearer(tokens.officer))
        .buffer(true)
        .expect(200);
      expect(down.headers['content-type']).toBe(type);
      expect(dispositionNames(down.headers['content-disposition'])).toEqual({
        type: 'attachment',
        ascii: stored.replace(/[^\x20-\x7e]/g, '_'),
        utf8: stored,
      });
      expect(Buffer.compare(down.body as Buffer, bytes)).toBe(0);
    });

    it('keeps the file under DATA_DIR/blobs by its SHA-256 (the default local storage)', async () => {
      const bytes = Buffer.concat([PDF, Buffer.from(`local ${Date.now()}`)]);
      const draft = await t
        .http()
        .post('/api/memos')
        .set(bearer(tokens.officer))
        .send(memoBody())
        .expect(201);
      await t
        .http()
        .post(`/api/memos/${draft.body.id}/attachments`)
        .set(bearer(tokens.officer))
        .attach('file', bytes, 'a.pdf')
        .expect(201);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const path = join(process.env.DATA_DIR ?? '', 'blobs', sha256.slice(0, 2), sha256);
      expect(readFileSync(path)).toEqual(bytes);
      const health = await t.http().get('/api/health').expect(200);
      expect(health.body.info.storage).toEqual({ status: 'up', driver: 'local' });
    });
  });

  describe('OIT evidence files', () => {
    const upload = async (name: string, bytes: Buffer, token = tokens.oit) =>
      t
        .http()
        .post('/api/oit/evidence/files')
        .set(bearer(token))
        .field('title', 'สรุปผลการดำเนินงาน')
        .field('date', '2022-01-10')
        .attach('file', bytes, name)
        .expect(201);
    const link = async (evidenceId: number, code: string, token = tokens.oit, fy = 2565) =>
      t
        .http()
        .post(`/api/oit/${fy}/links`)
        .set(bearer(token))
        .send({ code, evidenceId })
        .expect(201);
    const publicGet = (url: string) => t.http().get(new URL(url).pathname).buffer(true);

    it('stores a polyglot under the name of what it is', async () => {
      const pdf = await upload('สรุปผล.html', PDF);
      expect(pdf.body).toMatchObject({ fileName: 'สรุปผล.pdf', contentType: 'application/pdf' });
      const rtl = await upload(RTL_NAME, Buffer.concat([PDF, Buffer.from('rtl')]));
      expect(rtl.body.fileName).toBe('reportfdp.pdf');
      const png = await upload('x.svg', PNG);
      expect(png.body).toMatchObject({ fileName: 'x.png', contentType: 'image/png' });

      await link(rtl.body.id, 'O1');
      const served = await publicGet(rtl.body.url).expect(200);
      expect(served.headers['content-type']).toBe('application/pdf');
      expect(dispositionNames(served.headers['content-disposition'])).toEqual({
        type: 'inline',
        ascii: 'reportfdp.pdf',
        utf8: 'reportfdp.pdf',
      });
      await link(png.body.id, 'O2');
      const image = await publicGet(png.body.url).expect(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(dispositionNames(image.headers['content-disposition']).utf8).toBe('x.png');
    });

    it('serves a file only once the coordinator links it, and no longer once rejected', async () => {
      const file = await upload('แผนผังโครงสร้าง.pdf', Buffer.concat([PDF, Buffer.from('O1')]));
      await publicGet(file.body.url).expect(404);

      const linked = await link(file.body.id, 'O1');
      expect(linked.body).toMatchObject({ status: 'confirmed' });
      const served = await publicGet(file.body.url).expect(200);
      expect(dispositionNames(served.headers['content-disposition']).utf8).toBe(
        'แผนผังโครงสร้าง.pdf',
      );
      expect(served.headers['cache-control']).not.toMatch(/immutable/);

      await t
        .http()
        .post(`/api/oit/links/${linked.body.id}/reject`)
        .set(bearer(tokens.oit))
        .send({})
        .expect(200);
      await publicGet(file.body.url).expect(404);
    });

    it('serves what a submitted year’s frozen page shows, and only that', async () => {
      const frozen = await createOffice(t);
      const theirs = await loginAll(t, frozen, ['oit']);
      const shown = await upload('ประกาศ.pdf', Buffer.concat([PDF, Buffer.from('a')]), theirs.oit);
      const later = await upload('ภายหลัง.pdf', Buffer.concat([PDF, Buffer.from('b')]), theirs.oit);
      const shownLink = await link(shown.body.id, 'O1', theirs.oit);
      await t.http().post('/api/oit/2565/submit').set(bearer(theirs.oit)).expect(201);

      // Rejected after the submission: the frozen page still lists it, so it stays readable.
      await t
        .http()
        .post(`/api/oit/links/${shownLink.body.id}/reject`)
        .set(bearer(theirs.oit))
        .send({})
        .expect(200);
      await publicGet(shown.body.url).expect(200);
      // Confirmed after the submission: the frozen page does not show it.
      await link(later.body.id, 'O2', theirs.oit);
      await publicGet(later.body.url).expect(404);
      // The same file confirmed for a year not yet submitted is on that year's live page.
      await link(later.body.id, 'O2', theirs.oit, 2566);
      await publicGet(later.body.url).expect(200);
    });

    it('answers 404 alike for unknown, malformed and unpublished hashes', async () => {
      await t
        .http()
        .get(`/oit-files/${'b'.repeat(64)}`)
        .expect(404);
      await t.http().get('/oit-files/not-a-hash').expect(404);
      const file = await upload('ร่าง.pdf', Buffer.concat([PDF, Buffer.from('draft')]));
      const res = await publicGet(file.body.url).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
    });
  });
});

// Findings F5, F11 and F12 of the outside probe: impossible calendar dates are refused rather
// than rolled over (API and web forms), the ร่าง preview answers them with a Thai 4xx page, and
// every web form names a plain decimal version, which is checked.
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { bearer, draftAndSubmit, memoBody, MemoJson } from '../support/memos';
import { postForm, webSignIn, WebSession } from '../support/web-session';

jest.setTimeout(90_000);

const IMPOSSIBLE = [
  '2026-02-31T10:00:00+07:00',
  '2026-13-45T10:00:00+07:00',
  '2025-02-29T00:00:00Z',
  '2026-04-31',
  '2026-01-01T24:00:00Z',
  '2026-01-01T10:61:00Z',
];

describe('impossible dates and form versions', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  const web: Record<string, WebSession> = {};

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'head', 'admin']);
    for (const who of ['officer', 'head', 'admin'])
      web[who] = await webSignIn(t, office.username(who));
  });
  afterAll(() => t?.close());

  const get = async (id: number) =>
    (await t.http().get(`/api/memos/${id}`).set(bearer(tokens.officer)).expect(200))
      .body as MemoJson;

  const draftForm = (over: Record<string, string | string[]> = {}) => ({
    subject: 'ขออนุมัติจัดประชุมเชิงปฏิบัติการ',
    to: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ',
    paragraphs: ['ข้อเท็จจริง ด้วยกลุ่มนิเทศมีแผนจัดประชุม'],
    closing: 'จึงเรียนมาเพื่อโปรดพิจารณา',
    urgency: 'urgent',
    secrecy: 'normal',
    intent: 'save',
    ...over,
  });

  describe('ด่วนภายใน on the API (F11)', () => {
    it.each(IMPOSSIBLE)('refuses %s with 400 and a Thai and English message', async (urgentBy) => {
      const res = await t
        .http()
        .post('/api/memos')
        .set(bearer(tokens.officer))
        .send(memoBody({ urgency: 'urgent', urgentBy }))
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(res.body.details)).toContain(
        'urgentBy: วันที่หรือเวลานี้ไม่มีอยู่จริงในปฏิทิน (must be an ISO 8601',
      );
    });

    it('keeps a real deadline exactly, and refuses an impossible one on edit too', async () => {
      const created = await t
        .http()
        .post('/api/memos')
        .set(bearer(tokens.officer))
        .send(memoBody({ urgency: 'urgent', urgentBy: '2028-02-29T16:30:00+07:00' }))
        .expect(201);
      expect(new Date(created.body.urgentBy).toISOString()).toBe('2028-02-29T09:30:00.000Z');
      await t
        .http()
        .patch(`/api/memos/${created.body.id}`)
        .set(bearer(tokens.officer))
        .send({ version: created.body.version, urgentBy: '2027-02-29T16:30:00+07:00' })
        .expect(400);
      expect(new Date((await get(created.body.id)).urgentBy as string).toISOString()).toBe(
        '2028-02-29T09:30:00.000Z',
      );
    });
  });

  describe('delegation periods (F11)', () => {
    const delegation = (startsAt: string, endsAt?: string) => ({
      kind: 'acting',
      delegateUserId: office.userIds.deputy,
      documentKinds: ['memo'],
      startsAt,
      ...(endsAt ? { endsAt } : {}),
    });

    it('refuses 31 February on the API, as a start or an end', async () => {
      for (const body of [
        delegation('2026-02-31T00:00:00+07:00'),
        delegation('2026-02-01T00:00:00+07:00', '2026-02-31T00:00:00+07:00'),
      ]) {
        const res = await t
          .http()
          .post('/api/delegations')
          .set(bearer(tokens.admin))
          .send(body)
          .expect(400);
        expect(res.body.message).toMatch(/^ข้อมูลไม่ถูกต้อง \(The request is not valid\)$/);
        expect(JSON.stringify(res.body.details)).toMatch(/At: วันที่หรือเวลานี้ไม่มีอยู่จริง/);
      }
    });

    it('refuses 31 February on the admin page with a Thai message, creating nothing', async () => {
      const before = (await t.http().get('/api/delegations').set(bearer(tokens.admin))).body;
      const res = await postForm(t, web.admin, '/admin/delegations', {
        kind: 'acting',
        delegateUserId: String(office.userIds.deputy),
        documentKinds: 'memo',
        startsAt: '2026-02-31',
        endsAt: '',
        reference: '',
      }).expect(400);
      expect(res.text).toContain('กรุณาตรวจสอบวันเริ่ม');
      const after = (await t.http().get('/api/delegations').set(bearer(tokens.admin))).body;
      expect(after).toEqual(before);
    });
  });

  describe('ด่วนภายใน on the drafting form (F5, F11)', () => {
    it.each(['2026-13-45T10:00', '2026-02-31T10:00', '2026-02-28T24:00'])(
      'answers a ร่าง preview with %s by a Thai 400 page, not 500',
      async (urgentBy) => {
        const res = await postForm(t, web.officer, '/memos/preview', draftForm({ urgentBy }));
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.text).toContain('วันที่หรือเวลาที่กรอกไม่มีอยู่จริงในปฏิทิน');
      },
    );

    it('still previews a real deadline as a PDF', async () => {
      const res = await postForm(
        t,
        web.officer,
        '/memos/preview',
        draftForm({ urgentBy: '2028-02-29T10:00' }),
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
    });

    it('keeps the form with a Thai message when saving 31 February, saving nothing', async () => {
      const before = (
        await t.http().get('/api/memos').query({ box: 'drafts' }).set(bearer(tokens.officer))
      ).body.total;
      const res = await postForm(
        t,
        web.officer,
        '/memos',
        draftForm({ urgentBy: '2026-02-31T10:00' }),
      );
      expect(res.status).toBe(400);
      expect(res.text).toContain('วันเวลาด่วนภายในไม่ถูกต้อง');
      // Shown back as the officer types dates: day first, พ.ศ.
      expect(res.text).toContain('value="31/02/2569 10:00"');
      const after = (
        await t.http().get('/api/memos').query({ box: 'drafts' }).set(bearer(tokens.officer))
      ).body.total;
      expect(after).toBe(before);
    });

    it('saves a real deadline as Bangkok time', async () => {
      const res = await postForm(
        t,
        web.officer,
        '/memos',
        draftForm({ urgentBy: '2028-02-29T10:00' }),
      );
      expect(res.status).toBe(303);
      const id = Number(/\/memos\/(\d+)\/edit/.exec(res.headers.location)?.[1]);
      expect(new Date((await get(id)).urgentBy as string).toISOString()).toBe(
        '2028-02-29T03:00:00.000Z',
      );
    });
  });

  describe('versions on the web forms (F12)', () => {
    const NOT_DECIMAL = ['0x1', '1e0', ' 1', '+1', '1.0', '01', '0', ''];

    const newDraft = async () =>
      (await t.http().post('/api/memos').set(bearer(tokens.officer)).send(memoBody()).expect(201))
        .body as MemoJson;

    it('refuses an edit without a version, or with one that is not plain decimal', async () => {
      const memo = await newDraft();
      const edit = (version?: string | string[]) =>
        postForm(t, web.officer, `/memos/${memo.id}/edit`, {
          ...draftForm({ subject: 'แก้ไขโดยไม่ระบุฉบับ' }),
          ...(version === undefined ? {} : { version }),
        });
      for (const version of [undefined, ...NOT_DECIMAL, ['1', '1']]) {
        const res = await edit(version);
        expect({ version, status: res.status }).toEqual({ version, status: 400 });
      }
      expect((await get(memo.id)).subject).toBe(memo.subject);
      // The page's own version saves; the same page posted again is stale (409 on the form).
      expect((await edit(String(memo.version))).status).toBe(303);
      const stale = await edit(String(memo.version));
      expect(stale.status).toBe(409);
      expect(stale.text).toContain('ร่างนี้ถูกแก้ไขจากหน้าอื่น');
      expect((await get(memo.id)).version).toBe(memo.version + 1);
    });

    it.each(['return', 'reject'])(
      'refuses a web %s without a version, or a malformed or stale one',
      async (action) => {
        const memo = await draftAndSubmit(t, tokens.officer);
        const post = (version?: string) =>
          postForm(t, web.head, `/memos/${memo.id}/${action}`, {
            note: 'โปรดทบทวน',
            ...(version === undefined ? {} : { version }),
          });
        for (const version of [undefined, ...NOT_DECIMAL]) {
          expect({ version, status: (await post(version)).status }).toEqual({
            version,
            status: 400,
          });
        }
        const stale = await post(String(memo.version - 1));
        expect(stale.status).toBe(409);
        expect(stale.text).toContain('มีผู้ดำเนินการกับบันทึกนี้ไปก่อนแล้ว');
        expect((await get(memo.id)).status).toBe('in_review');
        expect((await post(String(memo.version))).status).toBe(303);
        expect((await get(memo.id)).status).toBe(action === 'return' ? 'returned' : 'rejected');
      },
    );

    it('refuses 0x1 as the version of an approval', async () => {
      const memo = await draftAndSubmit(t, tokens.officer);
      expect(memo.version).toBe(2);
      for (const version of ['0x2', '2e0', '2.0']) {
        const res = await postForm(t, web.head, `/memos/${memo.id}/approve`, { version, note: '' });
        expect({ version, status: res.status }).toEqual({ version, status: 400 });
      }
      expect((await get(memo.id)).steps[0].state).toBe('pending');
    });
  });

  describe('versions on the API return and reject (the contract’s { note })', () => {
    it.each(['return', 'reject'])(
      '%s: accepts no version, and checks one that is given',
      async (action) => {
        const path = (id: number) => `/api/memos/${id}/${action}`;
        const memo = await draftAndSubmit(t, tokens.officer);
        for (const version of [null, '2', 2.5, 0, true]) {
          const res = await t
            .http()
            .post(path(memo.id))
            .set(bearer(tokens.head))
            .send({ note: 'โปรดทบทวน', version })
            .expect(400);
          expect(res.body.code).toBe('VALIDATION_FAILED');
        }
        await t
          .http()
          .post(path(memo.id))
          .set(bearer(tokens.head))
          .send({ note: 'โปรดทบทวน', version: memo.version + 1 })
          .expect(409);
        await t
          .http()
          .post(path(memo.id))
          .set(bearer(tokens.head))
          .send({ note: 'โปรดทบทวน', version: memo.version })
          .expect(200);
        // The contract's body, without a version, still works.
        const other = await draftAndSubmit(t, tokens.officer);
        await t
          .http()
          .post(path(other.id))
          .set(bearer(tokens.head))
          .send({ note: 'โปรดทบทวน' })
          .expect(200);
      },
    );
  });
});

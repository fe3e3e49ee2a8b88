// Incoming letters on web pages (issue 16): each form refuses the wrong roles with the 403 page
// and any post without its form token; the registry desk, the director, the group head and the
// officer each take their step through the pages; a secret letter stays hidden off its path.
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { act, LetterJson, receiveAndForward, receiveLetter } from '../support/incoming';
import { bearer } from '../support/memos';
import { tinyPdf } from '../support/tiny-pdf';
import { postForm, WebSession, webSignIn } from '../support/web-session';

jest.setTimeout(120_000);

const PDF = tinyPdf('incoming letter');
const RECEIVE = {
  fromAgency: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน',
  theirNumber: 'ศธ ๐๔๐๐๖/ว ๔๕๖',
  theirDate: '๒/๕/๒๕๖๙',
  subject: 'การจัดงานวันครูและการคัดเลือกครูดีเด่น',
  to: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
  urgency: 'urgent',
  secrecy: 'normal',
};

describe('incoming letters on the web', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  const web: Record<string, WebSession> = {};

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['registrar', 'director', 'deputy', 'head', 'officer']);
    for (const who of ['registrar', 'director', 'head', 'head2', 'officer', 'officer2'])
      web[who] = await webSignIn(t, office.username(who));
  });
  afterAll(() => t.close());

  const page = (who: string, path: string) =>
    t.http().get(path).set('Cookie', web[who].cookie).set('Accept', 'text/html');
  const letter = async (id: number) =>
    (await t.http().get(`/api/incoming/${id}`).set(bearer(tokens.registrar)).expect(200))
      .body as LetterJson;
  const receive = (who: string, token: string | undefined, file = PDF) => {
    const query = token === undefined ? '' : `?_csrf=${encodeURIComponent(token)}`;
    let req = t
      .http()
      .post(`/incoming${query}`)
      .set('Cookie', web[who].cookie)
      .set('Accept', 'text/html');
    for (const [k, v] of Object.entries(RECEIVE)) req = req.field(k, v);
    return req.attach('file', file, 'หนังสือ สพฐ.pdf');
  };

  /** The forms of a letter, as its page would post them. */
  const forms = (id: number, version: number): Record<string, Record<string, string>> => ({
    [`/incoming/${id}/forward`]: {
      toUsername: office.username('director'),
      note: 'เรียน ผอ. เพื่อโปรดพิจารณา',
      version: String(version),
    },
    [`/incoming/${id}/endorse`]: {
      note: 'ทราบ',
      assignGroupIds: String(office.groupIds.g1),
      version: String(version),
    },
    [`/incoming/${id}/assign`]: { username: office.username('officer'), version: String(version) },
    [`/incoming/${id}/acknowledge`]: { version: String(version) },
    [`/incoming/${id}/close`]: { action: 'แจ้งโรงเรียนแล้ว', version: String(version) },
  });

  it('refuses the other roles with the 403 page, and an off-path person with 404', async () => {
    const received = await receiveLetter(t, tokens.registrar);
    expect((await page('officer', '/incoming/new')).status).toBe(403);
    const upload = await receive('officer', web.officer.csrf);
    expect(upload.status).toBe(403);
    expect(upload.text).toContain('ไม่มีสิทธิ์เข้าถึง');
    const f = forms(received.id, received.version);
    for (const [path, who] of [
      [`/incoming/${received.id}/forward`, 'officer'],
      [`/incoming/${received.id}/forward`, 'director'],
      [`/incoming/${received.id}/endorse`, 'officer'],
      [`/incoming/${received.id}/endorse`, 'registrar'],
    ]) {
      const res = await postForm(t, web[who], path, f[path]);
      expect({ path, who, status: res.status }).toEqual({ path, who, status: 403 });
      expect(res.text).toContain('ไม่มีสิทธิ์เข้าถึง');
    }
    // The group steps are the services' to refuse: the letter is not on officer2's path.
    for (const path of ['assign', 'acknowledge', 'close'].map(
      (a) => `/incoming/${received.id}/${a}`,
    )) {
      const res = await postForm(t, web.officer2, path, f[path]);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    const after = await letter(received.id);
    expect(after).toMatchObject({ status: 'received', version: received.version });
    const [{ n }] = await t.ds.query<Array<{ n: number | string }>>(
      'SELECT COUNT(*) AS n FROM incoming_letter WHERE org_id = ?',
      [office.orgId],
    );
    expect(Number(n)).toBe(1);
  });

  it('refuses every post without the form token or with a wrong one', async () => {
    const received = await receiveLetter(t, tokens.registrar);
    // Each posted by someone the route's role check lets through, so the token is what fails.
    const poster = (path: string) =>
      path.endsWith('/forward') ? 'registrar' : path.endsWith('/endorse') ? 'director' : 'head';
    for (const [path, fields] of Object.entries(forms(received.id, received.version))) {
      const who = poster(path);
      for (const token of [undefined, `${web[who].csrf.slice(0, -4)}AAAA`]) {
        const res = await t
          .http()
          .post(path)
          .set('Cookie', web[who].cookie)
          .set('Accept', 'text/html')
          .type('form')
          .send(token === undefined ? fields : { ...fields, _csrf: token });
        expect({ path, token, status: res.status }).toEqual({ path, token, status: 403 });
        expect(res.text).toContain('แบบฟอร์มหมดอายุหรือไม่ถูกต้อง');
      }
    }
    expect((await receive('registrar', undefined)).status).toBe(403);
    expect((await receive('registrar', 'not-the-token')).status).toBe(403);
    expect((await letter(received.id)).version).toBe(received.version);
  });

  it('takes a letter from the desk to the director, the group and the officer', async () => {
    const form = await page('registrar', '/incoming/new');
    expect(form.status).toBe(200);
    const next = /เลขรับถัดไป <strong>([^<]+)<\/strong>/.exec(form.text)?.[1];
    // Showing the number takes nothing: it is still the next one when the desk saves.
    expect((await page('registrar', '/incoming/new')).text).toContain(`<strong>${next}</strong>`);
    expect(form.text).toMatch(/id="fromAgency"[^>]*autofocus/);

    const saved = await receive('registrar', web.registrar.csrf);
    expect(saved.status).toBe(303);
    const id = Number(/^\/incoming\/(\d+)\?done=receive$/.exec(saved.headers.location)?.[1]);
    let l = await letter(id);
    expect(l).toMatchObject({ receiveNumber: next, subject: RECEIVE.subject, status: 'received' });
    expect(l.theirDate).toBe('2026-05-02');
    const files = l.files as Array<{ id: number; fileName: string }>;
    expect(files).toHaveLength(1);

    const shown = await page('registrar', saved.headers.location);
    expect(shown.text).toContain('ลงรับหนังสือแล้ว');
    expect(shown.text).toContain(`/incoming/${id}/stamped.pdf`);
    expect(shown.text).toContain('ส่งต่อผู้บริหาร');
    const stamped = await page('registrar', `/incoming/${id}/stamped.pdf`);
    expect(stamped.status).toBe(200);
    expect(stamped.headers['content-type']).toBe('application/pdf');
    const file = await page('registrar', `/incoming/${id}/files/${files[0].id}`).buffer(true);
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);

    let f = forms(id, l.version);
    expect(
      (await postForm(t, web.registrar, `/incoming/${id}/forward`, f[`/incoming/${id}/forward`]))
        .status,
    ).toBe(303);
    const inbox = await page('director', '/inbox');
    expect(inbox.text).toContain(`href="/incoming/${id}"`);
    expect(inbox.text).toContain('หนังสือรับ');
    expect(inbox.text).toContain('รอสั่งการ');
    expect((await page('director', `/incoming/${id}`)).text).toContain('id="endorse-form"');

    l = await letter(id);
    const order = {
      note: 'ทราบ มอบ กลุ่มนิเทศฯ ดำเนินการ',
      assignGroupIds: String(office.groupIds.g1),
      dueAt: '๓๐/๖/๒๕๖๙',
      version: String(l.version),
    };
    expect((await postForm(t, web.director, `/incoming/${id}/endorse`, order)).status).toBe(303);
    l = await letter(id);
    expect(l).toMatchObject({
      status: 'endorsed',
      assignments: [
        { groupId: office.groupIds.g1, state: 'waiting', groupReceiveNumber: expect.any(String) },
      ],
    });
    expect(new Date(l.dueAt as string).toISOString()).toBe('2026-06-30T09:30:00.000Z');
    // The same order again: someone (here, the director) acted first — the Thai 409 page.
    const stale = await postForm(t, web.director, `/incoming/${id}/endorse`, order);
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('มีผู้ดำเนินการกับหนังสือนี้ไปก่อนแล้ว');

    expect((await page('head', '/inbox')).text).toContain('รอมอบหมายผู้รับผิดชอบ');
    f = forms(id, l.version);
    expect(
      (await postForm(t, web.head, `/incoming/${id}/assign`, f[`/incoming/${id}/assign`])).status,
    ).toBe(303);
    l = await letter(id);
    f = forms(id, l.version);
    expect(
      (
        await postForm(
          t,
          web.officer,
          `/incoming/${id}/acknowledge`,
          f[`/incoming/${id}/acknowledge`],
        )
      ).status,
    ).toBe(303);
    const mine = await page('officer', `/incoming/${id}`);
    expect(mine.text).toContain(`href="/memos/new?inReplyTo=${id}"`);

    // The reply memo's form carries the letter to the API.
    const draft = await page('officer', `/memos/new?inReplyTo=${id}`);
    expect(draft.text).toContain(`name="inReplyTo" value="${id}"`);
    const memo = await postForm(t, web.officer, '/memos', {
      inReplyTo: String(id),
      subject: 'รายงานการจัดงานวันครู',
      to: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
      paragraphs: ['ตามหนังสือที่อ้างถึง กลุ่มนิเทศได้ดำเนินการแล้ว'],
      closing: 'จึงเรียนมาเพื่อโปรดทราบ',
      urgency: 'normal',
      secrecy: 'normal',
      intent: 'save',
    });
    expect(memo.status).toBe(303);
    const memoId = Number(/^\/memos\/(\d+)\/edit/.exec(memo.headers.location)?.[1]);
    const saved2 = await t
      .http()
      .get(`/api/memos/${memoId}`)
      .set(bearer(tokens.officer))
      .expect(200);
    expect(saved2.body.inReplyTo).toBe(id);
    expect(saved2.body.references[0].text).toContain(RECEIVE.theirNumber);

    l = await letter(id);
    f = forms(id, l.version);
    expect(
      (await postForm(t, web.officer, `/incoming/${id}/close`, f[`/incoming/${id}/close`])).status,
    ).toBe(303);
    l = await letter(id);
    expect(l).toMatchObject({
      status: 'done',
      assignments: [{ state: 'done', action: 'แจ้งโรงเรียนแล้ว' }],
    });
  });

  it('hides a secret letter off its path: 404 for its page and files, หนังสือลับ in the list', async () => {
    const secret = await receiveAndForward(t, tokens.registrar, office.username('deputy'), {
      secrecy: 'ลับ',
      subject: 'เรื่องลับเฉพาะ การสอบสวนข้อเท็จจริง',
    });
    const endorsed = await act(t, tokens.deputy, secret.id, 'endorse', {
      note: 'มอบ กลุ่มนิเทศฯ',
      assignGroupIds: [office.groupIds.g1],
      version: secret.version,
    }).expect(200);
    const fileRes = await t
      .http()
      .post(`/api/incoming/${secret.id}/files`)
      .set(bearer(tokens.registrar))
      .attach('file', PDF, 'ลับ.pdf')
      .expect(201);
    for (const who of ['director', 'officer2', 'head2']) {
      expect((await page(who, `/incoming/${secret.id}`)).status).toBe(404);
      expect((await page(who, `/incoming/${secret.id}/stamped.pdf`)).status).toBe(404);
      expect((await page(who, `/incoming/${secret.id}/files/${fileRes.body.id}`)).status).toBe(404);
    }
    const api = await t
      .http()
      .get(`/api/incoming/${secret.id}/files/${fileRes.body.id}`)
      .set(bearer(tokens.director));
    expect(api.status).toBe(404);
    const list = await page('director', '/incoming');
    expect(list.status).toBe(200);
    expect(list.text).toContain('หนังสือลับ');
    expect(list.text).toContain(`เลขรับ ${secret.receiveNumber}`);
    expect(list.text).not.toContain('การสอบสวนข้อเท็จจริง');
    expect(list.text).not.toContain(`href="/incoming/${secret.id}"`);
    // Those on its path open it: the desk that received it, the head of the assigned group.
    expect((await page('registrar', `/incoming/${secret.id}`)).text).toContain('การสอบสวนข้อเท็จจริง');
    expect((await page('head', `/incoming/${secret.id}`)).text).toContain('id="assign-form"');
    const own = await t
      .http()
      .get(`/api/incoming/${secret.id}/files/${fileRes.body.id}`)
      .set(bearer(tokens.head));
    expect(own.status).toBe(200);
    expect(own.headers['content-disposition']).toContain('attachment');

    // The group's receive register: its head and the desk; the director sees the number only.
    expect((endorsed.body as LetterJson).assignments).toHaveLength(1);
    const year = secret.year;
    const register = (token: string) =>
      t.http().get(`/api/registers/group/${office.groupIds.g1}?year=${year}`).set(bearer(token));
    const byHead = await register(tokens.head).expect(200);
    expect(
      byHead.body.items.map((i: { letter: { subject: string } }) => i.letter.subject),
    ).toContain('เรื่องลับเฉพาะ การสอบสวนข้อเท็จจริง');
    const byDirector = await register(tokens.director).expect(200);
    const row = byDirector.body.items.find(
      (i: { letter: { receiveNumber: string } }) => i.letter.receiveNumber === secret.receiveNumber,
    );
    expect(row.letter).toMatchObject({ subject: 'หนังสือลับ', fromAgency: '', theirNumber: '' });
    expect((await register(tokens.officer)).status).toBe(403);
    const other = await t
      .http()
      .get(`/api/registers/group/${office.groupIds.g2}?year=${year}`)
      .set(bearer(tokens.head));
    expect(other.status).toBe(403);
  });

  it('answers a search of the register and junk in it without an error', async () => {
    const found = await page('registrar', `/incoming?q=${encodeURIComponent('วันครู')}`);
    expect(found.status).toBe(200);
    expect(found.text).toContain('การจัดงานวันครูและการคัดเลือกครูดีเด่น');
    const byAgency = await page(
      'registrar',
      `/incoming?agency=${encodeURIComponent('ไม่มีหน่วยงานนี้')}`,
    );
    expect(byAgency.text).toContain('ไม่พบหนังสือรับตามเงื่อนไข');
    expect((await page('registrar', '/incoming?from=31/2/2569')).status).toBe(400);
    expect((await page('registrar', '/incoming?from=1/5/2569&to=31/12/2569')).status).toBe(200);
  });
});

// Issue 20: "รอท่าน n" (GET /api/inbox/count) and bulk approval (POST /api/inbox/bulk-approve).
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { act, receiveAndForward } from '../support/incoming';
import { approve, bearer, draftAndSubmit, MemoBody, MemoJson } from '../support/memos';
import { postForm, webSignIn } from '../support/web-session';
import { ERROR_CATALOG } from '../../src/common/errors/error-codes';
import { thaiNumeral } from '../../src/common/thai/thai-format';
import { BULK_MESSAGES, MAX_BULK_ITEMS } from '../../src/inbox/dto/bulk-approve.dto';

jest.setTimeout(120_000);

interface Result {
  id: number;
  status: string | number;
  code?: string;
  version?: number;
  message?: string;
}

describe('inbox count and bulk approval', () => {
  let t: TestApp;
  let mine: TestOffice;
  let theirs: TestOffice;
  let tk: Record<string, string>;
  let their: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    [mine, theirs] = [await createOffice(t), await createOffice(t)];
    tk = await loginAll(t, mine, [
      'officer',
      'officer2',
      'head',
      'head2',
      'deputy',
      'director',
      'registrar',
      'admin',
    ]);
    their = await loginAll(t, theirs, ['officer', 'head', 'deputy', 'director']);
  });
  afterAll(() => t.close());

  const count = async (token: string): Promise<number> => {
    const res = await t.http().get('/api/inbox/count').set(bearer(token)).expect(200);
    expect(Object.keys(res.body)).toEqual(['count']);
    return res.body.count as number;
  };
  const inboxTotal = async (token: string): Promise<number> => {
    const res = await t
      .http()
      .get('/api/inbox')
      .query({ pageSize: 100 })
      .set(bearer(token))
      .expect(200);
    expect(res.body.items).toHaveLength(res.body.total);
    return res.body.total as number;
  };
  const memo = async (id: number, token = tk.director): Promise<MemoJson> =>
    (await t.http().get(`/api/memos/${id}`).set(bearer(token)).expect(200)).body as MemoJson;
  const bulk = (token: string, body: object) =>
    t.http().post('/api/inbox/bulk-approve').set(bearer(token)).send(body);

  /** A memo by `tokens.officer`, approved by its head and deputy: waiting on the director. */
  const atDirector = async (tokens: Record<string, string>, over: MemoBody = {}) => {
    let m = await draftAndSubmit(t, tokens.officer, over);
    for (const who of ['head', 'deputy'])
      m = (await approve(t, tokens[who], m).expect(200)).body as MemoJson;
    expect(m.status).toBe('in_review');
    return m;
  };

  it('approves five selected memos but the stale one, each on its own, and counts down', async () => {
    const memos: MemoJson[] = [];
    for (let i = 1; i <= 5; i++) memos.push(await atDirector(tk, { subject: `เรื่องที่ ${i}` }));
    const before = await count(tk.director);
    expect(before).toBe(await inboxTotal(tk.director));
    const stale = memos[2];
    const items = memos.map((m) => ({
      id: m.id,
      version: m === stale ? m.version - 1 : m.version,
    }));

    const res = await bulk(tk.director, { items, note: 'อนุมัติตามเสนอ' }).expect(200);

    const results = res.body.results as Result[];
    expect(results.map((r) => r.id)).toEqual(memos.map((m) => m.id));
    expect(results[2]).toMatchObject({ status: 409, code: 'STALE_VERSION' });
    expect(results[2].message).toMatch(/โหลดใหม่.*\(The document has changed/);
    const approved = results.filter((r) => r.id !== stale.id);
    expect(approved).toHaveLength(4);
    for (const r of approved) {
      expect(r).toEqual({ id: r.id, status: 'approved', version: expect.any(Number) });
      const now = await memo(r.id);
      expect(now).toMatchObject({ status: 'approved', version: r.version });
      expect(now.docNumber).toBeTruthy();
      expect(now.steps.at(-1)).toMatchObject({ state: 'approved', note: 'อนุมัติตามเสนอ' });
    }
    expect(await memo(stale.id)).toMatchObject({ status: 'in_review', version: stale.version });
    expect(await count(tk.director)).toBe(before - 4);
    expect(await count(tk.director)).toBe(await inboxTotal(tk.director));
  });

  it('passes a memo on at a middle step (in_review) with the default เกษียน when no note', async () => {
    const m = await draftAndSubmit(t, tk.officer);
    const res = await bulk(tk.head, { items: [{ id: m.id, version: m.version }] }).expect(200);
    expect(res.body.results).toEqual([{ id: m.id, status: 'in_review', version: m.version + 1 }]);
    const now = await memo(m.id);
    expect(now.steps[0]).toMatchObject({ state: 'approved', note: 'เพื่อโปรดพิจารณา' });
    expect(now.steps[1].state).toBe('pending');
  });

  it('answers 404 in its result for a memo of another office or one the caller may not see', async () => {
    const foreign = await atDirector(their);
    const draft = await t
      .http()
      .post('/api/memos')
      .set(bearer(tk.officer))
      .send({ subject: 'ร่างที่ยังไม่ส่ง', to: 'ผอ.', paragraphs: ['ข้อความ'] })
      .expect(201);
    const atHead = await draftAndSubmit(t, tk.officer);
    const mineAtDirector = await atDirector(tk);
    const items = [
      { id: foreign.id, version: foreign.version },
      { id: draft.body.id, version: draft.body.version },
      { id: 2_147_483_000, version: 1 },
      { id: atHead.id, version: atHead.version },
      { id: mineAtDirector.id, version: mineAtDirector.version },
    ];

    const res = await bulk(tk.director, { items }).expect(200);

    const results = res.body.results as Result[];
    // Another office's memo, a colleague's draft and no memo at all answer alike.
    for (const r of results.slice(0, 3))
      expect(r).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(results[3]).toMatchObject({ status: 403, code: 'NOT_CURRENT_APPROVER' });
    expect(results[4]).toMatchObject({ status: 'approved' });
    expect(JSON.stringify(results)).not.toContain(foreign.subject as string);
    expect(await memo(foreign.id, their.director)).toMatchObject({
      status: 'in_review',
      version: foreign.version,
    });
  });

  it('refuses more than 20 items, duplicate ids, no items, and callers who approve nothing', async () => {
    const item = (id: number) => ({ id, version: 1 });
    const tooMany = await bulk(tk.director, {
      items: Array.from({ length: MAX_BULK_ITEMS + 1 }, (_, i) => item(i + 1)),
    }).expect(400);
    expect(tooMany.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(tooMany.body.message).toMatch(/ข้อมูลไม่ถูกต้อง \(The request is not valid\)/);
    expect(tooMany.body.details).toContain(BULK_MESSAGES.tooMany);
    expect(BULK_MESSAGES.tooMany).toMatch(/ไม่เกิน 20 เรื่อง.*at most 20 items/);

    const twice = await bulk(tk.director, { items: [item(5), { id: 5, version: 2 }] }).expect(400);
    expect(twice.body.details).toContain(BULK_MESSAGES.duplicate);
    const none = await bulk(tk.director, { items: [] }).expect(400);
    expect(none.body.details).toContain(BULK_MESSAGES.empty);
    await bulk(tk.director, { items: [{ id: 'x', version: 1 }] }).expect(400);
    await bulk(tk.director, { items: [item(1)], note: 'x'.repeat(1001) }).expect(400);
    await bulk(tk.director, { items: [item(1)], extra: true }).expect(400);

    const m = await draftAndSubmit(t, tk.officer);
    const officer = await bulk(tk.officer, { items: [{ id: m.id, version: m.version }] });
    expect(officer.status).toBe(403);
    expect((await memo(m.id)).version).toBe(m.version);
  });

  it('counts what the inbox lists for director, deputy and head, and nothing of another office', async () => {
    // Memos at each step (one secret), a letter forwarded to the director, one assigned to g1.
    await draftAndSubmit(t, tk.officer, { subject: 'ที่หัวหน้ากลุ่ม' });
    const secret = await draftAndSubmit(t, tk.officer, { subject: 'เรื่องลับ', secrecy: 'secret' });
    await approve(t, tk.head, secret).expect(200);
    await atDirector(tk, { subject: 'ที่ผู้อำนวยการ', urgency: 'most_urgent' });
    await receiveAndForward(t, tk.registrar, mine.username('director'));
    const assigned = await receiveAndForward(t, tk.registrar, mine.username('director'));
    await act(t, tk.director, assigned.id, 'endorse', {
      note: 'มอบกลุ่มนิเทศฯ',
      assignGroupIds: [mine.groupIds.g1],
      version: assigned.version,
    }).expect(200);
    const theirsBefore = await count(their.head);

    for (const who of ['director', 'deputy', 'head', 'head2', 'officer']) {
      expect([who, await count(tk[who])]).toEqual([who, await inboxTotal(tk[who])]);
    }
    expect(await count(tk.head)).toBeGreaterThanOrEqual(2);
    expect(await count(tk.deputy)).toBeGreaterThanOrEqual(1);
    expect(await count(tk.admin)).toBe(0);
    // My office's work never reaches another office's count.
    await draftAndSubmit(t, tk.officer);
    expect(await count(their.head)).toBe(theirsBefore);
    expect(await count(their.head)).toBe(await inboxTotal(their.head));
  });

  it('shows รอท่าน n in the menu and approves the memos picked on the inbox page', async () => {
    const [a, b, stale] = [
      await atDirector(tk, { subject: 'เว็บ เรื่องแรก' }),
      await atDirector(tk, { subject: 'เว็บ เรื่องที่สอง' }),
      await atDirector(tk, { subject: 'เว็บ เรื่องที่เปลี่ยนแล้ว' }),
    ];
    const foreign = await atDirector(their, { subject: 'เรื่องของอีกสำนักงาน' });
    const director = await webSignIn(t, mine.username('director'));
    const html = async (path: string) =>
      (await t.http().get(path).set('Cookie', director.cookie).set('Accept', 'text/html')).text;
    const menuCount = (page: string) =>
      /<a href="\/inbox"[^>]*>งานรอดำเนินการ <span class="nav-count">รอท่าน ([๐-๙]+)<\/span><\/a>/.exec(
        page,
      )?.[1];
    const before = await count(tk.director);
    // Every page's menu, not only the inbox's.
    expect(menuCount(await html('/notifications'))).toBe(thaiNumeral(before));
    const inbox = await html('/inbox');
    expect(menuCount(inbox)).toBe(thaiNumeral(before));
    for (const m of [a, b, stale]) expect(inbox).toContain(`value="${m.id}:${m.version}"`);
    expect(inbox).toContain('อนุมัติที่เลือก');

    const res = await postForm(t, director, '/inbox/bulk-approve', {
      items: [a, b, stale, foreign].map(
        (m) => `${m.id}:${m === stale ? m.version - 1 : m.version}`,
      ),
      note: 'อนุมัติ ดำเนินการตามเสนอ',
    }).expect(200);

    expect(res.text).toContain('ดำเนินการสำเร็จ ๒ เรื่อง ไม่สำเร็จ ๒ เรื่อง');
    const items = res.text.split('<li class="memo-item').slice(1);
    expect(items).toHaveLength(4);
    expect(items[0]).toMatch(/ลงนามอนุมัติแล้ว[\s\S]*เว็บ เรื่องแรก/);
    expect(items[1]).toMatch(/ลงนามอนุมัติแล้ว[\s\S]*เว็บ เรื่องที่สอง/);
    expect(items[2]).toMatch(/ไม่สำเร็จ[\s\S]*เว็บ เรื่องที่เปลี่ยนแล้ว/);
    expect(items[2]).toContain(ERROR_CATALOG.STALE_VERSION.th);
    expect(items[3]).toContain(`ไม่พบบันทึก (รหัส ${thaiNumeral(foreign.id)})`);
    expect(res.text).not.toContain('เรื่องของอีกสำนักงาน');
    expect(menuCount(res.text)).toBe(thaiNumeral(before - 2));
    expect((await memo(a.id)).steps.at(-1)?.note).toBe('อนุมัติ ดำเนินการตามเสนอ');

    const none = await postForm(t, director, '/inbox/bulk-approve', { note: 'x' }).expect(400);
    expect(none.text).toContain('กรุณาเลือกบันทึกที่จะอนุมัติอย่างน้อยหนึ่งเรื่อง');
    await postForm(t, director, '/inbox/bulk-approve', { items: ['1:1', '1:2'] }).expect(400);
    await postForm(t, director, '/inbox/bulk-approve', { items: ['0x1:1'] }).expect(400);
    const officer = await webSignIn(t, mine.username('officer'));
    await postForm(t, officer, '/inbox/bulk-approve', {
      items: [`${stale.id}:${stale.version}`],
    }).expect(403);
    expect((await memo(stale.id)).version).toBe(stale.version);
  });
});

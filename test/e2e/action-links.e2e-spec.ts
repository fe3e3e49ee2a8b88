import { ReceivedMail, startSmtp } from '../support/smtp';
import { createHash } from 'node:crypto';
import type { SMTPServer } from 'smtp-server';
import { ActionLinkIssuer } from '../../src/action-links/action-link-issuer';
import { ActionLink } from '../../src/action-links/action-link.entity';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { Clock } from '../../src/common/clock';
import { Memo } from '../../src/memo/memo.entity';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, login, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';
import { mailText } from '../support/mime';
import { formBody, webSignIn } from '../support/web-session';

jest.setTimeout(120_000);

/** Real time, moved forward when a test needs a link to have expired. */
class MovableClock extends Clock {
  offsetMs = 0;
  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

const HOUR_MS = 3_600_000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const formTokenOf = (html: string): string => {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no form token on the page');
  return token;
};

describe('one-tap approval links in the next approver’s e-mail', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  let otherDirector: string;
  let smtp: SMTPServer;
  const mail: ReceivedMail[] = [];
  const clock = new MovableClock();
  /** Addresses the mail server turns away for now. */
  const refused = new Set<string>();

  const emailOf = (key: string) => `${key}@${office.prefix}.example.go.th`;
  const mailTo = (key: string) => mail.filter((m) => m.to.includes(emailOf(key)));
  const lastTokenOf = (key: string): string => {
    const text = mailText(mailTo(key).at(-1)?.raw ?? '');
    const match = /\/act\/([A-Za-z0-9_-]{43})/.exec(text);
    if (!match) throw new Error(`no one-tap link in the mail to ${key}: ${text}`);
    return match[1];
  };
  const memoRow = (id: number) => t.ds.manager.findOneByOrFail(Memo, { id });
  const linkRows = (memoId: number) => t.ds.manager.findBy(ActionLink, { memoId });
  const memoJson = async (id: number, who = 'officer') =>
    (await t.http().get(`/api/memos/${id}`).set(bearer(tokens[who])).expect(200)).body as MemoJson;
  const open = (token: string) => t.http().get(`/act/${token}`);
  const act = (token: string, fields: Record<string, string>) =>
    t.http().post(`/act/${token}`).type('form').send(formBody(fields));
  /** Opens the link's page and posts its form, as the recipient's phone would. */
  const confirm = async (token: string, note?: string) => {
    const page = await open(token).expect(200);
    return act(token, { _csrf: formTokenOf(page.text), ...(note ? { note } : {}) });
  };

  beforeAll(async () => {
    smtp = await startSmtp(mail, (address) => refused.has(address));
    t = await createTestApp((b) => b.overrideProvider(Clock).useValue(clock));
    office = await createOffice(t, (spec) => ({
      ...spec,
      people: spec.people.map((p) =>
        ['head', 'deputy', 'director'].includes(p.key)
          ? { ...p, email: `${p.key}@${spec.code}.example.go.th` }
          : p,
      ),
    }));
    tokens = await loginAll(t, office, ['officer', 'head', 'deputy', 'director']);
    const other = await createOffice(t);
    otherDirector = await login(t, other.username('director'));
  });
  afterEach(() => {
    clock.offsetMs = 0;
    refused.clear();
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it('mails the link; GET changes nothing; POST approves that step; a second POST is 410', async () => {
    const memo = await draftAndSubmit(t, tokens.officer, { subject: 'ขออนุมัติผ่านลิงก์' });
    const text = mailText(mailTo('head').at(-1)!.raw);
    expect(text).toContain('มีบันทึกรอท่านพิจารณา: ขออนุมัติผ่านลิงก์');
    expect(text).toMatch(/อนุมัติได้ทันที: http:\/\/[^/]+\/act\/[A-Za-z0-9_-]{43}\n/);
    expect(text).toContain('การเปิดลิงก์นี้ยังไม่เปลี่ยนแปลงสิ่งใด');
    const token = lastTokenOf('head');
    const [row] = await linkRows(memo.id);
    // Only the token's SHA-256 is kept, bound to the person, the step and the version.
    expect(row).toMatchObject({
      tokenHash: sha256(token),
      userId: office.userIds.head,
      memoVersion: memo.version,
      action: 'approve',
      usedAt: null,
    });
    const ttl = row.expiresAt.getTime() - row.createdAt.getTime();
    expect(ttl).toBe(72 * HOUR_MS);

    for (let i = 0; i < 2; i++) {
      const page = await open(token).expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['x-robots-tag']).toMatch(/noindex/);
      expect(page.text).toContain('ขออนุมัติผ่านลิงก์');
      expect(page.text).toContain('เรื่องเดิม ด้วยสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน');
      expect(page.text).toContain('ผู้อำนวยการกลุ่ม');
      expect(page.text).toMatch(/<form method="post"/);
      expect(page.text).toContain('name="note"');
    }
    expect(await memoRow(memo.id)).toMatchObject({ version: memo.version, status: 'in_review' });
    expect((await linkRows(memo.id))[0].usedAt).toBeNull();

    // Without the page's form token nothing happens and the link still works.
    const bare = await act(token, { note: 'ไม่ผ่านหน้ายืนยัน' }).expect(403);
    expect(bare.text).toContain('ยังไม่มีการอนุมัติ');
    expect((await memoRow(memo.id)).version).toBe(memo.version);

    const form = formTokenOf((await open(token).expect(200)).text);
    const done = await act(token, { _csrf: form, note: 'เห็นควรอนุมัติ' }).expect(200);
    expect(done.text).toContain('บันทึกความเห็นเรียบร้อยแล้ว');
    const after = await memoJson(memo.id);
    expect(after).toMatchObject({ status: 'in_review', version: memo.version + 1 });
    expect(after.steps[0]).toMatchObject({ state: 'approved', note: 'เห็นควรอนุมัติ' });
    expect(after.steps[1]).toMatchObject({ state: 'pending', role: 'deputy' });
    expect((await linkRows(memo.id))[0].usedAt).toBeInstanceOf(Date);
    const audit = await t.ds.manager.findBy(AuditEvent, {
      entityType: 'memo',
      entityId: memo.id,
      action: 'memo.approve',
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: office.userIds.head });
    expect(audit[0].data).toMatchObject({ via: 'action-link', step: 1, note: 'เห็นควรอนุมัติ' });

    const again = await act(token, { _csrf: form }).expect(410);
    expect(again.text).toContain('ลิงก์นี้ใช้ไม่ได้แล้ว');
    expect(again.text).toContain('no longer works');
    await open(token).expect(410);
    expect((await memoRow(memo.id)).version).toBe(memo.version + 1);
    // The approval passed it on: the deputy's mail holds a link of their own.
    const deputyLink = await t.ds.manager.findOneByOrFail(ActionLink, {
      memoId: memo.id,
      userId: office.userIds.deputy,
    });
    expect(deputyLink.tokenHash).toBe(sha256(lastTokenOf('deputy')));
  });

  it('refuses another signed-in user, of this office or another, with 403; its person acts', async () => {
    const memo = await draftAndSubmit(t, tokens.officer, { subject: 'ลิงก์ของผู้อื่น' });
    const token = lastTokenOf('head');
    const form = formTokenOf((await open(token).expect(200)).text);
    const officer = await webSignIn(t, office.username('officer'));
    for (const who of [{ Cookie: officer.cookie }, bearer(tokens.deputy), bearer(otherDirector)]) {
      const page = await t.http().get(`/act/${token}`).set(who).expect(403);
      expect(page.text).toContain('ลิงก์นี้ส่งถึงผู้อื่น');
      expect(page.text).not.toContain('ลิงก์ของผู้อื่น');
      await t
        .http()
        .post(`/act/${token}`)
        .set(who)
        .type('form')
        .send(formBody({ _csrf: form }))
        .expect(403);
    }
    expect(await memoRow(memo.id)).toMatchObject({ version: memo.version, status: 'in_review' });
    expect((await linkRows(memo.id))[0].usedAt).toBeNull();

    // The person it was sent to, signed in on the same phone, uses it as well.
    const head = await webSignIn(t, office.username('head'));
    await t.http().get(`/act/${token}`).set('Cookie', head.cookie).expect(200);
    await t
      .http()
      .post(`/act/${token}`)
      .set('Cookie', head.cookie)
      .type('form')
      .send(formBody({ _csrf: form }))
      .expect(200);
    expect((await memoJson(memo.id)).steps[0].state).toBe('approved');
  });

  it('signs at the last step through the link: the memo is approved and numbered', async () => {
    const memo = await draftAndSubmit(t, tokens.officer, { subject: 'ลงนามผ่านลิงก์' });
    expect((await confirm(lastTokenOf('head'))).status).toBe(200);
    expect((await confirm(lastTokenOf('deputy'))).status).toBe(200);
    const page = await open(lastTokenOf('director')).expect(200);
    expect(page.text).toContain('ยืนยันลงนามอนุมัติ');
    const done = await act(lastTokenOf('director'), { _csrf: formTokenOf(page.text) }).expect(200);
    expect(done.text).toContain('ลงนามอนุมัติเรียบร้อยแล้ว');
    const approved = await memoJson(memo.id);
    expect(approved.status).toBe('approved');
    expect(approved.docNumber).toBeTruthy();
    expect(done.text).toContain(approved.docNumber!);
  });

  it('is 410 once expired, also for a form opened before', async () => {
    const memo = await draftAndSubmit(t, tokens.officer, { subject: 'ลิงก์หมดอายุ' });
    const token = lastTokenOf('head');
    const form = formTokenOf((await open(token).expect(200)).text);
    clock.offsetMs = 71 * HOUR_MS;
    await open(token).expect(200);
    clock.offsetMs = 72 * HOUR_MS + 1000;
    await open(token).expect(410);
    await act(token, { _csrf: form }).expect(410);
    expect(await memoRow(memo.id)).toMatchObject({ version: memo.version, status: 'in_review' });
    // The approver can still act in Saraban itself.
    clock.offsetMs = 0;
    await approve(t, tokens.head, memo).expect(200);
  });

  it('is 410 once the step was acted on another way', async () => {
    const memo = await draftAndSubmit(t, tokens.officer, { subject: 'อนุมัติในระบบก่อน' });
    const token = lastTokenOf('head');
    const form = formTokenOf((await open(token).expect(200)).text);
    const approved = (await approve(t, tokens.head, memo).expect(200)).body as MemoJson;
    await open(token).expect(410);
    await act(token, { _csrf: form }).expect(410);
    expect((await memoRow(memo.id)).version).toBe(approved.version);

    const returned = await draftAndSubmit(t, tokens.officer, { subject: 'ส่งกลับในระบบก่อน' });
    const second = lastTokenOf('head');
    await t
      .http()
      .post(`/api/memos/${returned.id}/return`)
      .set(bearer(tokens.head))
      .send({ note: 'แก้ไขก่อน' })
      .expect(200);
    await open(second).expect(410);
  });

  it('answers a token that never existed exactly as a spent one (410), revealing nothing', async () => {
    const unknown = 'A'.repeat(43);
    const gone = await open(unknown).expect(410);
    const spent = await open(lastTokenOf('head')).expect(410);
    expect(gone.text).toBe(spent.text);
    await act(unknown, { _csrf: 'x' }).expect(410);
    await open('short').expect(410);
    await act('short', {}).expect(410);
  });

  it('lets exactly one of two simultaneous POSTs approve; the other is 410', async () => {
    const memo = await draftAndSubmit(t, tokens.officer, { subject: 'กดพร้อมกันสองครั้ง' });
    const token = lastTokenOf('head');
    const form = formTokenOf((await open(token).expect(200)).text);
    const results = await Promise.all([act(token, { _csrf: form }), act(token, { _csrf: form })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
    expect((await memoRow(memo.id)).version).toBe(memo.version + 1);
    const audit = await t.ds.manager.countBy(AuditEvent, {
      entityId: memo.id,
      action: 'memo.approve',
    });
    expect(audit).toBe(1);
  });

  it('mints a new link when a failed mail is sent again; only the mailed one works', async () => {
    refused.add(emailOf('head'));
    const before = mailTo('head').length;
    const memo = await draftAndSubmit(t, tokens.officer, { subject: 'อีเมลส่งไม่สำเร็จครั้งแรก' });
    const [first] = await linkRows(memo.id);
    expect(mailTo('head')).toHaveLength(before);
    refused.clear();
    // The outbox retries the failed delivery after its back-off.
    const deadline = Date.now() + 30_000;
    while (mailTo('head').length === before && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250));
    expect(mailTo('head')).toHaveLength(before + 1);
    const token = lastTokenOf('head');
    const rows = await linkRows(memo.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe(first.id);
    expect(rows[0].tokenHash).toBe(sha256(token));
    expect(first.tokenHash).not.toBe(rows[0].tokenHash);

    // A notice sent once more (a crash after sending) replaces the link again.
    const issued = await t.app
      .get(ActionLinkIssuer)
      .issue(office.orgId, memo.id, office.userIds.head);
    const newer = /\/act\/([A-Za-z0-9_-]{43})$/.exec(issued!.url)![1];
    await open(token).expect(410);
    expect((await confirm(newer)).status).toBe(200);
    const heads = await t.ds.manager.findBy(ActionLink, {
      memoId: memo.id,
      userId: office.userIds.head,
    });
    expect(heads).toHaveLength(1);
    expect(heads[0].usedAt).toBeInstanceOf(Date);
    expect(
      await t.app.get(ActionLinkIssuer).issue(office.orgId, memo.id, office.userIds.head),
    ).toBe(null);
  });

  it('offers no link for a confidential memo', async () => {
    const memo = await draftAndSubmit(t, tokens.officer, {
      subject: 'เรื่องลับ',
      secrecy: 'confidential',
    });
    const text = mailText(mailTo('head').at(-1)!.raw);
    expect(text).toContain('มีบันทึกรอท่านพิจารณา');
    expect(text).not.toContain('/act/');
    expect(await linkRows(memo.id)).toHaveLength(0);
  });
});

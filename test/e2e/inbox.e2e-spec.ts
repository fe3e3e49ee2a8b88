import { SMTP_PORT, ReceivedMail, startSmtp } from '../support/smtp';
import type { SMTPServer } from 'smtp-server';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, memoBody } from '../support/memos';

jest.setTimeout(60_000);

describe('inbox, lists, search, attachments and notifications', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  let smtp: SMTPServer;
  const mail: ReceivedMail[] = [];

  beforeAll(async () => {
    smtp = await startSmtp(mail);
    t = await createTestApp();
    office = await createOffice(t, (spec) => ({
      ...spec,
      people: spec.people.map((p) =>
        p.key === 'head' ? { ...p, email: 'head@example.go.th' } : p,
      ),
    }));
    tokens = await loginAll(t, office, ['officer', 'officer2', 'head', 'deputy', 'director']);
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it('orders the inbox urgent first, then oldest, with author, group and waiting time', async () => {
    const normal = await draftAndSubmit(t, tokens.officer, { subject: 'เรื่องปกติ' });
    const mostUrgent = await draftAndSubmit(t, tokens.officer, {
      subject: 'เรื่องด่วนที่สุด',
      urgency: 'most_urgent',
    });
    const urgent = await draftAndSubmit(t, tokens.officer, { subject: 'เรื่องด่วน', urgency: 'ด่วน' });
    const res = await t.http().get('/api/inbox').set(bearer(tokens.head)).expect(200);
    const ids = res.body.items.map((i: { id: number }) => i.id);
    expect(ids.indexOf(mostUrgent.id)).toBeLessThan(ids.indexOf(urgent.id));
    expect(ids.indexOf(urgent.id)).toBeLessThan(ids.indexOf(normal.id));
    const item = res.body.items.find((i: { id: number }) => i.id === urgent.id);
    expect(item).toMatchObject({
      subject: 'เรื่องด่วน',
      urgency: 'urgent',
      urgencyLabel: 'ด่วน',
      author: { name: 'นายทดสอบofficer ใจดี' },
      group: 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา',
      stepRole: 'group_head',
    });
    expect(item.submittedAt).toBeTruthy();
    expect(typeof item.waitingHours).toBe('number');
    const page = await t
      .http()
      .get('/api/inbox')
      .query({ pageSize: 1, page: 2 })
      .set(bearer(tokens.head))
      .expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(3);
  });

  it('keeps drafts, returned and done boxes per author', async () => {
    const draft = await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.officer2))
      .send(memoBody({ subject: 'ร่างยังไม่ส่ง' }))
      .expect(201);
    const boxes = async (box: string) =>
      (
        await t.http().get('/api/memos').query({ box }).set(bearer(tokens.officer2)).expect(200)
      ).body.items.map((i: { id: number }) => i.id);
    expect(await boxes('drafts')).toEqual([draft.body.id]);
    await t.http().get(`/api/memos/${draft.body.id}`).set(bearer(tokens.director)).expect(404);
    const memo = await draftAndSubmit(t, tokens.officer2, { subject: 'จะถูกส่งกลับ' });
    // Not on this memo's chain, so the head of another group cannot even see it.
    await t
      .http()
      .post(`/api/memos/${memo.id}/return`)
      .set(bearer(tokens.head))
      .send({ note: 'ไม่ใช่กลุ่มของท่าน' })
      .expect(404);
    const done = await draftAndSubmit(t, tokens.officer2, { subject: 'ถอนเรื่อง' });
    await t
      .http()
      .post(`/api/memos/${done.id}/withdraw`)
      .set(bearer(tokens.officer2))
      .send({})
      .expect(200);
    expect(await boxes('done')).toContain(done.id);
    expect(await boxes('in_progress')).toContain(memo.id);
  });

  it('finds memos by Thai words even when the query is unspaced', async () => {
    let memo = await draftAndSubmit(t, tokens.officer, {
      subject: 'รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน',
    });
    const search = (q: Record<string, string>, token = tokens.officer) =>
      t
        .http()
        .get('/api/memos')
        .query(q)
        .set(bearer(token))
        .expect(200)
        .then((r) => r.body.items.map((i: { id: number }) => i.id));
    expect(await search({ q: 'ป้องกันการทุจริตรอบ' })).toContain(memo.id);
    expect(await search({ q: 'ทุจริต 6 เดือน' })).toContain(memo.id);
    expect(await search({ q: 'จัดซื้อจัดจ้าง' })).not.toContain(memo.id);
    expect(await search({ q: '100%_' })).toEqual([]);
    for (const who of ['head', 'deputy', 'director'])
      memo = (await approve(t, tokens[who], memo).expect(200)).body;
    expect(await search({ number: memo.docNumber!.split('/')[1] }, tokens.officer2)).toContain(
      memo.id,
    );
    expect(
      await search(
        { status: 'approved', from: '2000-01-01', to: '2999-01-01', q: 'ทุจริต' },
        tokens.officer2,
      ),
    ).toContain(memo.id);
    await t.http().get('/api/memos').query({ box: 'nope' }).set(bearer(tokens.officer)).expect(400);
    await t
      .http()
      .get('/api/memos')
      .query({ from: 'not-a-date' })
      .set(bearer(tokens.officer))
      .expect(400);
  });

  it('stores attachments by hash, checks their type and size, and sanitises names', async () => {
    const draft = await t
      .http()
      .post('/api/memos')
      .set(bearer(tokens.officer))
      .send(memoBody())
      .expect(201);
    const url = `/api/memos/${draft.body.id}/attachments`;
    const pdf = Buffer.from('%PDF-1.4\n% test\n');
    const added = await t
      .http()
      .post(url)
      .set(bearer(tokens.officer))
      .attach('file', pdf, '../../etc/รายงาน.pdf')
      .expect(201);
    expect(added.body).toMatchObject({
      fileName: 'รายงาน.pdf',
      mimeType: 'application/pdf',
      size: pdf.length,
    });
    const download = await t
      .http()
      .get(`${url}/${added.body.id}`)
      .set(bearer(tokens.officer))
      .buffer(true)
      .expect(200);
    expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''");
    await t
      .http()
      .post(url)
      .set(bearer(tokens.officer))
      .attach('file', Buffer.from('MZ...'), 'tool.pdf')
      .expect(415);
    await t
      .http()
      .post(url)
      .set(bearer(tokens.officer))
      .attach('file', Buffer.from('<svg/>'), 'x.svg')
      .expect(415);
    await t.http().post(url).set(bearer(tokens.officer)).expect(400);
    await t.http().post(url).set(bearer(tokens.officer2)).attach('file', pdf, 'a.pdf').expect(404);
    const big = Buffer.concat([pdf, Buffer.alloc(21 * 1024 * 1024)]);
    await t.http().post(url).set(bearer(tokens.officer)).attach('file', big, 'big.pdf').expect(413);
    const memo = (await t.http().get(`/api/memos/${draft.body.id}`).set(bearer(tokens.officer)))
      .body;
    expect(memo.attachments).toHaveLength(1);
  });

  it('notifies the next approver in the app and by e-mail, and the author on return', async () => {
    const before = mail.length;
    const memo = await draftAndSubmit(t, tokens.officer, { subject: 'แจ้งเตือนผู้พิจารณา' });
    const list = await t
      .http()
      .get('/api/notifications')
      .query({ unread: 'true' })
      .set(bearer(tokens.head))
      .expect(200);
    const notice = list.body.items.find((n: { memoId: number }) => n.memoId === memo.id);
    expect(notice.title).toContain('แจ้งเตือนผู้พิจารณา');
    expect(mail.length).toBe(before + 1);
    expect(mail.at(-1)!.to).toEqual(['head@example.go.th']);
    await t
      .http()
      .post(`/api/notifications/${notice.id}/read`)
      .set(bearer(tokens.head))
      .expect(200);
    await t
      .http()
      .post(`/api/notifications/${notice.id}/read`)
      .set(bearer(tokens.officer))
      .expect(404);
    await t
      .http()
      .post(`/api/memos/${memo.id}/return`)
      .set(bearer(tokens.head))
      .send({ note: 'แก้ไขข้อเสนอ' })
      .expect(200);
    const mine = await t.http().get('/api/notifications').set(bearer(tokens.officer)).expect(200);
    expect(mine.body.items[0]).toMatchObject({ kind: 'memo.returned', memoId: memo.id });
    expect(SMTP_PORT).toBeGreaterThan(0);
  });
});

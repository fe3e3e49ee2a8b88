import { ReceivedMail, startSmtp } from '../support/smtp';
import { createHash } from 'node:crypto';
import type { SMTPServer } from 'smtp-server';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';
import { mailText, mimeParts } from '../support/mime';
import { webSignIn } from '../support/web-session';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { DispatchDelivery } from '../../src/dispatch/dispatch-delivery';
import { DispatchService, IssuedDocument } from '../../src/dispatch/dispatch.service';
import { Dispatch } from '../../src/dispatch/dispatch.entity';

jest.setTimeout(120_000);

// Most tests create dispatches through DispatchService, inside a transaction, as the approval's
// trigger does, to test each rule apart; the last one goes through the approval of a circular.
describe('dispatch of issued documents with single-use receipt links', () => {
  let t: TestApp;
  let office: TestOffice;
  let other: TestOffice;
  let tokens: Record<string, string>;
  let otherRegistrar: string;
  let smtp: SMTPServer;
  const mail: ReceivedMail[] = [];
  const schools: Array<{ id: number; email: string }> = [];
  let agencyId: number;
  let otherSchoolId: number;
  let memo: MemoJson;

  const addRecipient = async (token: string, name: string, email: string, kind: string) =>
    (
      await t
        .http()
        .post('/api/recipients')
        .set(bearer(token))
        .send({ name, email, kind })
        .expect(201)
    ).body as { id: number; email: string };

  const dispatch = async (doc: Partial<IssuedDocument>, orgId = office.orgId) => {
    const { events, dispatches } = await t.app.get(TransactionRunner).run((tx) =>
      t.app.get(DispatchService).dispatchIssued(tx, orgId, {
        memoId: memo.id,
        documentType: 'memo',
        documentId: memo.id,
        subject: 'เรื่องส่งโรงเรียน',
        secrecy: 'normal',
        recipients: {},
        ...doc,
      }),
    );
    await t.app.get(DispatchDelivery).deliver(events);
    return dispatches;
  };

  const tokenIn = (m: ReceivedMail): string => {
    const match = /\/receipts\/([A-Za-z0-9_-]{43})/.exec(mailText(m.raw));
    if (!match) throw new Error(`no receipt link in ${mailText(m.raw)}`);
    return match[1];
  };
  const mailTo = (email: string) => mail.filter((m) => m.to.includes(email));
  const rowOf = (id: number) => t.ds.manager.findOneByOrFail(Dispatch, { id });

  beforeAll(async () => {
    smtp = await startSmtp(mail);
    t = await createTestApp();
    office = await createOffice(t);
    other = await createOffice(t);
    tokens = await loginAll(t, office, ['deputy', 'director', 'registrar', 'officer', 'head']);
    otherRegistrar = (await loginAll(t, other, ['registrar'])).registrar;
    for (const n of [1, 2, 3])
      schools.push(
        await addRecipient(
          tokens.registrar,
          `โรงเรียนทดสอบ ${n}`,
          `s${n}@school.example.ac.th`,
          'school',
        ),
      );
    agencyId = (
      await addRecipient(tokens.registrar, 'ศึกษาธิการจังหวัด', 'peo@example.go.th', 'agency')
    ).id;
    otherSchoolId = (
      await addRecipient(otherRegistrar, 'โรงเรียนเขตอื่น', 'x@other.example.ac.th', 'school')
    ).id;
    memo = await draftAndSubmit(t, tokens.deputy, { subject: 'เรื่องส่งโรงเรียน' });
    memo = (await approve(t, tokens.director, memo).expect(200)).body;
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it('refuses secret documents by e-mail and recipients of other offices', async () => {
    await expect(
      dispatch({ secrecy: 'secret', recipients: { schools: 'all' } }),
    ).rejects.toMatchObject({ code: 'DISPATCH_SECRET_REFUSED' });
    await expect(dispatch({ recipients: { recipientIds: [otherSchoolId] } })).rejects.toMatchObject(
      { code: 'DISPATCH_UNKNOWN_RECIPIENT' },
    );
    await expect(dispatch({ recipients: { schools: [agencyId] } })).rejects.toMatchObject({
      code: 'DISPATCH_UNKNOWN_RECIPIENT',
    });
    expect(await t.ds.manager.countBy(Dispatch, { memoId: memo.id })).toBe(0);
    expect(mail).toHaveLength(0);
  });

  it('makes one row and one e-mail with the sealed PDF per school; the group head is told', async () => {
    const rows = await dispatch({
      recipients: { schools: 'all', recipientIds: [schools[0].id], groupIds: [office.groupIds.g1] },
    });
    expect(rows.map((r) => r.channel).sort()).toEqual(['email', 'email', 'email', 'internal']);
    expect(mail.map((m) => m.to).sort()).toEqual(schools.map((s) => [s.email]));
    for (const m of mail) {
      const pdf = mimeParts(m.raw).find((p) => /application\/pdf/i.test(p.headers));
      expect(pdf?.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(mailText(m.raw)).toContain(memo.docNumber!);
    }
    const notices = await t.http().get('/api/notifications').set(bearer(tokens.head)).expect(200);
    expect(notices.body.items[0]).toMatchObject({
      kind: 'dispatch.internal',
      memoId: memo.id,
      title: 'มีหนังสือส่งถึงกลุ่มของท่าน: เรื่องส่งโรงเรียน',
    });
  });

  it('shows the author and the registry desk who has received it, never the links', async () => {
    for (const who of ['deputy', 'registrar']) {
      const res = await t
        .http()
        .get('/api/dispatches')
        .query({ memoId: memo.id })
        .set(bearer(tokens[who]))
        .expect(200);
      expect(res.body.items).toHaveLength(4);
      expect(res.body).toMatchObject({ emailed: 3, received: 0 });
      for (const item of res.body.items) {
        expect(item).toMatchObject({ state: 'sent', receivedAt: null, receiptUrl: null });
        expect(JSON.stringify(item)).not.toMatch(/receipts\//);
      }
    }
    await t
      .http()
      .get('/api/dispatches')
      .query({ memoId: memo.id })
      .set(bearer(tokens.officer))
      .expect(403);
    await t
      .http()
      .get('/api/dispatches')
      .query({ memoId: memo.id })
      .set(bearer(otherRegistrar))
      .expect(404);
    await t
      .http()
      .get('/api/dispatches')
      .query({ memoId: 'x' })
      .set(bearer(tokens.deputy))
      .expect(400);
  });

  it('GET shows the confirmation page and changes nothing; POST records; again 410; unknown 404', async () => {
    const [m] = mailTo(schools[0].email);
    const token = tokenIn(m);
    const row = await t.ds.manager.findOneByOrFail(Dispatch, {
      memoId: memo.id,
      recipientId: schools[0].id,
    });
    // Only the token's SHA-256 is stored.
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const page = await t.http().get(`/receipts/${token}`).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('ยืนยันการรับหนังสือ');
    expect(page.text).toContain(memo.docNumber!);
    expect(page.text).toContain('เรื่องส่งโรงเรียน');
    expect(page.text).toContain(`สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ ${office.prefix}`);
    expect(page.text).toMatch(/<form method="post">/);
    await t.http().get(`/receipts/${token}`).expect(200);
    expect(await rowOf(row.id)).toMatchObject({ state: 'sent', receivedAt: null });

    const confirmed = await t.http().post(`/receipts/${token}`).expect(200);
    expect(confirmed.text).toContain('บันทึกการรับหนังสือเรียบร้อยแล้ว');
    const received = await rowOf(row.id);
    expect(received.state).toBe('received');
    expect(received.receivedAt).toBeInstanceOf(Date);
    const again = await t.http().post(`/receipts/${token}`).expect(410);
    expect(again.text).toContain('ใช้ยืนยันไปแล้ว');
    expect(again.text).toContain('already confirmed');
    expect((await rowOf(row.id)).receivedAt).toEqual(received.receivedAt);

    const unknown = 'A'.repeat(43);
    await t.http().get(`/receipts/${unknown}`).expect(404);
    await t.http().post(`/receipts/${unknown}`).expect(404);
    await t.http().post('/receipts/short').expect(404);
  });

  it('resends with a new link that replaces the old one; a received one cannot be resent', async () => {
    const row = await t.ds.manager.findOneByOrFail(Dispatch, {
      memoId: memo.id,
      recipientId: schools[1].id,
    });
    const oldToken = tokenIn(mailTo(schools[1].email)[0]);
    await t.http().post(`/api/dispatches/${row.id}/resend`).set(bearer(tokens.officer)).expect(403);
    await t.http().post(`/api/dispatches/${row.id}/resend`).set(bearer(otherRegistrar)).expect(404);
    const res = await t
      .http()
      .post(`/api/dispatches/${row.id}/resend`)
      .set(bearer(tokens.deputy))
      .expect(200);
    expect(res.body).toMatchObject({ id: row.id, state: 'sent', sendCount: 2, receiptUrl: null });
    const sent = mailTo(schools[1].email);
    expect(sent).toHaveLength(2);
    const newToken = tokenIn(sent[1]);
    expect(newToken).not.toBe(oldToken);
    await t.http().get(`/receipts/${oldToken}`).expect(404);
    await t.http().post(`/receipts/${oldToken}`).expect(404);
    await t.http().post(`/receipts/${newToken}`).expect(200);
    const received = await t
      .http()
      .post(`/api/dispatches/${row.id}/resend`)
      .set(bearer(tokens.registrar))
      .expect(409);
    expect(received.body.code).toBe('DISPATCH_NOT_RESENDABLE');
  });

  it('shows the web status page to the author with who has received it and a resend button', async () => {
    const web = await webSignIn(t, office.username('deputy'));
    const page = await t
      .http()
      .get(`/memos/${memo.id}/dispatch`)
      .set('Cookie', web.cookie)
      .expect(200);
    expect(page.text).toContain('ยืนยันรับแล้ว ๒ แห่ง');
    expect(page.text.match(/รับแล้ว<\/span>/g)).toHaveLength(2);
    expect(page.text).toContain('ยังไม่ยืนยันรับ');
    const row = await t.ds.manager.findOneByOrFail(Dispatch, {
      memoId: memo.id,
      recipientId: schools[2].id,
    });
    const action = `/memos/${memo.id}/dispatch/${row.id}/resend`;
    expect(page.text).toContain(`action="${action}"`);
    const before = mailTo(schools[2].email).length;
    await t
      .http()
      .post(action)
      .set('Cookie', web.cookie)
      .type('form')
      .send({ _csrf: web.csrf })
      .expect(303)
      .expect('Location', `/memos/${memo.id}/dispatch?done=resend`);
    expect(mailTo(schools[2].email)).toHaveLength(before + 1);
    const officer = await webSignIn(t, office.username('officer'));
    await t.http().get(`/memos/${memo.id}/dispatch`).set('Cookie', officer.cookie).expect(403);
  });

  it('tells the author once every e-mailed recipient has confirmed', async () => {
    const kinds = async () =>
      (
        await t.http().get('/api/notifications').set(bearer(tokens.deputy)).expect(200)
      ).body.items.map((n: { kind: string }) => n.kind);
    expect(await kinds()).not.toContain('dispatch.all-received');
    await t
      .http()
      // The latest e-mail: the web page above sent it again, which killed the first link.
      .post(`/receipts/${tokenIn(mailTo(schools[2].email).at(-1)!)}`)
      .expect(200);
    expect((await kinds()).filter((k: string) => k === 'dispatch.all-received')).toHaveLength(1);
    const list = await t
      .http()
      .get('/api/dispatches')
      .query({ memoId: memo.id })
      .set(bearer(tokens.deputy))
      .expect(200);
    expect(list.body).toMatchObject({ emailed: 3, received: 3 });
  });

  it('dispatches a circular to every school of its office when the director approves it', async () => {
    const local = await createOffice(t);
    const tk = await loginAll(t, local, ['deputy', 'director', 'registrar']);
    const emails = ['c1@circ.example.ac.th', 'c2@circ.example.ac.th'];
    for (const [i, email] of emails.entries()) {
      await addRecipient(tk.registrar, `โรงเรียนหนังสือเวียน ${i + 1}`, email, 'school');
    }
    await addRecipient(tk.registrar, 'ศึกษาธิการจังหวัด', 'peo@circ.example.go.th', 'agency');
    let circular = await draftAndSubmit(t, tk.deputy, {
      subject: 'ขอเสนอลงนามในหนังสือเวียนถึงโรงเรียนในสังกัด',
      issuance: {
        kind: 'letter',
        circular: true,
        subject: 'การลงนามบันทึกข้อตกลงคุณธรรม',
        to: 'ผู้อำนวยการโรงเรียนในสังกัด',
        paragraphs: ['ด้วยสำนักงานเขตพื้นที่การศึกษาจะจัดให้มีการลงนามบันทึกข้อตกลง', 'จึงเรียนมาเพื่อทราบ'],
        recipients: { schools: 'all' },
      },
    });
    circular = (await approve(t, tk.director, circular).expect(200)).body as MemoJson;
    const number = (circular as unknown as { issuance: { number: string } }).issuance.number;
    expect(number).toMatch(/\/ว [๐-๙]+$/);

    const list = await t
      .http()
      .get('/api/dispatches')
      .query({ memoId: circular.id })
      .set(bearer(tk.deputy))
      .expect(200);
    expect(list.body.items.map((i: { recipient: string }) => i.recipient).sort()).toEqual([
      'โรงเรียนหนังสือเวียน 1',
      'โรงเรียนหนังสือเวียน 2',
    ]);
    for (const email of emails) {
      const sent = mailTo(email);
      expect(sent).toHaveLength(1);
      expect(mailText(sent[0].raw)).toContain(number);
      const token = tokenIn(sent[0]);
      await t.http().get(`/receipts/${token}`).expect(200);
      await t.http().post(`/receipts/${token}`).expect(200);
      await t.http().post(`/receipts/${token}`).expect(410);
    }
    expect(mailTo('peo@circ.example.go.th')).toHaveLength(0);
  });
});

// The LINE channel against a local stand-in for the Messaging API (test/support/line-server.ts):
// the signed webhook, the account-link flow through the web pages, push messages with their
// retry key, and the outbox retrying a push LINE failed.
import { FakeLine, LINE_SECRET, LINE_TOKEN, lineUserId } from '../support/line-server';
import { MEMO_RETURNED, MEMO_SUBMITTED } from '../../src/memo/memo.events';
import { lineSignature } from '../../src/line/line-signature';
import { OutboxDispatcher } from '../../src/outbox/outbox.dispatcher';
import { OutboxDelivery } from '../../src/outbox/outbox-delivery.entity';
import { LineLinkNonce } from '../../src/line/line-link-nonce.entity';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { bearer, draftAndSubmit } from '../support/memos';
import { csrfOf, postForm, webSignIn, WebSession } from '../support/web-session';

jest.setTimeout(120_000);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface LineEventInput {
  type: string;
  userId: string;
  replyToken?: string;
  [key: string]: unknown;
}

/** A webhook body as LINE sends it. */
const webhookBody = (...events: LineEventInput[]): string =>
  JSON.stringify({
    destination: 'U00000000000000000000000000000000',
    events: events.map(({ type, userId, ...rest }, i) => ({
      type,
      mode: 'active',
      timestamp: Date.now(),
      source: { type: 'user', userId },
      webhookEventId: `01TEST${Date.now()}${i}`,
      deliveryContext: { isRedelivery: false },
      ...rest,
    })),
  });

describe('LINE Messaging API channel', () => {
  let t: TestApp;
  let office: TestOffice;
  let other: TestOffice;
  let tokens: Record<string, string>;
  let otherTokens: Record<string, string>;
  const line = new FakeLine();

  const postWebhook = (
    body: string,
    signature: string | null = lineSignature(LINE_SECRET, Buffer.from(body)),
  ) => {
    const req = t
      .http()
      .post('/api/line/webhook')
      .set('Content-Type', 'application/json; charset=utf-8');
    return (signature === null ? req : req.set('X-Line-Signature', signature)).send(body);
  };

  const linkStatus = async (token: string) =>
    (await t.http().get('/api/line/link').set(bearer(token)).expect(200)).body as {
      configured: boolean;
      linked: boolean;
      linkedAt: string | null;
    };

  /** The person writes to the Official Account; the reply holds the link URL. */
  const askForLink = async (lineUser: string): Promise<{ path: string; linkToken: string }> => {
    const replyToken = `reply-${lineUser}-${line.replies.length}`;
    await postWebhook(
      webhookBody({
        type: 'message',
        userId: lineUser,
        replyToken,
        message: { type: 'text', id: '1', text: 'เชื่อมบัญชี' },
      }),
    ).expect(200);
    const reply = line.replies.find((r) => r.replyToken === replyToken);
    expect(reply).toBeDefined();
    const url = /https?:\/\/\S+\/line\/link\?linkToken=\S+/.exec(reply!.text)?.[0];
    expect(url).toBeDefined();
    const parsed = new URL(url!);
    const linkToken = parsed.searchParams.get('linkToken')!;
    expect(line.linkTokens.get(linkToken)).toBe(lineUser);
    return { path: `${parsed.pathname}${parsed.search}`, linkToken };
  };

  /** Signed in, the person opens the link and confirms: LINE's page with a nonce comes next. */
  const confirmLink = async (
    session: WebSession,
    path: string,
  ): Promise<{ linkToken: string; nonce: string }> => {
    const page = await t
      .http()
      .get(path)
      .set('Cookie', session.cookie)
      .set('Accept', 'text/html')
      .expect(200);
    expect(page.text).toContain('ยืนยันการเชื่อมบัญชี LINE');
    const linkToken = /name="linkToken" value="([^"]+)"/.exec(page.text)![1];
    const posted = await postForm(t, { ...session, csrf: csrfOf(page.text) }, '/line/link', {
      linkToken,
    }).expect(303);
    const next = new URL(posted.headers.location);
    expect(`${next.origin}${next.pathname}`).toBe('https://access.line.me/dialog/bot/accountLink');
    expect(next.searchParams.get('linkToken')).toBe(linkToken);
    const nonce = next.searchParams.get('nonce')!;
    expect(nonce.length).toBeGreaterThanOrEqual(10);
    expect(nonce.length).toBeLessThanOrEqual(255);
    return { linkToken, nonce };
  };

  /** LINE reports the link done, as it does after its account-link page. */
  const accountLinked = (lineUser: string, nonce: string, result = 'ok') =>
    postWebhook(
      webhookBody({
        type: 'accountLink',
        userId: lineUser,
        replyToken: `linked-${nonce.slice(0, 8)}`,
        link: { result, nonce },
      }),
    ).expect(200);

  const linkPerson = async (session: WebSession, lineUser: string) => {
    const { path } = await askForLink(lineUser);
    const { nonce } = await confirmLink(session, path);
    await accountLinked(lineUser, nonce);
  };

  const eventOf = async (memoId: number, topic: string): Promise<number> => {
    const [row] = await t.ds.query<Array<{ id: number }>>(
      'SELECT id FROM outbox_event WHERE org_id = ? AND aggregate_id = ? AND topic = ?',
      [office.orgId, memoId, topic],
    );
    return Number(row.id);
  };

  const channelDelivery = async (eventId: number) => {
    const rows = await t.ds.query<Array<{ state: string; attempts: number; last_error: string }>>(
      'SELECT state, attempts, last_error FROM outbox_delivery WHERE event_id = ? AND consumer = ?',
      [eventId, 'notify.channels'],
    );
    return rows[0] ? { ...rows[0], attempts: Number(rows[0].attempts) } : undefined;
  };

  /** The outbox's next attempt, now rather than after its back-off. */
  const retryNow = async (eventId: number) => {
    await t.ds.manager.update(
      OutboxDelivery,
      { eventId },
      { nextAttemptAt: new Date(Date.now() - 1000) },
    );
    await t.app.get(OutboxDispatcher).deliver([eventId]);
  };

  beforeAll(async () => {
    await line.start();
    t = await createTestApp();
    office = await createOffice(t);
    other = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'head', 'deputy']);
    otherTokens = await loginAll(t, other, ['head']);
  });
  afterAll(async () => {
    await t.close();
    await line.stop();
  });
  afterEach(() => expect(line.problems).toEqual([]));

  describe('webhook', () => {
    it('answers 200 to a body signed with the channel secret (LINE’s verify button sends no events)', async () => {
      await postWebhook(JSON.stringify({ destination: 'U0', events: [] })).expect(200);
    });

    it('refuses a tampered body, another secret, or no signature, and acts on none of them', async () => {
      const lineUser = lineUserId();
      const body = webhookBody({ type: 'message', userId: lineUser, replyToken: 'tampered' });
      const signature = lineSignature(LINE_SECRET, Buffer.from(body));
      const tampered = body.replace('"tampered"', '"tampereD"');
      const res = await postWebhook(tampered, signature).expect(401);
      expect(res.body).toMatchObject({ code: 'LINE_SIGNATURE_INVALID' });
      await postWebhook(body, lineSignature('not-the-secret', Buffer.from(body))).expect(401);
      await postWebhook(body, null).expect(401);
      await postWebhook(body, LINE_TOKEN).expect(401);
      expect(line.requests.filter((r) => r.path.includes(lineUser))).toEqual([]);
    });

    it('answers 400 to signed bytes that are not the webhook’s JSON', async () => {
      await postWebhook(JSON.stringify({ destination: 'U0' })).expect(400);
    });
  });

  describe('linking an account', () => {
    it('links the signed-in person through LINE’s account-link flow', async () => {
      const lineUser = lineUserId();
      const head = await webSignIn(t, office.username('head'));
      expect(await linkStatus(tokens.head)).toMatchObject({ configured: true, linked: false });

      const { path } = await askForLink(lineUser);
      const linkTokenCall = line.requests.find(
        (r) => r.path === `/v2/bot/user/${lineUser}/linkToken`,
      );
      expect(linkTokenCall).toMatchObject({ method: 'POST', status: 200 });
      expect(linkTokenCall!.headers.authorization).toBe(`Bearer ${LINE_TOKEN}`);

      // Not signed in: the sign-in page, which comes back to the link afterwards.
      const anonymous = await t.http().get(path).set('Accept', 'text/html').expect(303);
      expect(anonymous.headers.location).toBe(`/?next=${encodeURIComponent(path)}`);
      // The confirm page may send its form on to LINE (the redirect is a form action).
      const page = await t
        .http()
        .get(path)
        .set('Cookie', head.cookie)
        .set('Accept', 'text/html')
        .expect(200);
      expect(page.headers['content-security-policy']).toMatch(
        /form-action 'self' https:\/\/access\.line\.me/,
      );
      expect(await linkStatus(tokens.head)).toMatchObject({ linked: false }); // GET changed nothing

      const { nonce } = await confirmLink(head, path);
      expect(await linkStatus(tokens.head)).toMatchObject({ linked: false });
      await accountLinked(lineUser, nonce);
      const status = await linkStatus(tokens.head);
      expect(status).toMatchObject({ linked: true });
      expect(Date.parse(status.linkedAt!)).not.toBeNaN();
      expect(line.replies.at(-1)!.text).toContain('เชื่อมบัญชีเรียบร้อยแล้ว');

      // Writing again: the account is linked already, no new link token.
      const tokensBefore = line.linkTokens.size;
      await postWebhook(
        webhookBody({ type: 'message', userId: lineUser, replyToken: 'again' }),
      ).expect(200);
      expect(line.linkTokens.size).toBe(tokensBefore);
      expect(line.replies.at(-1)).toMatchObject({ replyToken: 'again' });
      expect(line.replies.at(-1)!.text).toContain('เชื่อมกับระบบสารบรรณอิเล็กทรอนิกส์แล้ว');
    });

    it('uses a nonce once, for the person who made it, and not after it expired', async () => {
      const deputy = await webSignIn(t, office.username('deputy'));
      const otherHead = await webSignIn(t, other.username('head'));
      const deputyLine = lineUserId();
      const { nonce } = await confirmLink(deputy, (await askForLink(deputyLine)).path);

      // Another office's person confirms their own link: their nonce links them, not the deputy.
      const strangerLine = lineUserId();
      const stranger = await confirmLink(otherHead, (await askForLink(strangerLine)).path);
      await accountLinked(strangerLine, stranger.nonce);
      expect(await linkStatus(otherTokens.head)).toMatchObject({ linked: true });
      expect(await linkStatus(tokens.deputy)).toMatchObject({ linked: false });
      // Replayed, or brought by another LINE user: it links nobody.
      const intruder = lineUserId();
      await accountLinked(intruder, stranger.nonce);
      expect(line.replies.at(-1)!.text).toContain('ไม่สำเร็จ');
      await accountLinked(intruder, 'a-nonce-nobody-made');
      // LINE said the link failed: the deputy's nonce is not used.
      await accountLinked(deputyLine, nonce, 'failed');
      expect(await linkStatus(tokens.deputy)).toMatchObject({ linked: false });

      // Expired (ten minutes): refused; the deputy starts again and links.
      await t.ds.manager.update(
        LineLinkNonce,
        { orgId: office.orgId },
        { expiresAt: new Date(Date.now() - 1000) },
      );
      await accountLinked(deputyLine, nonce);
      expect(await linkStatus(tokens.deputy)).toMatchObject({ linked: false });
      await linkPerson(deputy, deputyLine);
      expect(await linkStatus(tokens.deputy)).toMatchObject({ linked: true });
      const rows = await t.ds.query<Array<{ user_id: number }>>(
        'SELECT user_id FROM line_account WHERE line_user_id IN (?, ?)',
        [intruder, strangerLine],
      );
      expect(rows.map((r) => Number(r.user_id))).toEqual([other.userIds.head]);
    });

    it('refuses a link page or confirmation without a proper link token', async () => {
      const officer = await webSignIn(t, office.username('officer'));
      await t
        .http()
        .get('/line/link')
        .set('Cookie', officer.cookie)
        .set('Accept', 'text/html')
        .expect(400);
      await t
        .http()
        .get('/line/link?linkToken=%3Cscript%3E')
        .set('Cookie', officer.cookie)
        .set('Accept', 'text/html')
        .expect(400);
      const res = await postForm(t, officer, '/line/link', { linkToken: 'no spaces allowed' })
        .set('Accept', 'application/json')
        .expect(400);
      expect(res.body).toMatchObject({ code: 'LINE_LINK_TOKEN_INVALID' });
      // Without the form token (a cross-site post): refused before anything is made.
      await t
        .http()
        .post('/line/link')
        .set('Cookie', officer.cookie)
        .type('form')
        .send({ linkToken: 'abcdefghijk' })
        .expect(403);
      const [{ n }] = await t.ds.query<Array<{ n: number }>>(
        'SELECT COUNT(*) AS n FROM line_link_nonce WHERE org_id = ? AND user_id = ?',
        [office.orgId, office.userIds.officer],
      );
      expect(Number(n)).toBe(0);
    });
  });

  describe('push messages', () => {
    let headLine: string;
    const officerLine = lineUserId();

    beforeAll(async () => {
      const status = await linkStatus(tokens.head);
      if (!status.linked) throw new Error('the link test links head first');
      const [row] = await t.ds.query<Array<{ line_user_id: string }>>(
        'SELECT line_user_id FROM line_account WHERE org_id = ? AND user_id = ?',
        [office.orgId, office.userIds.head],
      );
      headLine = row.line_user_id;
      await linkPerson(await webSignIn(t, office.username('officer')), officerLine);
    });

    const pushCalls = (text: string) =>
      line.requests
        .filter((r) => r.path === '/v2/bot/message/push' && JSON.stringify(r.body).includes(text))
        .map((r) => [r.status, r.headers['x-line-retry-key']]);

    /** Head sends the memo back: its author (linked, with no one-tap link) is told. */
    const sendBack = async (subject: string) => {
      const memo = await draftAndSubmit(t, tokens.officer, { subject });
      return {
        memo,
        send: () =>
          t
            .http()
            .post(`/api/memos/${memo.id}/return`)
            .set(bearer(tokens.head))
            .send({ note: 'โปรดแก้ไข', version: memo.version })
            .expect(200),
      };
    };

    const actToken = (text: string) => /\/act\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

    it('pushes the notice of a memo waiting on a linked person, with its one-tap link and retry key', async () => {
      const memo = await draftAndSubmit(t, tokens.officer, { subject: 'แจ้งเตือนทางไลน์' });
      const eventId = await eventOf(memo.id, MEMO_SUBMITTED);
      const pushes = line.pushesTo(headLine).filter((p) => p.text.includes('แจ้งเตือนทางไลน์'));
      expect(pushes).toHaveLength(1);
      const [push] = pushes;
      expect(push.text).toContain('มีบันทึกรอท่านพิจารณา: แจ้งเตือนทางไลน์');
      expect(push.text).toMatch(new RegExp(`เปิดดู: https?://\\S+/memos/${memo.id}\n`));
      expect(push.text).toMatch(/อนุมัติได้ทันที: https?:\/\/\S+\/act\/\S+/);
      expect(push.retryKey).toMatch(UUID);
      const request = line.requests.find((r) => r.headers['x-line-retry-key'] === push.retryKey)!;
      expect(request).toMatchObject({ method: 'POST', path: '/v2/bot/message/push', status: 200 });
      expect(request.headers.authorization).toBe(`Bearer ${LINE_TOKEN}`);
      expect(request.body).toEqual({ to: headLine, messages: [{ type: 'text', text: push.text }] });
      expect(await channelDelivery(eventId)).toMatchObject({ state: 'done', attempts: 0 });
      // The one-tap link works for the person it went to (a confirmation page, nothing done yet).
      await t
        .http()
        .get(`/act/${actToken(push.text)}`)
        .expect(200);
      // Only the linked person: nobody else is written to about it.
      expect(line.pushes.filter((p) => p.text.includes('แจ้งเตือนทางไลน์'))).toEqual(pushes);
    });

    it('retries through the outbox when LINE fails, with the same retry key', async () => {
      const { memo, send } = await sendBack('ไลน์ล่มครั้งแรก');
      line.failNextPushes('fail');
      await send();
      const eventId = await eventOf(memo.id, MEMO_RETURNED);
      const failed = await channelDelivery(eventId);
      expect(failed).toMatchObject({ state: 'failed', attempts: 1 });
      expect(failed!.last_error).toContain('500');
      expect(line.pushesTo(officerLine).filter((p) => p.text.includes('ไลน์ล่มครั้งแรก'))).toEqual([]);

      await retryNow(eventId);
      expect(await channelDelivery(eventId)).toMatchObject({ state: 'done', attempts: 1 });
      const pushes = line.pushesTo(officerLine).filter((p) => p.text.includes('ไลน์ล่มครั้งแรก'));
      expect(pushes).toHaveLength(1);
      expect(pushes[0].text).toContain('บันทึกถูกส่งกลับแก้ไข: ไลน์ล่มครั้งแรก');
      expect(pushCalls('ถูกส่งกลับแก้ไข: ไลน์ล่มครั้งแรก')).toEqual([
        [500, pushes[0].retryKey],
        [200, pushes[0].retryKey],
      ]);
    });

    it('sends once when LINE accepted a push but the answer was lost (409 on the retry)', async () => {
      const { memo, send } = await sendBack('ไลน์รับแล้วแต่ตอบผิดพลาด');
      line.failNextPushes('accept-then-fail');
      await send();
      const eventId = await eventOf(memo.id, MEMO_RETURNED);
      expect(await channelDelivery(eventId)).toMatchObject({ state: 'failed', attempts: 1 });
      await retryNow(eventId);
      expect(await channelDelivery(eventId)).toMatchObject({ state: 'done' });
      const calls = pushCalls('ถูกส่งกลับแก้ไข: ไลน์รับแล้ว');
      expect(calls.map(([status]) => status)).toEqual([500, 409]);
      expect(calls[0][1]).toBe(calls[1][1]);
      expect(line.pushes.filter((p) => p.text.includes('ถูกส่งกลับแก้ไข: ไลน์รับแล้ว'))).toHaveLength(1);
    });

    it('sends a retried one-tap notice with its new link, under a new key', async () => {
      line.failNextPushes('fail');
      const memo = await draftAndSubmit(t, tokens.officer, { subject: 'ลิงก์ใหม่เมื่อส่งซ้ำ' });
      const eventId = await eventOf(memo.id, MEMO_SUBMITTED);
      expect(await channelDelivery(eventId)).toMatchObject({ state: 'failed', attempts: 1 });
      await retryNow(eventId);
      const calls = pushCalls('ลิงก์ใหม่เมื่อส่งซ้ำ');
      expect(calls.map(([status]) => status)).toEqual([500, 200]);
      expect(calls[0][1]).not.toBe(calls[1][1]);
      const [push] = line.pushesTo(headLine).filter((p) => p.text.includes('ลิงก์ใหม่เมื่อส่งซ้ำ'));
      await t
        .http()
        .get(`/act/${actToken(push.text)}`)
        .expect(200);
      // The link of the attempt LINE failed was replaced by the retry's.
      const failedBody = line.requests.find((r) => r.headers['x-line-retry-key'] === calls[0][1])!
        .body as { messages: Array<{ text: string }> };
      const stale = actToken(failedBody.messages[0].text);
      expect(stale).not.toBe(actToken(push.text));
      await t.http().get(`/act/${stale}`).expect(410);
    });

    it('does not retry a push LINE refuses outright', async () => {
      line.failNextPushes('refuse');
      const memo = await draftAndSubmit(t, tokens.officer, { subject: 'ไลน์ปฏิเสธ' });
      const eventId = await eventOf(memo.id, MEMO_SUBMITTED);
      expect(await channelDelivery(eventId)).toMatchObject({ state: 'done', attempts: 0 });
      const calls = line.requests.filter((r) => JSON.stringify(r.body ?? '').includes('ไลน์ปฏิเสธ'));
      expect(calls.map((r) => r.status)).toEqual([400]);
    });

    it('stops when the person unlinks, or blocks the Official Account', async () => {
      await t
        .http()
        .delete('/api/line/link')
        .set(bearer(tokens.head))
        .expect(200, { linked: false });
      expect(await linkStatus(tokens.head)).toMatchObject({ linked: false });
      await draftAndSubmit(t, tokens.officer, { subject: 'หลังยกเลิกการเชื่อม' });
      expect(line.pushes.filter((p) => p.text.includes('หลังยกเลิกการเชื่อม'))).toEqual([]);

      const deputyLine = (
        await t.ds.query<Array<{ line_user_id: string }>>(
          'SELECT line_user_id FROM line_account WHERE org_id = ? AND user_id = ?',
          [office.orgId, office.userIds.deputy],
        )
      )[0].line_user_id;
      await postWebhook(webhookBody({ type: 'unfollow', userId: deputyLine })).expect(200);
      expect(await linkStatus(tokens.deputy)).toMatchObject({ linked: false });
      // Another office's link is theirs alone, untouched by all this.
      expect(await linkStatus(otherTokens.head)).toMatchObject({ linked: true });
    });

    it('unlinks from the web page too', async () => {
      const head = await webSignIn(t, office.username('head'));
      await linkPerson(head, lineUserId());
      const page = await t
        .http()
        .get('/line')
        .set('Cookie', head.cookie)
        .set('Accept', 'text/html')
        .expect(200);
      expect(page.text).toContain('ยกเลิกการเชื่อมบัญชี LINE');
      const res = await postForm(
        t,
        { ...head, csrf: csrfOf(page.text) },
        '/line/unlink',
        {},
      ).expect(303);
      expect(res.headers.location).toBe('/line?done=unlinked');
      expect(await linkStatus(tokens.head)).toMatchObject({ linked: false });
    });
  });
});

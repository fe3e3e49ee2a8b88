// Attacks on the API: another office's ids, role escalation, delegations out of force, forged
// tokens, SQL meta-characters, stored XSS, path traversal in file names, secret memos.
// The renderer's isolation (no network, no file access from a document) is proven in
// test/render/sandbox.spec.ts and not repeated here.
import { createHmac } from 'node:crypto';
import { DiscoveryModule } from '@nestjs/core';
import { Clock } from '../../src/common/clock';
import { createTestApp, TestApp } from '../support/app';
import { MovableClock } from '../support/clock';
import { snapshotOffice } from '../support/db-snapshot';
import { foreignIdAnswers, officeRows, OfficeTokens } from '../support/cross-office';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, memoBody, MemoJson } from '../support/memos';

jest.setTimeout(60_000);

const KEYS = ['officer', 'officer2', 'head', 'deputy', 'director', 'registrar', 'oit', 'admin'];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const DAY = 86_400_000;

describe('security', () => {
  const clock = new MovableClock();
  let t: TestApp;
  let mine: TestOffice;
  let theirs: TestOffice;
  let tk: Record<string, string>;
  let their: Record<string, string>;
  let delegationId: number;

  beforeAll(async () => {
    t = await createTestApp((b) => b.overrideProvider(Clock).useValue(clock), {
      imports: [DiscoveryModule],
    });
    mine = await createOffice(t);
    theirs = await createOffice(t);
    tk = await loginAll(t, mine, KEYS);
    their = await loginAll(t, theirs, KEYS);
    // The deputy signs memos ปฏิบัติราชการแทน for a day: the chain is head → deputy.
    const delegation = await t
      .http()
      .post('/api/delegations')
      .set(bearer(tk.admin))
      .send({
        kind: 'on_behalf',
        delegateUserId: mine.userIds.deputy,
        documentKinds: ['memo'],
        startsAt: new Date(Date.now() - DAY).toISOString(),
        endsAt: new Date(Date.now() + DAY).toISOString(),
      })
      .expect(201);
    delegationId = delegation.body.id;
  });
  afterAll(() => t.close());

  const approveAll = async (memo: MemoJson): Promise<MemoJson> => {
    let current = memo;
    for (const step of memo.steps) {
      const key = KEYS.find((k) => mine.username(k) === step.assigneeUsername)!;
      current = (await approve(t, tk[key], current).expect(200)).body as MemoJson;
    }
    return current;
  };

  describe('another office’s ids', () => {
    it('answers 404 on every API route with an id, for a caller holding the route’s role', async () => {
      // One row of every kind an id route reads (test/support/cross-office.ts, shared with the
      // tenancy test of an office made through the API).
      const ids = await officeRows(t, tk as OfficeTokens, {
        orgId: mine.orgId,
        deputyUserId: mine.userIds.deputy,
        officerUserId: mine.userIds.officer,
        groupId: mine.groupIds.g1,
        subject: 'เรื่องของสำนักงานนี้',
      });
      const before = await snapshotOffice(t.ds, mine.orgId);
      expect(await foreignIdAnswers(t, ids, their as OfficeTokens)).toEqual([]);
      expect(await snapshotOffice(t.ds, mine.orgId)).toEqual(before);
    });
  });

  describe('role escalation', () => {
    it('refuses an officer approving (403) and an author approving their own memo (403)', async () => {
      const memo = await draftAndSubmit(t, tk.officer);
      expect((await approve(t, tk.officer, memo).expect(403)).body.code).toBe('FORBIDDEN');
      // The head is an approver, but not of their own memo's steps.
      const own = await draftAndSubmit(t, tk.head);
      expect(own.steps.map((s) => s.assigneeUsername)).not.toContain(mine.username('head'));
      expect((await approve(t, tk.head, own).expect(403)).body.code).toBe('NOT_CURRENT_APPROVER');
      // Someone else's memo at another approver's step.
      expect((await approve(t, tk.deputy, memo).expect(403)).body.code).toBe(
        'NOT_CURRENT_APPROVER',
      );
    });

    it('refuses an officer making themself admin (403) and an admin of another office (404)', async () => {
      await t
        .http()
        .patch(`/api/users/${mine.userIds.officer}`)
        .set(bearer(tk.officer))
        .send({ roles: ['admin'] })
        .expect(403);
      await t
        .http()
        .patch(`/api/users/${mine.userIds.officer}`)
        .set(bearer(their.admin))
        .send({ roles: ['admin'] })
        .expect(404);
      const me = await t.http().get('/api/me').set(bearer(tk.officer)).expect(200);
      expect(me.body.user.roles).toEqual(['officer']);
    });
  });

  describe('tokens', () => {
    const secret = process.env.JWT_SECRET!;
    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const sign = (payload: object) => {
      const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
      return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
    };
    const now = () => Math.floor(Date.now() / 1000);

    it('refuses a validly signed token whose org claim names another office (401)', async () => {
      const forged = sign({
        sub: theirs.userIds.admin,
        org: mine.orgId,
        usr: theirs.username('admin'),
        ver: 0,
        sid: 'forged',
        iat: now(),
        exp: now() + 600,
      });
      expect((await t.http().get('/api/users').set(bearer(forged)).expect(401)).body.code).toBe(
        'UNAUTHENTICATED',
      );
      // Their user id with our username, in our org.
      const mixed = sign({
        sub: theirs.userIds.admin,
        org: theirs.orgId,
        usr: mine.username('admin'),
        ver: 0,
        sid: 'forged',
        iat: now(),
        exp: now() + 600,
      });
      await t.http().get('/api/users').set(bearer(mixed)).expect(401);
    });

    it('refuses the token of a user deactivated after signing in (401)', async () => {
      const office = await createOffice(t);
      const local = await loginAll(t, office, ['admin', 'peer']);
      await t.http().get('/api/me').set(bearer(local.peer)).expect(200);
      await t
        .http()
        .patch(`/api/users/${office.userIds.peer}`)
        .set(bearer(local.admin))
        .send({ active: false })
        .expect(200);
      await t.http().get('/api/me').set(bearer(local.peer)).expect(401);
    });
  });

  describe('text that attacks', () => {
    const NASTY = `'; DROP TABLE memo; -- 100% _x_ \\ " \` <b> ๑๒๓ 😀 ภาษาไทย`;

    it('stores SQL meta-characters verbatim in every text field and searches them safely', async () => {
      const created = await t
        .http()
        .post('/api/memos')
        .set(bearer(tk.officer))
        .send(
          memoBody({
            subject: `${NASTY} ประชุมพิเศษ`,
            to: NASTY,
            paragraphs: [NASTY, `ข้อเสนอ ${NASTY}`],
            closing: NASTY,
            references: [{ text: NASTY }],
          }),
        )
        .expect(201);
      const memo = (
        await t.http().get(`/api/memos/${created.body.id}`).set(bearer(tk.officer)).expect(200)
      ).body;
      expect(memo).toMatchObject({
        subject: `${NASTY} ประชุมพิเศษ`,
        to: NASTY,
        paragraphs: [NASTY, `ข้อเสนอ ${NASTY}`],
        closing: NASTY,
      });
      for (const q of [NASTY, "'", '%', '_', '\\', 'DROP', 'ประชุมพิเศษ', '😀']) {
        const res = await t
          .http()
          .get('/api/memos')
          .query({ q, box: 'drafts' })
          .set(bearer(tk.officer))
          .expect(200);
        if (['DROP', 'ประชุมพิเศษ'].includes(q)) {
          expect(res.body.items.map((i: { id: number }) => i.id)).toContain(memo.id);
        }
      }
      // Wildcards in a number search match themselves, not everything.
      const approved = await approveAll(await draftAndSubmit(t, tk.officer));
      expect(approved.docNumber).toBeTruthy();
      for (const number of ['%', '_', '\\', "'"]) {
        const res = await t
          .http()
          .get('/api/memos')
          .query({ number })
          .set(bearer(tk.director))
          .expect(200);
        expect({ number, total: res.body.total }).toEqual({ number, total: 0 });
      }
      const user = await t
        .http()
        .post('/api/users')
        .set(bearer(tk.admin))
        .send({
          username: `${mine.prefix}.nasty`,
          password: 'a-long-password-1',
          titlePrefix: NASTY.slice(0, 50),
          firstName: NASTY,
          lastName: "O'Brien",
          roles: ['officer'],
        })
        .expect(201);
      const fetched = await t.http().get(`/api/users/${user.body.id}`).set(bearer(tk.admin));
      expect(fetched.body).toMatchObject({ firstName: NASTY, lastName: "O'Brien" });
      expect((await t.ds.query('SELECT COUNT(*) AS n FROM memo')).length).toBe(1);
    });

    it('returns user text verbatim in JSON and escaped on the public verify page, under the strict CSP', async () => {
      const xss = '<script>alert("x")</script><img src=x onerror=alert(1)>';
      const memo = await approveAll(await draftAndSubmit(t, tk.officer, { subject: xss }));
      expect(memo.subject).toBe(xss);
      const code = (memo.seal as { verifyCode: string }).verifyCode;
      const page = await t.http().get(`/verify/${code}`).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).not.toContain('<script>alert');
      expect(page.text).not.toContain('<img src=x');
      expect(page.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      // An error on an HTML route is JSON, so echoed input is never parsed as HTML.
      const bad = await t.http().get('/oit/x/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toMatch(/^application\/json/);
      // The OIT public page's escaping and CSP: test/e2e/oit-public.e2e-spec.ts.
    });

    it('sanitises path traversal in attachment names and serves files by id only', async () => {
      const draft = await t.http().post('/api/memos').set(bearer(tk.officer)).send(memoBody());
      for (const [name, stored] of [
        ['../../../etc/passwd.pdf', 'passwd.pdf'],
        ['..\\..\\windows\\win.ini.pdf', 'win.ini.pdf'],
        ['...pdf', 'attachment.pdf'],
        ['a"\r\nX-Injected: 1.pdf', 'aX-Injected 1.pdf'],
      ]) {
        const up = await t
          .http()
          .post(`/api/memos/${draft.body.id}/attachments`)
          .set(bearer(tk.officer))
          .attach('file', PDF, name);
        if (up.status === 415) continue; // no extension left: refused, also safe
        expect(up.status).toBe(201);
        expect(up.body.fileName).toBe(stored);
        const down = await t
          .http()
          .get(`/api/memos/${draft.body.id}/attachments/${up.body.id}`)
          .set(bearer(tk.officer))
          .buffer(true)
          .expect(200);
        expect(Buffer.compare(down.body as Buffer, PDF)).toBe(0);
        const disposition = String(down.headers['content-disposition']);
        expect(disposition).not.toMatch(/\.\.|[\\/]|\r|\n/);
        expect(down.headers['x-injected']).toBeUndefined();
      }
      await t
        .http()
        .get(`/api/memos/${draft.body.id}/attachments/..%2F..%2Fetc%2Fpasswd`)
        .set(bearer(tk.officer))
        .expect(400);
    });
  });

  describe('secret memos', () => {
    it('never appear in lists, search or inbox for outsiders, the registrar and the director included', async () => {
      let memo = await draftAndSubmit(t, tk.officer, {
        secrecy: 'ลับ',
        subject: 'ลับเฉพาะ การสอบสวนข้อเท็จจริงกรณีร้องเรียน',
      });
      // head → deputy (ปฏิบัติราชการแทน): the director is not on this chain.
      expect(memo.steps.map((s) => s.assigneeUsername)).not.toContain(mine.username('director'));
      const outsiders = ['director', 'registrar', 'officer2', 'oit', 'admin'];
      const hidden = async () => {
        for (const who of outsiders) {
          await t.http().get(`/api/memos/${memo.id}`).set(bearer(tk[who])).expect(404);
          await t.http().get(`/api/memos/${memo.id}/pdf`).set(bearer(tk[who])).expect(404);
          for (const query of [
            {},
            { q: 'สอบสวน' },
            { q: 'ร้องเรียน', box: 'all' },
            { status: memo.status },
          ]) {
            const list = await t
              .http()
              .get('/api/memos')
              .query(query)
              .set(bearer(tk[who]))
              .expect(200);
            expect({ who, ids: list.body.items.map((i: { id: number }) => i.id) }).not.toEqual(
              expect.objectContaining({ ids: expect.arrayContaining([memo.id]) }),
            );
          }
          const inbox = await t.http().get('/api/inbox').set(bearer(tk[who])).expect(200);
          expect(inbox.body.items.map((i: { id: number }) => i.id)).not.toContain(memo.id);
        }
      };
      await hidden();
      memo = await approveAll(memo);
      expect(memo.status).toBe('approved');
      await hidden();
      // The chain still reads it.
      await t.http().get(`/api/memos/${memo.id}`).set(bearer(tk.head)).expect(200);
    });
  });

  describe('delegations out of force', () => {
    it('refuses the deputy on an on_behalf step once the delegation has ended or been revoked', async () => {
      const ended = await approve(t, tk.head, await draftAndSubmit(t, tk.officer)).expect(200);
      const revoked = await approve(t, tk.head, await draftAndSubmit(t, tk.officer)).expect(200);
      expect(ended.body.steps[1].capacity).toBe('on_behalf');
      clock.offsetMs = 2 * DAY;
      try {
        const res = await approve(t, tk.deputy, ended.body as MemoJson).expect(403);
        expect(res.body.code).toBe('DELEGATION_NOT_IN_FORCE');
      } finally {
        clock.offsetMs = 0;
      }
      await t
        .http()
        .post(`/api/delegations/${delegationId}/revoke`)
        .set(bearer(tk.admin))
        .expect(201);
      const res = await approve(t, tk.deputy, revoked.body as MemoJson).expect(403);
      expect(res.body.code).toBe('DELEGATION_NOT_IN_FORCE');
      const after = await t.http().get(`/api/memos/${revoked.body.id}`).set(bearer(tk.officer));
      expect(after.body).toMatchObject({ status: 'in_review', version: revoked.body.version });
    });
  });
});

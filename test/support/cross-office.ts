// Tenancy checks between two offices: real ids of one office, tried by the other's people on
// every API route that takes an id, and lists that must not show the other office's rows.
import { settleOutbox } from './outbox';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { DispatchService } from '../../src/dispatch/dispatch.service';
import type { TestApp } from './app';
import { receiveLetter } from './incoming';
import { approve, bearer, draftAndSubmit, memoBody, MemoJson } from './memos';
import { listRoutes } from './routes';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** One token per kind of person, whichever way the office was made. */
export type OfficeTokens = Record<
  'officer' | 'head' | 'deputy' | 'director' | 'registrar' | 'oit' | 'admin',
  string
>;

/** The person holding a route's first role. */
const ROLE_KEY: Record<string, keyof OfficeTokens> = {
  officer: 'officer',
  group_head: 'head',
  deputy: 'deputy',
  director: 'director',
  registrar: 'registrar',
  oit_coordinator: 'oit',
  admin: 'admin',
};

const pendingStep = (memo: MemoJson) => memo.steps.find((s) => s.state === 'pending');

/**
 * Rows of every kind an id route reads, made through the API; keys are route prefixes as in
 * security.e2e-spec. The first memo is approved through head → deputy → director, so the
 * registers hold it. `subject` marks the office's memos.
 */
export async function officeRows(
  t: TestApp,
  tk: OfficeTokens,
  ctx: {
    orgId: number;
    deputyUserId: number;
    officerUserId: number;
    groupId: number;
    subject: string;
  },
): Promise<Record<string, number>> {
  // Circulated to all staff with a task for the group once approved (issue 20).
  const dueAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  let approved = await draftAndSubmit(t, tk.officer, {
    subject: ctx.subject,
    onApproval: {
      circulate: { to: 'all-staff' },
      tasks: [{ groupId: ctx.groupId, task: ctx.subject, dueAt }],
    },
  });
  // Each step by whoever holds it (a delegation may let the deputy sign for the director).
  for (let step = pendingStep(approved); step; step = pendingStep(approved)) {
    const who = ROLE_KEY[step.role] ?? 'director';
    approved = (await approve(t, tk[who], approved).expect(200)).body as MemoJson;
  }
  const memo = await draftAndSubmit(t, tk.officer, { subject: ctx.subject });
  const draft = await t
    .http()
    .post('/api/memos')
    .set(bearer(tk.officer))
    .send(memoBody({ subject: ctx.subject }));
  const attachment = await t
    .http()
    .post(`/api/memos/${draft.body.id}/attachments`)
    .set(bearer(tk.officer))
    .attach('file', PDF, 'a.pdf')
    .expect(201);
  const evidence = await t
    .http()
    .post('/api/oit/evidence/web')
    .set(bearer(tk.oit))
    .send({ title: ctx.subject, url: 'https://www.example.go.th/' })
    .expect(201);
  const link = await t
    .http()
    .post('/api/oit/2569/links')
    .set(bearer(tk.oit))
    .send({ code: 'O1', evidenceId: evidence.body.id })
    .expect(201);
  const rule = await t
    .http()
    .post('/api/oit/rules')
    .set(bearer(tk.oit))
    .send({ code: 'O1', kind: 'any', pattern: 'โครงสร้าง' })
    .expect(201);
  const delegation = await t
    .http()
    .post('/api/delegations')
    .set(bearer(tk.admin))
    .send({
      kind: 'on_behalf',
      delegateUserId: ctx.deputyUserId,
      documentKinds: ['order'],
      startsAt: '2020-01-01T00:00:00Z',
    })
    .expect(201);
  const letter = await receiveLetter(t, tk.registrar, { subject: ctx.subject });
  const letterFile = await t
    .http()
    .post(`/api/incoming/${letter.id}/files`)
    .set(bearer(tk.registrar))
    .attach('file', PDF, 'a.pdf')
    .expect(201);
  const recipient = await t
    .http()
    .post('/api/recipients')
    .set(bearer(tk.registrar))
    .send({ name: ctx.subject, email: `saraban@${ctx.orgId}.example.ac.th`, kind: 'school' })
    .expect(201);
  // An internal dispatch of the approved memo (no e-mail), as an issued letter's would be.
  const { dispatches } = await t.app.get(TransactionRunner).run((tx) =>
    t.app.get(DispatchService).dispatchIssued(tx, ctx.orgId, {
      memoId: approved.id,
      documentType: 'memo',
      documentId: approved.id,
      subject: ctx.subject,
      secrecy: 'normal',
      recipients: { groupIds: [ctx.groupId] },
    }),
  );
  const holiday = await t
    .http()
    .post('/api/holidays')
    .set(bearer(tk.admin))
    .send({ day: `2026-12-${10 + (ctx.orgId % 18)}`, name: ctx.subject })
    .expect(201);
  await settleOutbox(t, ctx.orgId);
  const notes = await t.http().get('/api/notifications').set(bearer(tk.head)).expect(200);
  const [task] = await t.ds.query<Array<{ id: number }>>(
    'SELECT id FROM memo_task WHERE org_id = ? AND memo_id = ?',
    [ctx.orgId, approved.id],
  );
  const [delivery] = await t.ds.query<Array<{ id: number }>>(
    `SELECT d.id FROM outbox_delivery d JOIN outbox_event e ON e.id = d.event_id
     WHERE e.org_id = ? ORDER BY d.id LIMIT 1`,
    [ctx.orgId],
  );
  return {
    '/api/memos/:id': memo.id,
    '/api/memos/:id/attachments/:attachmentId': draft.body.id,
    attachmentId: attachment.body.id,
    fileId: letterFile.body.id,
    approved: approved.id,
    '/api/users/:id': ctx.officerUserId,
    '/api/groups/:id': ctx.groupId,
    '/api/delegations/:id': delegation.body.id,
    '/api/oit/evidence/:id': evidence.body.id,
    '/api/oit/links/:id': link.body.id,
    '/api/oit/rules/:id': rule.body.id,
    '/api/notifications/:id': notes.body.items[0].id,
    '/api/admin/outbox/:id': delivery?.id ?? 2_147_483_000,
    '/api/incoming/:id': letter.id,
    '/api/recipients/:id': recipient.body.id,
    '/api/dispatches/:id': dispatches[0].id,
    '/api/holidays/:id': holiday.body.id,
    '/api/tasks/:id': task.id,
  };
}

/**
 * Every API route with an id, called with the other office's ids by a person holding the
 * route's role; the answers that are not 404 (should be none).
 */
export async function foreignIdAnswers(
  t: TestApp,
  ids: Record<string, number>,
  tokens: OfficeTokens,
): Promise<string[]> {
  const version = 1;
  const bodies: Record<string, object> = {
    approve: { version },
    sendBack: { note: 'x' },
    reject: { note: 'x' },
    update: { version },
    updateUser: { active: false },
    updateGroup: { phone: '1' },
    forward: { toUsername: 'director', version },
    endorse: { note: 'ทราบ', version },
    assign: { username: 'officer', version },
    close: { action: 'x', version },
    updateRecipient: { name: 'x' },
  };
  const routes = listRoutes(t.app).filter(
    (r) =>
      r.path.startsWith('/api/') &&
      /:(id|attachmentId)\b/.test(r.path) &&
      r.access !== 'manageOffices',
  );
  const answers: string[] = [];
  for (const route of routes) {
    const prefix = Object.keys(ids).find((p) => p.startsWith('/') && route.path.startsWith(p));
    if (!prefix) {
      answers.push(
        `${route.method} ${route.path}: no id of the other office (add one to officeRows)`,
      );
      continue;
    }
    const path = route.path
      .replace(':attachmentId', String(ids.attachmentId))
      .replace(':fileId', String(ids.fileId))
      .replace(':id', String(ids[prefix]));
    const allowed = route.roles === 'any' ? ['officer'] : (route.roles as string[]);
    const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    let req = t.http()[method](path).set(bearer(tokens[ROLE_KEY[allowed[0]]]));
    if (route.handler === 'attach' || route.handler === 'addFile') {
      req = req.attach('file', PDF, 'a.pdf');
    } else req = req.send(bodies[route.handler] ?? {});
    const res = await req;
    if (res.status !== 404)
      answers.push(`${route.method} ${route.path} ${res.status} ${res.body?.code ?? ''}`);
  }
  return answers;
}

/**
 * Every list of the API (GET routes without an id, registers and their CSV for `year`, search
 * for `marker`), as each person of an office: the answers that show `marker` (should be none).
 */
export async function listsShowing(
  t: TestApp,
  tokens: OfficeTokens,
  marker: string,
  year: number,
): Promise<string[]> {
  const paths = listRoutes(t.app)
    .filter((r) => r.method === 'GET' && r.path.startsWith('/api/') && !r.isPublic)
    .map((r) =>
      r.path
        .replace(':register', 'outgoing')
        .replace(':fiscalYear', '2569')
        .replace(':year', String(year)),
    )
    .filter((p) => !p.includes(':'));
  const searches = [
    `/api/memos?q=${encodeURIComponent(marker)}`,
    `/api/memos?box=done`,
    `/api/registers/outgoing?year=${year}`,
  ];
  const shown: string[] = [];
  for (const [who, token] of Object.entries(tokens)) {
    for (const path of [...new Set([...paths, ...searches])]) {
      const res = await t.http().get(path).set(bearer(token)).buffer(true);
      const text = typeof res.text === 'string' ? res.text : JSON.stringify(res.body);
      if (text.includes(marker)) shown.push(`${who} GET ${path}`);
    }
  }
  return shown;
}

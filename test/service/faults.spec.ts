// Faults during bursts of final approvals on MariaDB: Chromium killed mid-render, the app's
// database connections killed for a few seconds, the app closed and started again mid-batch.
// Afterwards: no half-approved memo, register numbers 1..N without gap or repeat, one register
// entry and one seal per approved memo, the audit chain intact, and every client answered (2xx,
// or a JSON 4xx/503) or refused the connection: none hung.
import { createConnection } from 'mysql2/promise';
import type { Response } from 'supertest';
import { AuditService } from '../../src/audit/audit.service';
import { DocumentRenderer } from '../../src/rendering/document-renderer';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';

jest.setTimeout(90_000);

const BURST = 8;

interface Outcome {
  status: number | 'connection refused';
  code?: string;
}

/** The final approval, with a deadline: a hang fails the test. */
async function finalApproval(t: TestApp, token: string, memo: MemoJson): Promise<Outcome> {
  try {
    const res: Response = await approve(t, token, memo).timeout(30_000);
    return { status: res.status, code: (res.body as { code?: string }).code };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET') return { status: 'connection refused' };
    throw error;
  }
}

const acceptable = (o: Outcome) =>
  o.status === 200 ||
  o.status === 'connection refused' ||
  ((o.status === 503 || (o.status >= 400 && o.status < 500)) && typeof o.code === 'string');

/** Memos of the office at the director's (final) step. */
async function atFinalStep(t: TestApp, office: TestOffice, n: number) {
  const tk = await loginAll(t, office, ['officer', 'head', 'deputy', 'director']);
  const memos: MemoJson[] = [];
  for (let i = 0; i < n; i++) {
    let memo = await draftAndSubmit(t, tk.officer, { subject: `บันทึกทดสอบความทนทาน ${i + 1}` });
    memo = (await approve(t, tk.head, memo).expect(200)).body as MemoJson;
    memo = (await approve(t, tk.deputy, memo).expect(200)).body as MemoJson;
    memos.push(memo);
  }
  return { tk, memos };
}

/** Everything that must hold whatever failed on the way. */
async function checkConsistent(t: TestApp, orgId: number) {
  const memos = await t.ds.query<
    Array<{ id: number; status: string; current_step_order: number | null; doc_number: string }>
  >('SELECT id, status, current_step_order, doc_number FROM memo WHERE org_id = ?', [orgId]);
  for (const m of memos) {
    const steps = await t.ds.query<Array<{ step_order: number; state: string }>>(
      'SELECT step_order, state FROM memo_step WHERE org_id = ? AND memo_id = ? ORDER BY step_order',
      [orgId, m.id],
    );
    const entries = await t.ds.query<Array<{ n: number | string }>>(
      "SELECT COUNT(*) AS n FROM register_entry WHERE org_id = ? AND document_type = 'memo' AND document_id = ?",
      [orgId, m.id],
    );
    const seals = await t.ds.query<Array<{ n: number | string }>>(
      "SELECT COUNT(*) AS n FROM sealed_document WHERE org_id = ? AND document_type = 'memo' AND document_id = ?",
      [orgId, m.id],
    );
    const facts = {
      id: m.id,
      status: m.status,
      steps: steps.map((s) => s.state),
      entries: Number(entries[0].n),
      seals: Number(seals[0].n),
      numbered: m.doc_number !== null,
      current: m.current_step_order,
    };
    const expected =
      m.status === 'approved'
        ? {
            steps: ['approved', 'approved', 'approved'],
            entries: 1,
            seals: 1,
            numbered: true,
            current: null,
          }
        : {
            steps: ['approved', 'approved', 'pending'],
            entries: 0,
            seals: 0,
            numbered: false,
            current: 3,
          };
    expect(facts).toEqual({ id: m.id, status: m.status, ...expected });
    expect(['approved', 'in_review']).toContain(m.status);
  }
  const numbers = await t.ds.query<Array<{ seq: number }>>(
    "SELECT seq FROM register_entry WHERE org_id = ? AND register = 'outgoing' ORDER BY seq",
    [orgId],
  );
  const approved = memos.filter((m) => m.status === 'approved').length;
  expect(numbers.map((r) => Number(r.seq))).toEqual(
    Array.from({ length: approved }, (_, i) => i + 1),
  );
  const counter = await t.ds.query<Array<{ last_number: number }>>(
    "SELECT last_number FROM register_counter WHERE org_id = ? AND register = 'outgoing'",
    [orgId],
  );
  expect(counter.map((c) => Number(c.last_number))).toEqual([approved]);
  expect(await t.app.get(AuditService).verify(orgId)).toMatchObject({ ok: true, brokenAt: null });
  return { approved, total: memos.length };
}

describe('faults during approvals (MariaDB)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('commits approvals while Chromium is killed mid-render, and seals on the next download', async () => {
    const office = await createOffice(t);
    const { tk, memos } = await atFinalStep(t, office, BURST);
    const renderer = t.app.get(DocumentRenderer);
    await renderer.warmUp();
    let stop = false;
    let kills = 0;
    // A crash now and then, as in life: Chromium killed three times while the burst runs.
    const killer = (async () => {
      for (let i = 0; i < 3 && !stop; i++) {
        await new Promise((r) => setTimeout(r, 250));
        const pid = renderer.browserPid();
        if (!pid) continue;
        try {
          process.kill(pid, 'SIGKILL');
          kills++;
        } catch {
          // already gone
        }
      }
    })();
    const outcomes = await Promise.all(memos.map((m) => finalApproval(t, tk.director, m)));
    stop = true;
    await killer;
    expect(kills).toBeGreaterThan(0);
    expect(outcomes.filter((o) => !acceptable(o))).toEqual([]);
    // The approval never depends on the renderer: every one committed.
    expect(outcomes.map((o) => o.status)).toEqual(memos.map(() => 200));
    const { approved } = await checkConsistent(t, office.orgId);
    expect(approved).toBe(BURST);
    for (const m of memos) {
      const pdf = await t
        .http()
        .get(`/api/memos/${m.id}/pdf`)
        .set(bearer(tk.officer))
        .timeout(30_000);
      expect([m.id, pdf.status, pdf.headers['content-type']]).toEqual([
        m.id,
        200,
        'application/pdf',
      ]);
    }
    const unsealed = await t.ds.query<unknown[]>(
      'SELECT id FROM sealed_document WHERE org_id = ? AND sha256 IS NULL',
      [office.orgId],
    );
    expect(unsealed).toEqual([]);
  });

  it('answers 503 (never 500, never a hang) while its database connections are killed, and stays consistent', async () => {
    const office = await createOffice(t);
    const { tk, memos } = await atFinalStep(t, office, BURST);
    const url = new URL(process.env.DATABASE_URL!.replace(/^mariadb:/, 'mysql:'));
    const admin = await createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
    });
    const pool = (
      t.ds.driver as unknown as {
        pool: { _allConnections: { toArray(): Array<{ threadId: number }> } };
      }
    ).pool;
    let stop = false;
    let killed = 0;
    const killer = (async () => {
      const until = Date.now() + 3000;
      while (!stop && Date.now() < until) {
        for (const c of pool._allConnections.toArray()) {
          await admin.query(`KILL CONNECTION ${Number(c.threadId)}`).then(
            () => killed++,
            () => undefined,
          );
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const outcomes = await Promise.all(memos.map((m) => finalApproval(t, tk.director, m)));
    stop = true;
    await killer;
    await admin.end();
    expect(killed).toBeGreaterThan(0);
    expect(outcomes.filter((o) => !acceptable(o) || o.status === 'connection refused')).toEqual([]);
    // Whatever failed is retried once the database is back: all end approved.
    for (const [i, o] of outcomes.entries()) {
      if (o.status === 200) continue;
      const fresh = await t.http().get(`/api/memos/${memos[i].id}`).set(bearer(tk.director));
      if (fresh.body.status === 'approved') continue;
      await approve(t, tk.director, fresh.body as MemoJson).expect(200);
    }
    expect(await checkConsistent(t, office.orgId)).toEqual({ approved: BURST, total: BURST });
  });

  it('loses nothing when the app is closed mid-batch and started again on the same database', async () => {
    const office = await createOffice(t);
    const { tk, memos } = await atFinalStep(t, office, BURST);
    const inFlight = Promise.all(memos.map((m) => finalApproval(t, tk.director, m)));
    await new Promise((r) => setTimeout(r, 30));
    await t.close();
    const outcomes = await inFlight;
    expect(outcomes.filter((o) => !acceptable(o))).toEqual([]);
    t = await createTestApp();
    const director = (await loginAll(t, office, ['director'])).director;
    for (const m of memos) {
      const fresh = await t.http().get(`/api/memos/${m.id}`).set(bearer(director));
      if (fresh.body.status === 'approved') continue;
      await approve(t, director, fresh.body as MemoJson).expect(200);
    }
    expect(await checkConsistent(t, office.orgId)).toEqual({ approved: BURST, total: BURST });
  });
});

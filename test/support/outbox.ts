import { OutboxDispatcher } from '../../src/outbox/outbox.dispatcher';
import type { TestApp } from './app';
import { bearer, type MemoJson } from './memos';

/**
 * Delivers what the office's events still owe their consumers. A request waits a few seconds at
 * most for what its commit set off (the seal, OIT proposals, notices); on a loaded machine the
 * rest goes on after the answer, and a test that reads it waits for it here.
 */
export async function settleOutbox(t: TestApp, orgId: number): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = await t.ds.query<Array<{ id: number }>>(
      'SELECT id FROM outbox_event WHERE org_id = ? AND completed_at IS NULL ORDER BY id',
      [orgId],
    );
    if (pending.length === 0) return;
    await t.app.get(OutboxDispatcher).deliver(pending.map((e) => Number(e.id)));
  }
}

/** The memo as it reads once everything its approval set off has been delivered. */
export async function settledMemo(t: TestApp, token: string, memo: MemoJson): Promise<MemoJson> {
  const [row] = await t.ds.query<Array<{ org_id: number }>>(
    'SELECT org_id FROM memo WHERE id = ?',
    [memo.id],
  );
  await settleOutbox(t, Number(row.org_id));
  const res = await t.http().get(`/api/memos/${memo.id}`).set(bearer(token)).expect(200);
  return res.body as MemoJson;
}

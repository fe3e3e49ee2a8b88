// The transactional outbox: effects happen once however often an event is delivered, what a
// crash left undelivered is swept up, a poison event is parked for the admin without blocking
// the rest, and a seal rendered late prints the names of the approval.
import { execFileSync } from 'node:child_process';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { MEMO_SUBMITTED, MemoEventPayload } from '../../src/memo/memo.events';
import { MAX_ATTEMPTS, OutboxDispatcher } from '../../src/outbox/outbox.dispatcher';
import { OutboxService } from '../../src/outbox/outbox.service';
import { OutboxDelivery } from '../../src/outbox/outbox-delivery.entity';
import { OutboxEvent } from '../../src/outbox/outbox-event.entity';
import type { OutboxConsumer } from '../../src/outbox/outbox.types';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';

jest.setTimeout(120_000);

const POISON = 'test.poison';

/** A consumer whose effect always fails, as a bug or a bad row would make it. */
class PoisonConsumer implements OutboxConsumer {
  readonly name = 'test.poison';
  readonly topics = [POISON];
  readonly order = 5;
  calls = 0;
  async handle(): Promise<void> {
    this.calls++;
    await Promise.resolve();
    throw new Error('poisoned payload');
  }
}

describe('transactional outbox', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  let outbox: OutboxService;
  let dispatcher: OutboxDispatcher;
  const poison = new PoisonConsumer();

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'head', 'deputy', 'director', 'admin']);
    outbox = t.app.get(OutboxService);
    dispatcher = t.app.get(OutboxDispatcher);
    outbox.subscribe(poison);
  });
  afterAll(() => t.close());

  const write = async (topic: string, aggregateId: number, payload: object) => {
    const event = { orgId: office.orgId, topic, aggregateType: 'memo', aggregateId, payload };
    const written = await t.app.get(TransactionRunner).run((tx) => outbox.add(tx, [event]));
    return written.map((e) => e.id);
  };

  const waitingNotice = (memo: MemoJson, userId: number, subject: string) => {
    const payload: MemoEventPayload = {
      memoId: memo.id,
      subject,
      authorUserId: office.userIds.officer,
      actorUserId: office.userIds.officer,
      at: new Date().toISOString(),
      nextAssigneeUserId: userId,
    };
    return payload;
  };

  const noticesTitled = async (title: string) =>
    (
      await t.ds.query<unknown[]>('SELECT id FROM notification WHERE org_id = ? AND title = ?', [
        office.orgId,
        `มีบันทึกรอท่านพิจารณา: ${title}`,
      ])
    ).length;

  it('makes each effect once, however often and however concurrently it is delivered', async () => {
    const memo = await draftAndSubmit(t, tokens.officer);
    const subject = 'ทดสอบส่งซ้ำ';
    const [id] = await write(
      MEMO_SUBMITTED,
      memo.id,
      waitingNotice(memo, office.userIds.deputy, subject),
    );
    await Promise.all([
      dispatcher.deliver([id]),
      dispatcher.deliver([id]),
      dispatcher.deliver([id]),
    ]);
    // A crash after the consumers' commits but before the event was marked complete.
    await t.ds.manager.update(OutboxEvent, { id }, { completedAt: null });
    await dispatcher.deliver([id]);
    expect(await noticesTitled(subject)).toBe(1);
    const deliveries = await t.ds.query<Array<{ consumer: string; state: string }>>(
      'SELECT consumer, state FROM outbox_delivery WHERE event_id = ? ORDER BY consumer',
      [id],
    );
    // No SMTP_URL here: the e-mail consumer has nothing to do and is not delivered to.
    expect(deliveries).toEqual([{ consumer: 'notify.in-app', state: 'done' }]);
  });

  it('sweeps up events a crash left undelivered', async () => {
    const memo = await draftAndSubmit(t, tokens.officer);
    const subject = 'ทดสอบกวาดตกค้าง';
    const [id] = await write(
      MEMO_SUBMITTED,
      memo.id,
      waitingNotice(memo, office.userIds.deputy, subject),
    );
    await dispatcher.sweep();
    expect(await noticesTitled(subject)).toBe(0); // fresh: left to the request that wrote it
    const old = new Date(Date.now() - 60_000);
    await t.ds.manager.update(OutboxEvent, { id }, { createdAt: old });
    await dispatcher.sweep();
    expect(await noticesTitled(subject)).toBe(1);
  });

  it('parks a poison event for the admin, without blocking other documents', async () => {
    const memo = await draftAndSubmit(t, tokens.officer);
    const [bad] = await write(POISON, memo.id, { subject: 'ความลับในข้อมูล' });
    await dispatcher.deliver([bad]);
    const other = await draftAndSubmit(t, tokens.officer);
    const [good] = await write(
      MEMO_SUBMITTED,
      other.id,
      waitingNotice(other, office.userIds.deputy, 'ไม่ถูกขวาง'),
    );
    await dispatcher.deliver([good]);
    expect(await noticesTitled('ไม่ถูกขวาง')).toBe(1);

    const failed = await t.http().get('/api/admin/outbox').set(bearer(tokens.admin)).expect(200);
    const row = failed.body.items.find((i: { eventId: number }) => i.eventId === bad);
    expect(row).toMatchObject({
      consumer: 'test.poison',
      state: 'failed',
      attempts: 1,
      lastError: 'poisoned payload',
      about: { type: 'memo', id: memo.id },
    });
    expect(JSON.stringify(failed.body)).not.toContain('ความลับในข้อมูล');
    await t.http().get('/api/admin/outbox').set(bearer(tokens.director)).expect(403);

    // A later event of the same memo waits for the consumer that failed; others go on.
    const before = poison.calls;
    const [later] = await write(POISON, memo.id, {});
    await dispatcher.deliver([later]);
    expect(poison.calls).toBe(before);
    await t.ds.manager.update(
      OutboxDelivery,
      { eventId: bad },
      { attempts: MAX_ATTEMPTS - 1, nextAttemptAt: new Date(Date.now() - 1000) },
    );
    await dispatcher.deliver([bad]);
    const parked = await t
      .http()
      .get('/api/admin/outbox?state=parked')
      .set(bearer(tokens.admin))
      .expect(200);
    expect(parked.body.items).toEqual([
      expect.objectContaining({ eventId: bad, state: 'parked', attempts: MAX_ATTEMPTS }),
    ]);
    const calls = poison.calls;
    const retried = await t
      .http()
      .post(`/api/admin/outbox/${row.id}/retry`)
      .set(bearer(tokens.admin))
      .expect(200);
    expect(poison.calls).toBe(calls + 1);
    expect(retried.body).toMatchObject({ state: 'failed', attempts: 1 });
  });

  it('seals late from the approval, whatever changed since', async () => {
    let memo = await draftAndSubmit(t, tokens.officer, { subject: 'ทดสอบตราประทับย้อนหลัง' });
    for (const who of ['head', 'deputy', 'director'])
      memo = (await approve(t, tokens[who], memo).expect(200)).body as MemoJson;
    const [director] = await t.ds.query<Array<{ last_name: string }>>(
      'SELECT last_name FROM app_user WHERE id = ?',
      [office.userIds.director],
    );
    // The seal's PDF is lost, and the director has changed surname since the approval.
    await t.ds.query(
      'UPDATE sealed_document SET sha256 = NULL, size = NULL WHERE org_id = ? AND document_id = ?',
      [office.orgId, memo.id],
    );
    await t.ds.query('UPDATE app_user SET last_name = ? WHERE id = ?', [
      'เปลี่ยนนามสกุล',
      office.userIds.director,
    ]);
    const pdf = await t
      .http()
      .get(`/api/memos/${memo.id}/pdf`)
      .set(bearer(tokens.officer))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.body as Buffer }).toString();
    expect(text).toContain(director.last_name);
    expect(text).not.toContain('เปลี่ยนนามสกุล');
  });
});

import { AuditService } from '../../src/audit/audit.service';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll } from '../support/factories';
import { approve, bearer, draftAndSubmit } from '../support/memos';

jest.setTimeout(60_000);

describe('audit trail on MariaDB', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('chains every action per office, and detects an edited, deleted or truncated event', async () => {
    const office = await createOffice(t);
    const tk = await loginAll(t, office, ['officer', 'head', 'admin']);
    const memo = await draftAndSubmit(t, tk.officer);
    await approve(t, tk.head, memo).expect(200);
    await t
      .http()
      .patch(`/api/users/${office.userIds.peer}`)
      .set(bearer(tk.admin))
      .send({ email: 'peer@example.go.th' })
      .expect(200);
    const audit = t.app.get(AuditService);
    const intact = await audit.verify(office.orgId);
    expect(intact).toMatchObject({ ok: true, brokenAt: null });
    expect(intact.events).toBeGreaterThanOrEqual(4);

    const rows = await t.ds.query<Array<{ id: number; seq: number; action: string }>>(
      'SELECT id, seq, action FROM audit_event WHERE org_id = ? ORDER BY seq',
      [office.orgId],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'memo.create',
      'memo.submit',
      'memo.approve',
      'user.update',
    ]);

    await t.ds.query('UPDATE audit_event SET data = \'{"note":"แก้ย้อนหลัง"}\' WHERE id = ?', [
      rows[2].id,
    ]);
    expect(await audit.verify(office.orgId)).toMatchObject({ ok: false, brokenAt: 3 });

    const other = await createOffice(t);
    const tk2 = await loginAll(t, other, ['officer']);
    await draftAndSubmit(t, tk2.officer);
    const last = await t.ds.query<Array<{ id: number }>>(
      'SELECT id FROM audit_event WHERE org_id = ? ORDER BY seq DESC LIMIT 1',
      [other.orgId],
    );
    await t.ds.query('DELETE FROM audit_event WHERE id = ?', [last[0].id]);
    expect(await audit.verify(other.orgId)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('keeps per-office chains gapless under parallel writes', async () => {
    const office = await createOffice(t);
    const tk = await loginAll(t, office, ['officer']);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => draftAndSubmit(t, tk.officer, { subject: `ขนาน ${i}` })),
    );
    const result = await t.app.get(AuditService).verify(office.orgId);
    expect(result).toMatchObject({ ok: true, events: 40 });
  });
});

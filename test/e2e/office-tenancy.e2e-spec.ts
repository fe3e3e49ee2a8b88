// Tenancy on an office made the way production makes one: the platform administrator creates
// it (POST /api/offices) and its admin imports its groups and people from CSV. Its people and
// a factory-made office's people see nothing of each other: every id route answers 404, and no
// list, register, CSV export or search shows the other office's documents.
import { DiscoveryModule } from '@nestjs/core';
import { buddhistYear } from '../../src/common/thai/thai-format';
import { createTestApp, TestApp } from '../support/app';
import { snapshotOffice } from '../support/db-snapshot';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { bearer } from '../support/memos';
import { ApiOffice, officeThroughApi, officeTokens, platformAdminToken } from '../support/offices';
import { foreignIdAnswers, listsShowing, officeRows, OfficeTokens } from '../support/cross-office';

jest.setTimeout(180_000);

describe('tenancy between a factory office and an office made through the API', () => {
  let t: TestApp;
  let first: TestOffice;
  let second: ApiOffice;
  let firstTk: OfficeTokens;
  let secondTk: OfficeTokens;
  let firstIds: Record<string, number>;
  let secondIds: Record<string, number>;
  const year = buddhistYear(new Date());

  beforeAll(async () => {
    t = await createTestApp(undefined, { imports: [DiscoveryModule] });
    first = await createOffice(t);
    second = await officeThroughApi(t, await platformAdminToken(t));
    firstTk = (await loginAll(t, first, [
      'officer',
      'head',
      'deputy',
      'director',
      'registrar',
      'oit',
      'admin',
    ])) as OfficeTokens;
    const tk = await officeTokens(t, second, [
      'officer',
      'head6',
      'deputy',
      'director',
      'registrar',
      'oit',
    ]);
    secondTk = { ...tk, head: tk.head6, admin: second.adminToken } as OfficeTokens;
    firstIds = await officeRows(t, firstTk, {
      orgId: first.orgId,
      deputyUserId: first.userIds.deputy,
      officerUserId: first.userIds.officer,
      groupId: first.groupIds.g1,
      subject: `เรื่องของสำนักงานแรก ${first.prefix}`,
    });
    const users = (await t.http().get('/api/users').set(bearer(second.adminToken)).expect(200))
      .body as Array<{ id: number; username: string; groupId: number }>;
    const person = (key: string) => users.find((u) => u.username === second.username(key))!;
    secondIds = await officeRows(t, secondTk, {
      orgId: second.id,
      deputyUserId: person('deputy').id,
      officerUserId: person('officer').id,
      groupId: person('officer').groupId,
      subject: `เรื่องของสำนักงานที่สอง ${second.prefix}`,
    });
  });
  afterAll(() => t.close());

  it('numbers each office’s first memo ๑ in its own register', async () => {
    for (const [tk, ids, book] of [
      [firstTk, firstIds, 'ศธ ๐๔๓๙๙'],
      [secondTk, secondIds, second.bookCode],
    ] as const) {
      const memo = await t
        .http()
        .get(`/api/memos/${ids.approved}`)
        .set(bearer(tk.officer))
        .expect(200);
      expect(memo.body.docNumber).toBe(`${book}/๑`);
    }
  });

  it('answers 404 to the API office’s people for every id of the factory office, writing nothing', async () => {
    const before = await snapshotOffice(t.ds, first.orgId);
    expect(await foreignIdAnswers(t, firstIds, secondTk)).toEqual([]);
    expect(await snapshotOffice(t.ds, first.orgId)).toEqual(before);
  });

  it('answers 404 to the factory office’s people for every id of the API office, writing nothing', async () => {
    const before = await snapshotOffice(t.ds, second.id);
    expect(await foreignIdAnswers(t, secondIds, firstTk)).toEqual([]);
    expect(await snapshotOffice(t.ds, second.id)).toEqual(before);
  });

  it('shows neither office’s documents or people in the other’s lists, registers, exports and search', async () => {
    expect(await listsShowing(t, secondTk, first.prefix, year)).toEqual([]);
    expect(await listsShowing(t, firstTk, second.prefix, year)).toEqual([]);
    // …while each office does see its own (the check can fail).
    expect(await listsShowing(t, { ...secondTk }, second.prefix, year)).not.toEqual([]);
  });
});

import catalog from '../../src/oit/catalog/2565.json';
import { OitLinkQuery } from '../../src/oit/oit-link.query';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approvedDocument, bearer, emitApproved, itemOf } from '../fixtures/oit-e2e';

describe('OIT catalogs, rules, responsible groups and survey results', () => {
  let t: TestApp;
  let office: TestOffice;
  let other: TestOffice;
  let tokens: Record<string, string>;
  let theirs: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    other = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'oit', 'admin']);
    theirs = await loginAll(t, other, ['oit']);
  });
  afterAll(() => t.close());

  describe('catalogs', () => {
    it('carries the 2565 list forward to a year without its own (FY 2570)', async () => {
      const res = await t
        .http()
        .get('/api/oit/catalogs/2570')
        .set(bearer(tokens.officer))
        .expect(200);
      expect(res.body).toMatchObject({
        fiscalYear: 2570,
        catalogYear: 2565,
        carriedForward: true,
        source: 'national',
      });
      expect(res.body.items).toHaveLength(43);
      const checklist = await t
        .http()
        .get('/api/oit/2570/checklist')
        .set(bearer(tokens.officer))
        .expect(200);
      expect(checklist.body).toMatchObject({ catalogYear: 2565, carriedForward: true });
      expect(checklist.body.summary.missing).toBe(43);
    });

    it('loads an office’s own list for a year, with its mapping to the previous list', async () => {
      // A list of 42 items: O2 folded into O1, O43 renamed O44.
      const items = catalog
        .filter((i) => i.code !== 'O2')
        .map((i) =>
          i.code === 'O1'
            ? { ...i, name_th: 'โครงสร้างและผู้บริหาร', previous_codes: ['O1', 'O2'], change: 'merged' }
            : i.code === 'O43'
              ? { ...i, code: 'O44', previous_codes: ['O43'], change: 'renamed' }
              : { ...i, catalog_year: 2570 },
        );
      await t
        .http()
        .put('/api/oit/catalogs/2570')
        .set(bearer(tokens.officer))
        .send({ items })
        .expect(403);
      const res = await t
        .http()
        .put('/api/oit/catalogs/2570')
        .set(bearer(tokens.oit))
        .send({ items })
        .expect(200);
      expect(res.body).toMatchObject({
        fiscalYear: 2570,
        catalogYear: 2570,
        carriedForward: false,
        source: 'office',
      });
      expect(res.body.changes.previousCatalogYear).toBe(2565);
      expect(res.body.changes.dropped).toEqual([]);
      expect(res.body.changes.items).toEqual(
        expect.arrayContaining([
          { code: 'O1', previousCodes: ['O1', 'O2'], change: 'merged' },
          { code: 'O3', previousCodes: ['O3'], change: 'same' },
          { code: 'O44', previousCodes: ['O43'], change: 'renamed' },
        ]),
      );
      const score = await t
        .http()
        .post('/api/oit/score')
        .set(bearer(tokens.officer))
        .send({ fiscalYear: 2571, items: { O44: 100 } })
        .expect(200);
      expect(score.body).toMatchObject({ catalogYear: 2570, carriedForward: true });
      await t
        .http()
        .post('/api/oit/score')
        .set(bearer(tokens.officer))
        .send({ fiscalYear: 2570, items: { O2: 100 } })
        .expect(400);
      // The admin may load lists too; other offices keep the national list.
      await t
        .http()
        .put('/api/oit/catalogs/2570')
        .set(bearer(tokens.admin))
        .send({ items })
        .expect(200);
      const theirCatalog = await t
        .http()
        .get('/api/oit/catalogs/2570')
        .set(bearer(theirs.oit))
        .expect(200);
      expect(theirCatalog.body).toMatchObject({
        catalogYear: 2565,
        carriedForward: true,
        source: 'national',
      });
      const list = await t.http().get('/api/oit/catalogs').set(bearer(tokens.officer)).expect(200);
      expect(
        list.body.catalogs.map(
          (c: { fiscalYear: number; source: string }) => `${c.fiscalYear} ${c.source}`,
        ),
      ).toEqual(['2565 national', '2570 office']);
    });

    it.each([
      ['duplicate codes', () => [catalog[0], catalog[0]], 'OIT_INVALID_CATALOG'],
      [
        'a sub-indicator outside its indicator',
        () => [{ ...catalog[0], subindicator: '10.1' }],
        'OIT_INVALID_CATALOG',
      ],
      [
        'an unknown scoring rule',
        () => [{ ...catalog[0], scoring: 'weighted-0-100' }],
        'OIT_INVALID_CATALOG',
      ],
      ['an unknown period', () => [{ ...catalog[0], period: 'weekly' }], 'VALIDATION_FAILED'],
      ['a missing name', () => [{ ...catalog[0], name_th: undefined }], 'VALIDATION_FAILED'],
      ['an unknown field', () => [{ ...catalog[0], weight: 2 }], 'VALIDATION_FAILED'],
      ['no items', () => [], 'VALIDATION_FAILED'],
    ])('refuses a list with %s (400)', async (_name, items, code) => {
      const res = await t
        .http()
        .put('/api/oit/catalogs/2571')
        .set(bearer(tokens.oit))
        .send({ items: items() })
        .expect(400);
      expect(res.body.code).toBe(code);
    });
  });

  describe('rules', () => {
    it('follows a coordinator rule and confirms matching documents by itself', async () => {
      await t
        .http()
        .post('/api/oit/rules')
        .set(bearer(tokens.officer))
        .send({ code: 'O23', kind: 'regex', pattern: 'สขร' })
        .expect(403);
      const rule = await t
        .http()
        .post('/api/oit/rules')
        .set(bearer(tokens.oit))
        .send({ code: 'O23', kind: 'regex', pattern: 'สขร\\.?\\s*1' })
        .expect(201);
      expect(rule.body).toMatchObject({ code: 'O23', kind: 'regex' });
      const doc = approvedDocument('ส่งแบบ สขร.๑ ของเดือนพฤศจิกายน ๒๕๖๔', '2021-12-03');
      await emitApproved(t, office, [doc]);
      const [link] = await t.app
        .get(OitLinkQuery)
        .linksForDocument(office.orgId, 'memo', doc.documentId);
      expect(link).toMatchObject({ code: 'O23', fiscalYear: 2565, status: 'confirmed' });
      expect(link.score).toBeGreaterThanOrEqual(0.9);
      const checklist = await t
        .http()
        .get('/api/oit/2565/checklist')
        .set(bearer(tokens.officer))
        .expect(200);
      const o23 = itemOf(checklist.body, 'O23') as ReturnType<typeof itemOf> & {
        period: { months: { covered: string[]; missing: string[] } };
      };
      expect(o23.status).toBe('partial');
      expect(o23.period.months.covered).toEqual(['2021-11']);
      expect(o23.period.months.missing).toHaveLength(11);

      const listed = await t.http().get('/api/oit/rules').set(bearer(tokens.officer)).expect(200);
      expect(listed.body.rules).toHaveLength(1);
      await t.http().delete(`/api/oit/rules/${rule.body.id}`).set(bearer(theirs.oit)).expect(404);
      await t.http().delete(`/api/oit/rules/${rule.body.id}`).set(bearer(tokens.oit)).expect(204);
      expect(
        (await t.http().get('/api/oit/rules').set(bearer(tokens.oit)).expect(200)).body.rules,
      ).toEqual([]);
    });

    it.each([
      [
        'a malformed regular expression',
        { code: 'O1', kind: 'regex', pattern: '(unclosed' },
        'OIT_INVALID_RULE',
      ],
      [
        'a look-ahead (not linear-time)',
        { code: 'O1', kind: 'regex', pattern: '(?=x)y' },
        'OIT_INVALID_RULE',
      ],
      [
        'an overlong pattern',
        { code: 'O1', kind: 'any', pattern: 'ก'.repeat(201) },
        'VALIDATION_FAILED',
      ],
      ['an unknown kind', { code: 'O1', kind: 'fuzzy', pattern: 'x' }, 'VALIDATION_FAILED'],
      ['a malformed code', { code: '1', kind: 'any', pattern: 'x' }, 'VALIDATION_FAILED'],
    ])('refuses %s (400)', async (_name, body, code) => {
      const res = await t
        .http()
        .post('/api/oit/rules')
        .set(bearer(tokens.oit))
        .send(body)
        .expect(400);
      expect(res.body.code).toBe(code);
    });
  });

  describe('responsible groups and survey results', () => {
    it('shows the group responsible for an item, kept across years', async () => {
      const groupId = office.groupIds.g2;
      await t
        .http()
        .put('/api/oit/assignments/O23')
        .set(bearer(tokens.officer))
        .send({ groupId })
        .expect(403);
      await t
        .http()
        .put('/api/oit/assignments/O23')
        .set(bearer(theirs.oit))
        .send({ groupId })
        .expect(404);
      await t
        .http()
        .put('/api/oit/assignments/X')
        .set(bearer(tokens.oit))
        .send({ groupId })
        .expect(400);
      const res = await t
        .http()
        .put('/api/oit/assignments/O23')
        .set(bearer(tokens.oit))
        .send({ groupId })
        .expect(200);
      expect(res.body.assignments).toEqual([
        expect.objectContaining({ code: 'O23', groupId, group: 'กลุ่มส่งเสริมการจัดการศึกษา' }),
      ]);
      for (const fy of [2565, 2569]) {
        const checklist = await t
          .http()
          .get(`/api/oit/${fy}/checklist`)
          .set(bearer(tokens.officer))
          .expect(200);
        expect(itemOf(checklist.body, 'O23').responsibleGroup).toEqual({
          id: groupId,
          name: 'กลุ่มส่งเสริมการจัดการศึกษา',
        });
      }
      await t
        .http()
        .put('/api/oit/assignments/O23')
        .set(bearer(tokens.oit))
        .send({ groupId: null })
        .expect(200);
      expect(
        (await t.http().get('/api/oit/assignments').set(bearer(tokens.officer)).expect(200)).body
          .assignments,
      ).toEqual([]);
    });

    it('projects the total and level from the survey results the coordinator enters', async () => {
      await t
        .http()
        .put('/api/oit/2566/survey')
        .set(bearer(tokens.officer))
        .send({ iit: 29 })
        .expect(403);
      await t
        .http()
        .put('/api/oit/2566/survey')
        .set(bearer(tokens.oit))
        .send({ iit: 31 })
        .expect(400);
      await t
        .http()
        .put('/api/oit/2566/survey')
        .set(bearer(tokens.oit))
        .send({ iit: 29, eit: 28.5 })
        .expect(200);
      const checklist = await t
        .http()
        .get('/api/oit/2566/checklist')
        .set(bearer(tokens.officer))
        .expect(200);
      expect(checklist.body.score).toMatchObject({
        iit: 29,
        eit: 28.5,
        oitWeighted: 0,
        total: 57.5,
        level: 'D',
      });
      expect(checklist.body.score.whatIf).toHaveLength(43);
      expect(checklist.body.score.whatIf[0]).toEqual({ code: 'O42', points: 5, oitPercent: 12.5 });
    });
  });
});

import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { bearer } from '../fixtures/oit-e2e';
import catalog from '../../src/oit/catalog/2565.json';

const allWith = (missing: string[]) =>
  Object.fromEntries(catalog.map((i) => [i.code, missing.includes(i.code) ? 0 : 100]));

describe('OIT score and suggestions', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'oit']);
  });
  afterAll(() => t.close());

  describe('POST /api/oit/score', () => {
    it('scores the worked example of SCORING.md', async () => {
      const res = await t
        .http()
        .post('/api/oit/score')
        .set(bearer(tokens.officer))
        .send({
          fiscalYear: 2565,
          items: allWith(['O3', 'O17', 'O24', 'O31', 'O36']),
          iit: 29,
          eit: 28.5,
        })
        .expect(200);
      expect(res.body).toMatchObject({
        subindicators: {
          '9.1': 88.89,
          '9.2': 87.5,
          '9.3': 85.71,
          '9.4': 100,
          '9.5': 80,
          '10.1': 87.5,
          '10.2': 100,
        },
        indicators: { '9': 88.42, '10': 93.75 },
        oitPercent: 91.09,
        oitWeighted: 36.43,
        total: 93.93,
        level: 'A',
        catalogYear: 2565,
        carriedForward: false,
      });
      // O36 is one of 8 items in 10.1: +12.5 there, +6.25 on indicator 10, +3.125 OIT %.
      expect(res.body.whatIf[0]).toEqual({ code: 'O36', points: 1.25, oitPercent: 3.13 });
    });

    it('leaves total and level out without both survey parts, and counts absent items as 0', async () => {
      const res = await t
        .http()
        .post('/api/oit/score')
        .set(bearer(tokens.officer))
        .send({ fiscalYear: 2565, items: { O1: 100 }, iit: 29 })
        .expect(200);
      expect(res.body.total).toBeUndefined();
      expect(res.body.level).toBeUndefined();
      expect(res.body.subindicators['9.1']).toBe(11.11);
      expect(res.body.subindicators['10.2']).toBe(0);
    });

    it('uses the most recent catalog for a year without one (FY 2570)', async () => {
      const res = await t
        .http()
        .post('/api/oit/score')
        .set(bearer(tokens.officer))
        .send({ fiscalYear: 2570, items: allWith([]) })
        .expect(200);
      expect(res.body).toMatchObject({
        oitPercent: 100,
        oitWeighted: 40,
        catalogYear: 2565,
        carriedForward: true,
      });
    });

    it.each([
      ['an unknown item code', { fiscalYear: 2565, items: { O99: 100 } }, 'OIT_UNKNOWN_ITEM'],
      [
        'a code that is no item code',
        { fiscalYear: 2565, items: { X1: 100 } },
        'VALIDATION_FAILED',
      ],
      ['a value other than 0 or 100', { fiscalYear: 2565, items: { O1: 50 } }, 'VALIDATION_FAILED'],
      ['a string value', { fiscalYear: 2565, items: { O1: '100' } }, 'VALIDATION_FAILED'],
      ['items as an array', { fiscalYear: 2565, items: [100] }, 'VALIDATION_FAILED'],
      ['no fiscal year', { items: { O1: 100 } }, 'VALIDATION_FAILED'],
      ['a fiscal year as text', { fiscalYear: 'สองห้าหกห้า', items: {} }, 'VALIDATION_FAILED'],
      ['IIT above 30', { fiscalYear: 2565, items: {}, iit: 31 }, 'VALIDATION_FAILED'],
      ['an extra field', { fiscalYear: 2565, items: {}, bonus: 5 }, 'VALIDATION_FAILED'],
    ])('answers 400 with Thai and English for %s', async (_name, body, code) => {
      const res = await t
        .http()
        .post('/api/oit/score')
        .set(bearer(tokens.officer))
        .send(body)
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code });
      expect(res.body.message).toMatch(/[ก-๙]/);
      expect(res.body.message).toMatch(/[A-Za-z]{4,}/);
    });

    it('names the offending entry of items', async () => {
      const res = await t
        .http()
        .post('/api/oit/score')
        .set(bearer(tokens.officer))
        .send({ fiscalYear: 2565, items: { O1: 100, O2: 1 } })
        .expect(400);
      expect(JSON.stringify(res.body.details)).toContain('items.O2 must be 0 or 100');
    });

    it('answers 404 for a year before any catalog, and 401 without a token', async () => {
      const res = await t
        .http()
        .post('/api/oit/score')
        .set(bearer(tokens.officer))
        .send({ fiscalYear: 2560, items: {} })
        .expect(404);
      expect(res.body.code).toBe('OIT_CATALOG_NOT_FOUND');
      await t.http().post('/api/oit/score').send({ fiscalYear: 2565, items: {} }).expect(401);
    });
  });

  describe('POST /api/oit/suggest', () => {
    it('ranks O40 first for a six-month anti-corruption monitoring report', async () => {
      const res = await t
        .http()
        .post('/api/oit/suggest')
        .set(bearer(tokens.officer))
        .send({
          fiscalYear: 2565,
          subject:
            'รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕',
        })
        .expect(200);
      expect(res.body.suggestions[0].code).toBe('O40');
      expect(res.body.suggestions.length).toBeLessThanOrEqual(3);
      const scores = res.body.suggestions.map((s: { score: number }) => s.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it('abstains on a subject that evidences nothing', async () => {
      const res = await t
        .http()
        .post('/api/oit/suggest')
        .set(bearer(tokens.officer))
        .send({ fiscalYear: 2565, subject: 'ขออนุมัติเดินทางไปราชการ ณ กรุงเทพมหานคร' })
        .expect(200);
      expect(res.body.suggestions).toEqual([]);
    });

    it.each([
      ['an empty subject', { fiscalYear: 2565, subject: '' }],
      ['no subject', { fiscalYear: 2565 }],
      ['an unknown kind', { fiscalYear: 2565, subject: 'แผน', kind: 'telegram' }],
    ])('answers 400 for %s', async (_name, body) => {
      const res = await t
        .http()
        .post('/api/oit/suggest')
        .set(bearer(tokens.officer))
        .send(body)
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });
  });
});

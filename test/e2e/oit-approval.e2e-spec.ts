import { settledMemo } from '../support/outbox';
import { Clock } from '../../src/common/clock';
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';

jest.setTimeout(60_000);

/** The office's clock, moved to a day of fiscal year 2565 (Oct–Mar window). */
class FixedClock extends Clock {
  at = new Date('2022-02-15T03:00:00Z');
  override now(): Date {
    return new Date(this.at);
  }
}

describe('OIT evidence from a real approval', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  const clock = new FixedClock();

  beforeAll(async () => {
    t = await createTestApp((b) => b.overrideProvider(Clock).useValue(clock));
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'head', 'deputy', 'director', 'oit']);
  });
  afterAll(() => t.close());

  it('links a six-month anti-corruption monitoring report to O40 of the fiscal year of its approval', async () => {
    let memo = await draftAndSubmit(t, tokens.officer, {
      subject: 'รายงานผลการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕',
      paragraphs: [
        'ตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ได้ดำเนินการกำกับติดตามรอบ ๖ เดือน (ตุลาคม ๒๕๖๔ - มีนาคม ๒๕๖๕) รายละเอียดดังแนบ',
      ],
    });
    for (const who of ['head', 'deputy', 'director'])
      memo = (await approve(t, tokens[who], memo).expect(200)).body as MemoJson;
    expect(memo.docNumber).toMatch(/^ศธ ๐๔๓๙๙\/๑$/);
    memo = await settledMemo(t, tokens.officer, memo);
    const links = memo.oitLinks as Array<{ code: string; fiscalYear: number; status: string }>;
    expect(links[0]).toMatchObject({ code: 'O40', fiscalYear: 2565 });

    const checklist = await t
      .http()
      .get('/api/oit/2565/checklist')
      .set(bearer(tokens.officer))
      .expect(200);
    const o40 = (
      checklist.body.items as Array<{ code: string; status: string; evidence: unknown[] }>
    ).find((i) => i.code === 'O40');
    expect(o40?.evidence.length).toBeGreaterThan(0);
    expect(['proposed', 'complete']).toContain(o40?.status);

    const other = await t
      .http()
      .get('/api/oit/2566/checklist')
      .set(bearer(tokens.officer))
      .expect(200);
    const o40Next = (other.body.items as Array<{ code: string; evidence: unknown[] }>).find(
      (i) => i.code === 'O40',
    );
    expect(o40Next?.evidence).toEqual([]);
  });
});

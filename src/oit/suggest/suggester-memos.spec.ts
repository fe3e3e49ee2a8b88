import catalog from '../catalog/2565.json';
import memosFixture from '../../../test/fixtures/oit-memos.json';
import subjectsFixture from '../../../test/fixtures/oit-subjects.json';
import { CatalogItemFile, fromCatalogFile } from '../catalog/catalog-format';
import { evaluate, LabelledDocument, memoDocuments } from './evaluation';
import { ABSTAIN_BELOW, Suggester } from './suggester';

const items = (catalog as CatalogItemFile[]).map(fromCatalogFile);
const suggester = new Suggester(items);
const FY = 2565;
const AUTO = 0.9;
const memos = memoDocuments(memosFixture.memos);

const best = (subject: string, paragraphs: string[], kind: 'memo' | 'announcement' = 'memo') =>
  suggester.rank({ fiscalYear: FY, subject, text: paragraphs.join('\n'), kind })[0];

describe('the labelled memos (test/fixtures/oit-memos.json)', () => {
  it('has 80+ memos with bodies, every item on both halves, and 8+ that evidence nothing in each', () => {
    expect(memos.length).toBeGreaterThanOrEqual(80);
    for (const split of ['train', 'heldout'] as const) {
      const half = memos.filter((m) => m.split === split);
      expect(new Set(half.map((m) => m.code).filter(Boolean))).toEqual(
        new Set(items.map((i) => i.code)),
      );
      expect(half.filter((m) => m.code === null).length).toBeGreaterThanOrEqual(8);
    }
    for (const m of memosFixture.memos) expect(m.paragraphs.length).toBeGreaterThanOrEqual(2);
  });
});

describe('accuracy on memos as an approval feeds them, subject + body (targets of issue 15)', () => {
  const result = evaluate(items, memos, FY, { withBody: true, autoConfirmAt: AUTO }, suggester);

  it.each([
    ['catalog only', result.catalogOnly.heldout],
    ['with the training memos as confirmed links', result.learned.heldout],
  ])('held out, %s: right first ≥ 85 %, in the top three ≥ 95 %', (_, heldout) => {
    expect(heldout.shownTop1).toBeGreaterThanOrEqual(0.85);
    expect(heldout.top3).toBeGreaterThanOrEqual(0.95);
  });

  it('proposes nothing for at least 7 in 8 memos that evidence nothing', () => {
    expect(result.catalogOnly.heldout.quietOnNone).toBeGreaterThanOrEqual(7 / 8);
    expect(result.learned.heldout.quietOnNone).toBeGreaterThanOrEqual(7 / 8);
  });

  it('never confirms a wrong item by itself', () => {
    for (const links of [result.catalogOnly, result.learned]) {
      expect(links.heldout.autoConfirmedPrecision).toBe(1);
      expect(links.train.autoConfirmedPrecision).toBe(1);
    }
  });
});

describe('accuracy on subjects alone stays no lower than before memos were read', () => {
  const rows = subjectsFixture.subjects as LabelledDocument[];
  const result = evaluate(items, rows, FY, { withBody: false, autoConfirmAt: AUTO }, suggester);

  it('keeps the held-out subjects at 34 of 43 first (79 %) and 41 of 43 in the top three', () => {
    expect(result.catalogOnly.heldout.top1).toBeGreaterThanOrEqual(34 / 43);
    expect(result.catalogOnly.heldout.top3).toBeGreaterThanOrEqual(41 / 43);
    expect(result.catalogOnly.heldout.autoConfirmedPrecision).toBe(1);
  });
});

describe('neighbours named in passing', () => {
  it('a six-month anti-corruption report that names the plan and its budget is O40', () => {
    const first = best('รายงานผลการดำเนินงานป้องกันการทุจริต รอบครึ่งปีงบประมาณ ๒๕๖๕', [
      'เรื่องเดิม ตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๕ ซึ่งได้รับจัดสรรงบประมาณ ๑๕๐,๐๐๐ บาท',
      'ข้อเท็จจริง ดำเนินการแล้ว ๕ กิจกรรม ใช้งบประมาณไป ๖๐,๐๐๐ บาท',
      'จึงเรียนมาเพื่อโปรดทราบ',
    ]);
    expect(first.code).toBe('O40');
  });

  it('an annual plan that mentions the separate anti-corruption plan is O10', () => {
    const first = best('ขออนุมัติแผนปฏิบัติการประจำปีงบประมาณ ๒๕๖๕', [
      'เรื่องเดิม สพฐ. แจ้งแนวทางการจัดทำแผนปฏิบัติการประจำปีของสำนักงานเขตพื้นที่การศึกษา',
      'ข้อเท็จจริง แผนประกอบด้วยโครงการ/กิจกรรม ๓๕ โครงการ งบประมาณ และระยะเวลาดำเนินการของทุกกลุ่ม ส่วนกิจกรรมป้องกันการทุจริตอยู่ในแผนปฏิบัติการป้องกันการทุจริตอีกฉบับ',
      'ข้อเสนอ เห็นควรอนุมัติแผนปฏิบัติการประจำปี และแจ้งทุกกลุ่มดำเนินการ',
    ]);
    expect(first.code).toBe('O10');
  });

  it('a six-month spending report that blames a pending e-bidding is O19, not O22', () => {
    const first = best('รายงานการใช้จ่ายงบประมาณ รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๕', [
      'ข้อเท็จจริง ใช้จ่ายแล้วร้อยละ ๔๑ ต่ำกว่าแผนการใช้จ่ายงบประมาณ เพราะงบลงทุนยังอยู่ระหว่างประกาศประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
      'จึงเรียนมาเพื่อโปรดทราบ',
    ]);
    expect(first.code).toBe('O19');
  });

  it('tells last year’s report from this year’s plan in the same words', () => {
    const report = best('รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ ๒๕๖๔', [
      'ข้อเท็จจริง เบิกจ่ายได้ร้อยละ ๙๕ ปัญหาอุปสรรค คือ การจัดสรรล่าช้า',
    ]);
    expect(report.code).toBe('O20');
    const plan = best('แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ ๒๕๖๕', [
      'ข้อเท็จจริง กำหนดวงเงินรายไตรมาสตามแผนงานและโครงการ',
    ]);
    expect(plan.code).toBe('O18');
  });

  it('a report on the integrity measures is O43, the measures themselves O42', () => {
    const done = best('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๖๕', [
      'ข้อเท็จจริง ทุกกลุ่มได้ปฏิบัติตามมาตรการแล้ว',
    ]);
    expect(done.code).toBe('O43');
    const measures = best(
      'ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี ๒๕๖๕',
      ['จากการวิเคราะห์ผล ITA ปี ๒๕๖๔ จึงกำหนดมาตรการ ผู้รับผิดชอบ และการกำกับติดตาม'],
      'announcement',
    );
    expect(measures.code).toBe('O42');
  });
});

describe('memos that evidence nothing', () => {
  it.each([
    [
      'ขออนุญาตใช้ห้องประชุม เพื่อประชุมคณะทำงานจัดทำแผนปฏิบัติการป้องกันการทุจริต',
      ['ด้วยคณะทำงานจะประชุมในวันที่ ๓ พฤศจิกายน ๒๕๖๔', 'จึงเรียนมาเพื่อโปรดพิจารณาอนุญาต'],
    ],
    [
      'ขออนุมัติเดินทางไปราชการ เพื่อประชุมชี้แจงการประเมิน ITA ประจำปี ๒๕๖๕',
      ['ด้วย สพฐ. เชิญผู้รับผิดชอบ ITA เข้าประชุม', 'จึงขอเบิกค่าเบี้ยเลี้ยงและค่าพาหนะ'],
    ],
    [
      'ขออนุญาตลาพักผ่อน',
      ['ระหว่างลาได้มอบงานรายงานผลการใช้จ่ายงบประมาณให้ผู้ปฏิบัติแทน', 'จึงเรียนมาเพื่อโปรดพิจารณา'],
    ],
  ])('proposes nothing for "%s"', (subject, paragraphs) => {
    expect(best(subject, paragraphs).score).toBeLessThan(ABSTAIN_BELOW);
  });
});

// The memo read rule exists twice: canReadMemo (src/memo/memo-access.ts) answers a single read,
// applyVisibility (src/memo/memo.repository.ts) filters the list in SQL. For every person of an
// office over a mix of memos, what GET /api/memos/:id allows must be exactly what the list shows.
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { approve, bearer, draftAndSubmit, MemoBody, memoBody, MemoJson } from '../support/memos';

jest.setTimeout(180_000);

/** Everyone in the test office: every role, in both groups, on and off each chain. */
const PEOPLE = [
  'officer',
  'officer2',
  'peer',
  'head',
  'head2',
  'deputy',
  'deputy2',
  'director',
  'oit',
  'registrar',
  'admin',
];
const SECRET: MemoBody = { secrecy: 'confidential' };
const PAGE_SIZE = 3;

describe('memo visibility: a single read and the list agree', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  /** label → memo id */
  const mix: Record<string, number> = {};

  const post = async (who: string, path: string, body: object): Promise<MemoJson> => {
    const res = await t.http().post(path).set(bearer(tokens[who])).send(body);
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as MemoJson;
  };
  const draft = (who: string, label: string, over: MemoBody = {}) =>
    post(who, '/api/memos', memoBody({ subject: label, ...over }));
  const submitted = (who: string, label: string, over: MemoBody = {}) =>
    draftAndSubmit(t, tokens[who], { subject: label, ...over });
  const approveAs = async (memo: MemoJson, ...who: string[]) => {
    for (const w of who) memo = (await approve(t, tokens[w], memo).expect(200)).body as MemoJson;
    return memo;
  };
  const decide = (who: string, memo: MemoJson, action: 'return' | 'reject') =>
    post(who, `/api/memos/${memo.id}/${action}`, { note: 'โปรดทบทวน', version: memo.version });

  /** Memos in every status, normal and secret, in both groups, some with a named reader. */
  async function seedMix(): Promise<void> {
    const readers = { readerUserIds: [office.userIds.peer] };
    mix.draft = (await draft('officer', 'ร่างปกติ')).id;
    mix.secretDraftWithReader = (await draft('officer2', 'ร่างลับ', { ...SECRET, ...readers })).id;
    mix.inReview = (await submitted('officer', 'รอพิจารณา')).id;
    mix.inReviewAtDeputy = (await approveAs(await submitted('officer2', 'ผ่านหัวหน้า'), 'head2')).id;
    mix.secretInReview = (await submitted('officer2', 'ลับรอพิจารณา', SECRET)).id;
    mix.byHead = (await submitted('head', 'เรื่องของหัวหน้ากลุ่ม')).id;
    mix.approved = (
      await approveAs(await submitted('officer2', 'อนุมัติ'), 'head2', 'deputy2', 'director')
    ).id;
    const secretApproved = await submitted('officer', 'ลับอนุมัติ', { ...SECRET, ...readers });
    mix.secretApproved = (await approveAs(secretApproved, 'head', 'deputy', 'director')).id;
    mix.returned = (await decide('head', await submitted('officer', 'ส่งกลับ'), 'return')).id;
    const secretReturned = await submitted('officer2', 'ลับส่งกลับ', SECRET);
    mix.secretReturned = (await decide('head2', secretReturned, 'return')).id;
    mix.rejected = (await decide('head2', await submitted('officer2', 'ไม่อนุมัติ'), 'reject')).id;
    const toWithdraw = await submitted('officer', 'ถอนเรื่อง');
    mix.withdrawn = (await post('officer', `/api/memos/${toWithdraw.id}/withdraw`, {})).id;
    // Another office's approved memo: nobody here may read it, whatever their role.
    const other = await createOffice(t);
    const theirs = await loginAll(t, other, ['officer', 'head', 'deputy', 'director']);
    let foreign = await draftAndSubmit(t, theirs.officer, { subject: 'ของสำนักงานอื่น' });
    for (const w of ['head', 'deputy', 'director'])
      foreign = (await approve(t, theirs[w], foreign).expect(200)).body as MemoJson;
    mix.otherOffice = foreign.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, PEOPLE);
    await seedMix();
  });
  afterAll(() => t.close());

  /** Every id GET /api/memos?box=all lists for this person, page by page. */
  async function listed(who: string): Promise<number[]> {
    const ids: number[] = [];
    for (let page = 1; ; page++) {
      const res = await t
        .http()
        .get('/api/memos')
        .query({ box: 'all', page, pageSize: PAGE_SIZE })
        .set(bearer(tokens[who]))
        .expect(200);
      const items = res.body.items as Array<{ id: number }>;
      ids.push(...items.map((i) => i.id));
      if (items.length < PAGE_SIZE || ids.length >= res.body.total) {
        expect(ids).toHaveLength(res.body.total);
        return ids;
      }
    }
  }

  /** label → whether GET /api/memos/:id lets this person read it (200) or not (404). */
  async function readable(who: string): Promise<Record<string, boolean>> {
    const out: Record<string, boolean> = {};
    for (const [label, id] of Object.entries(mix)) {
      const res = await t.http().get(`/api/memos/${id}`).set(bearer(tokens[who]));
      // Refusals are "not found", never 403, so nothing about the memo leaks.
      const status = res.status === 200 ? 200 : 404;
      expect({ who, label, status: res.status }).toEqual({ who, label, status });
      out[label] = res.status === 200;
    }
    return out;
  }

  it('shows in the list exactly the memos each person may open, for every role', async () => {
    const seen: Record<string, string[]> = {};
    const disagreements: string[] = [];
    for (const who of PEOPLE) {
      const [reads, ids] = await Promise.all([readable(who), listed(who)]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const [label, id] of Object.entries(mix)) {
        const inList = ids.includes(id);
        if (reads[label] !== inList)
          disagreements.push(`${who} ${label}: GET ${reads[label] ? 200 : 404}, list ${inList}`);
      }
      // The office holds only the mix, so the list names nothing else.
      expect(ids.filter((id) => !Object.values(mix).includes(id))).toEqual([]);
      seen[who] = Object.keys(mix).filter((label) => reads[label]);
    }
    expect(disagreements).toEqual([]);
    assertMixIsTelling(seen);
  });

  /** The comparison means something only if each person sees some memos and is refused others. */
  function assertMixIsTelling(seen: Record<string, string[]>): void {
    const labels = Object.keys(mix);
    for (const who of PEOPLE) {
      expect({ who, sees: seen[who].length > 0 }).toEqual({ who, sees: true });
      expect({ who, refused: seen[who].length < labels.length }).toEqual({ who, refused: true });
    }
    // Each memo of the office is open to someone and, but for the approved normal one, closed
    // to someone; the other office's memo is closed to all.
    for (const label of labels.filter((l) => l !== 'otherOffice')) {
      const by = PEOPLE.filter((who) => seen[who].includes(label)).length;
      const everyone = label === 'approved';
      expect({ label, by: by > 0, everyone: by === PEOPLE.length }).toEqual({
        label,
        by: true,
        everyone,
      });
    }
    expect(PEOPLE.filter((who) => seen[who].includes('otherOffice'))).toEqual([]);
    // The cases the two rules must both get right.
    expect(seen.registrar).toEqual(expect.arrayContaining(['inReview', 'rejected']));
    expect(seen.registrar).not.toContain('secretInReview');
    expect(seen.peer).toEqual(expect.arrayContaining(['secretDraftWithReader', 'secretApproved']));
    expect(seen.head2).not.toContain('inReview');
    expect(seen.admin).toEqual(['approved']);
  }
});

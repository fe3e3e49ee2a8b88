// The incoming-letter read rule exists twice: canReadIncoming (src/incoming/incoming-access.ts)
// answers a single read, ON_PATH in IncomingQueriesRepository filters the list in SQL. For every
// person of an office over a mix of letters, what GET /api/incoming/:id allows must be exactly
// what the list shows unmasked; the rest of the list is masked secret letters, and a search
// never finds a letter its person may not open.
import { createTestApp, TestApp } from '../support/app';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { act, LetterJson, receiveAndForward, receiveLetter } from '../support/incoming';
import { bearer } from '../support/memos';
import { settleOutbox } from '../support/outbox';

jest.setTimeout(180_000);

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
const SECRET = { secrecy: 'ลับ' };
const PAGE_SIZE = 4;
/** A word every letter of the mix has in its subject, to search by. */
const WORD = 'ทดสอบสิทธิ์';

interface Listed {
  id: number;
  masked: boolean;
  subject: string;
}

describe('incoming visibility: a single read and the list agree', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  const mix: Record<string, number> = {};

  const step = async (who: string, letter: LetterJson, action: string, body: object) => {
    const res = await act(t, tokens[who], letter.id, action, { version: letter.version, ...body });
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as LetterJson;
  };
  const to = (who: string) => office.username(who);
  const subject = (label: string) => ({ subject: `${WORD} ${label}` });

  /** Letters at every step, normal and secret, in both groups, with executives on and off. */
  async function seedMix(): Promise<void> {
    const g = office.groupIds;
    mix.received = (await receiveLetter(t, tokens.registrar, subject('ลงรับ'))).id;
    mix.secretReceived = (
      await receiveLetter(t, tokens.registrar, { ...SECRET, ...subject('ลับลงรับ') })
    ).id;
    mix.atDirector = (
      await receiveAndForward(t, tokens.registrar, to('director'), subject('เสนอ'))
    ).id;
    const secretAtDeputy = await receiveAndForward(t, tokens.registrar, to('deputy'), {
      ...SECRET,
      ...subject('ลับเสนอรอง'),
    });
    mix.secretAtDeputy = secretAtDeputy.id;
    const passedOn = await receiveAndForward(t, tokens.registrar, to('deputy2'), {
      ...SECRET,
      ...subject('ลับส่งต่อ'),
    });
    mix.secretPassedOn = (
      await step('deputy2', passedOn, 'endorse', {
        note: 'เสนอ ผอ.',
        forwardToUsername: to('director'),
      })
    ).id;
    const normal = await receiveAndForward(t, tokens.registrar, to('director'), subject('สั่งการ'));
    mix.endorsed = (
      await step('director', normal, 'endorse', { note: 'มอบ', assignGroupIds: [g.g1] })
    ).id;
    const secretG2 = await receiveAndForward(t, tokens.registrar, to('deputy2'), {
      ...SECRET,
      ...subject('ลับกลุ่มสอง'),
    });
    const ordered = await step('deputy2', secretG2, 'endorse', {
      note: 'มอบ',
      assignGroupIds: [g.g2],
    });
    mix.secretAssigned = (await step('head2', ordered, 'assign', { username: to('officer2') })).id;
    const secretDone = await receiveAndForward(t, tokens.registrar, to('deputy'), {
      ...SECRET,
      ...subject('ลับเสร็จ'),
    });
    let done = await step('deputy', secretDone, 'endorse', { note: 'มอบ', assignGroupIds: [g.g1] });
    done = await step('head', done, 'assign', { username: to('officer') });
    mix.secretDone = (await step('officer', done, 'close', { action: 'แจ้งแล้ว' })).id;
    // Issue 20: circulated to a person, a task to another, a task to a group — they may read it.
    const dueAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const task = (who: object) => ({ ...who, task: 'รายงานผล', dueAt });
    const secretCirculated = await receiveAndForward(t, tokens.registrar, to('director'), {
      ...SECRET,
      ...subject('ลับแจ้งเวียน'),
    });
    const onEndorse = {
      circulate: { usernames: [to('peer')] },
      tasks: [task({ username: to('oit') })],
    };
    mix.secretCirculated = (
      await step('director', secretCirculated, 'endorse', { note: 'แจ้งเวียน', onEndorse })
    ).id;
    const groupTask = await receiveAndForward(t, tokens.registrar, to('director'), subject('งาน'));
    mix.groupTask = (
      await step('director', groupTask, 'endorse', {
        note: 'มอบงาน',
        onEndorse: { tasks: [task({ groupId: g.g2 })] },
      })
    ).id;
    await settleOutbox(t, office.orgId);
    // Another office's letter: nobody here may read it, whatever their role.
    const other = await createOffice(t);
    const theirs = await loginAll(t, other, ['registrar']);
    mix.otherOffice = (await receiveLetter(t, theirs.registrar, subject('สำนักงานอื่น'))).id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    office = await createOffice(t);
    tokens = await loginAll(t, office, PEOPLE);
    await seedMix();
  });
  afterAll(() => t.close());

  /** Everything GET /api/incoming lists for this person (with a query), page by page. */
  async function listed(who: string, query: Record<string, string> = {}): Promise<Listed[]> {
    const items: Listed[] = [];
    for (let page = 1; ; page++) {
      const res = await t
        .http()
        .get('/api/incoming')
        .query({ ...query, page, pageSize: PAGE_SIZE })
        .set(bearer(tokens[who]))
        .expect(200);
      items.push(...(res.body.items as Listed[]));
      if (res.body.items.length < PAGE_SIZE || items.length >= res.body.total) {
        expect(items).toHaveLength(res.body.total);
        return items;
      }
    }
  }

  async function readable(who: string): Promise<Record<string, boolean>> {
    const out: Record<string, boolean> = {};
    for (const [label, id] of Object.entries(mix)) {
      const res = await t.http().get(`/api/incoming/${id}`).set(bearer(tokens[who]));
      const status = res.status === 200 ? 200 : 404;
      expect({ who, label, status: res.status }).toEqual({ who, label, status });
      out[label] = res.status === 200;
    }
    return out;
  }

  it('lists unmasked exactly the letters each person may open, for every role', async () => {
    const disagreements: string[] = [];
    const seen: Record<string, string[]> = {};
    for (const who of PEOPLE) {
      const [reads, items, found] = await Promise.all([
        readable(who),
        listed(who),
        listed(who, { q: WORD }),
      ]);
      for (const [label, id] of Object.entries(mix)) {
        const item = items.find((i) => i.id === id);
        const open = item !== undefined && !item.masked;
        if (reads[label] !== open)
          disagreements.push(`${who} ${label}: GET ${reads[label] ? 200 : 404}, list ${open}`);
        if (item?.masked && item.subject !== 'หนังสือลับ')
          disagreements.push(`${who} ${label}: masked but shows its subject`);
        const searched = found.some((i) => i.id === id);
        if (searched !== reads[label])
          disagreements.push(
            `${who} ${label}: GET ${reads[label] ? 200 : 404}, search ${searched}`,
          );
      }
      expect(items.filter((i) => !Object.values(mix).includes(i.id))).toEqual([]);
      seen[who] = Object.keys(mix).filter((label) => reads[label]);
    }
    expect(disagreements).toEqual([]);
    assertMixIsTelling(seen);
  });

  /** The comparison means something only if the rule lets each kind of person in and keeps some out. */
  function assertMixIsTelling(seen: Record<string, string[]>): void {
    expect(seen.registrar).toEqual(
      expect.arrayContaining(['received', 'secretReceived', 'secretDone', 'endorsed']),
    );
    expect(seen.director).toEqual(expect.arrayContaining(['received', 'secretPassedOn']));
    expect(seen.director).not.toContain('secretAtDeputy');
    expect(seen.deputy).toContain('secretAtDeputy');
    expect(seen.head).toEqual(expect.arrayContaining(['endorsed', 'secretDone']));
    expect(seen.head).not.toContain('received');
    expect(seen.officer2).toEqual(['secretAssigned', 'groupTask']);
    expect(seen.head2).toContain('groupTask');
    expect(seen.officer).toEqual(['secretDone']);
    expect(seen.peer).toEqual(['secretCirculated']);
    expect(seen.oit).toEqual(['secretCirculated']);
    expect(seen.admin).toEqual([]);
    for (const who of PEOPLE) expect(seen[who]).not.toContain('otherOffice');
  }
});

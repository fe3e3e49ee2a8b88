// Every page, at phone and desk size: axe (WCAG 2.1 A and AA) finds nothing serious or critical,
// and with the text enlarged to 200 % on a phone (Chromium's default font size 16 → 32 px, what
// the phone's text-size setting does) no page scrolls sideways (issue 21, H1).
// First: a LINE channel configured (its stand-in need not run), for the LINE pages below.
import '../support/line-server';
import type { Page } from 'puppeteer';
import { ActionLinkIssuer } from '../../src/action-links/action-link-issuer';
import { fiscalYear } from '../../src/common/thai/thai-format';
import { Memo } from '../../src/memo/memo.entity';
import {
  DEMO_PASSWORD,
  DESKTOP,
  openPage,
  PHONE,
  signIn,
  useWebApp,
  Viewport,
  WatchedPage,
} from '../support/browser';
import { seriousViolations } from '../support/axe';
import { login } from '../support/factories';
import { receiveAndForward } from '../support/incoming';
import { approve, bearer, draftAndSubmit, MemoJson } from '../support/memos';

jest.setTimeout(300_000);

const web = useWebApp();

interface Visit {
  user: string | null;
  path: string;
}

const visits: Visit[] = [];
let waitingMemo = 0;

beforeAll(async () => {
  const token = (u: string) => login(web.app, u, DEMO_PASSWORD);
  const [officer, head, deputy, director] = await Promise.all(
    ['officer', 'head', 'deputy', 'director'].map(token),
  );
  const waiting = await draftAndSubmit(web.app, officer, { subject: 'ขออนุมัติทดสอบหน้าเว็บ' });
  let done: MemoJson = await draftAndSubmit(web.app, officer, { subject: 'ขออนุมัติทดสอบที่อนุมัติ' });
  for (const approver of [head, deputy, director]) {
    done = (await approve(web.app, approver, done)).body as MemoJson;
  }
  waitingMemo = waiting.id;
  // The one-tap link the head's e-mail would carry (no mail server here): its page, unused.
  const row = await web.app.ds.manager.findOneByOrFail(Memo, { id: waiting.id });
  const actionLink = await web.app.app
    .get(ActionLinkIssuer)
    .issue(row.orgId, row.id, row.currentAssigneeUserId ?? 0);
  const verifyCode = (done as { seal?: { verifyCode?: string } }).seal?.verifyCode;
  const letter = await receiveAndForward(web.app, await token('registrar'), 'director', {
    urgency: 'ด่วน',
  });
  let circular = await draftAndSubmit(web.app, deputy, {
    subject: 'ขอเสนอลงนามหนังสือเวียน',
    issuance: {
      kind: 'letter',
      circular: true,
      subject: 'แจ้งโรงเรียนในสังกัด',
      to: 'ผู้อำนวยการโรงเรียนในสังกัด',
      paragraphs: ['จึงเรียนมาเพื่อทราบ'],
      recipients: { schools: 'all' },
    },
  });
  circular = (await approve(web.app, director, circular)).body as MemoJson;
  // Circulated to all staff with a task for กลุ่มอำนวยการ (issue 20): the button, the count, the task.
  const groups = (await web.app.http().get('/api/groups').set(bearer(officer)).expect(200))
    .body as Array<{ id: number; name: string }>;
  let circulated: MemoJson = await draftAndSubmit(web.app, officer, {
    subject: 'ขอแจ้งเวียนประกาศเจตจำนงสุจริต',
    onApproval: {
      circulate: { to: 'all-staff' },
      tasks: [
        {
          groupId: groups.find((g) => g.name === 'กลุ่มอำนวยการ')!.id,
          task: 'เผยแพร่ประกาศบนเว็บไซต์สำนักงาน',
          dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        },
      ],
    },
  });
  for (const approver of [head, deputy, director]) {
    circulated = (await approve(web.app, approver, circulated)).body as MemoJson;
  }
  // The circulation is made after the seal: wait for it, so the pages visited show it.
  let circulatedTo = 0;
  for (let tries = 0; tries < 60 && circulatedTo === 0; tries++) {
    if (tries > 0) await new Promise((r) => setTimeout(r, 500));
    const status = await web.app
      .http()
      .get(`/api/memos/${circulated.id}/circulation`)
      .set(bearer(officer));
    circulatedTo = Number(status.body.total ?? 0);
  }
  expect(circulatedTo).toBeGreaterThan(0);
  const year = fiscalYear(new Date());
  visits.push(
    { user: null, path: '/verify' },
    { user: null, path: new URL(actionLink!.url).pathname },
    { user: 'deputy', path: `/memos/${circular.id}/dispatch` },
    { user: 'admin', path: '/admin/import' },
    { user: 'platform', path: '/platform' },
    { user: null, path: '/' },
    { user: null, path: `/oit/spm-nakhonphanom/${year}` },
    ...(verifyCode ? [{ user: null, path: `/verify/${verifyCode}` }] : []),
    { user: 'officer', path: '/memos?box=drafts' },
    { user: 'officer', path: '/memos/new' },
    { user: 'officer', path: '/notifications' },
    { user: 'officer', path: '/line' },
    { user: 'officer', path: '/line/link?linkToken=a11yTestLinkToken' },
    { user: 'head', path: '/inbox' },
    { user: 'head', path: `/memos/${waiting.id}` },
    { user: 'director', path: `/memos/${done.id}` },
    { user: 'registrar', path: '/registers' },
    { user: 'registrar', path: '/incoming/new' },
    { user: 'registrar', path: '/incoming' },
    { user: 'registrar', path: `/incoming/${letter.id}` },
    { user: 'director', path: '/inbox' },
    { user: 'director', path: `/incoming/${letter.id}` },
    { user: 'admin', path: '/admin' },
    { user: 'admin', path: '/audit' },
    { user: 'oit', path: '/oit' },
    { user: 'oit', path: '/oit/evidence?code=O23' },
    { user: 'oit', path: '/oit/settings' },
    { user: 'oit', path: '/oit/catalogs' },
    { user: 'officer2', path: '/circulation' },
    { user: 'officer2', path: `/memos/${circulated.id}` },
    { user: 'officer', path: `/memos/${circulated.id}` },
    { user: 'head.admin', path: `/memos/${circulated.id}` },
  );
  expect(verifyCode).toBeDefined();
  await web.app.http().get(new URL(actionLink!.url).pathname).expect(200);
});

const sessions = new Map<string, WatchedPage>();

async function pageFor(user: string | null, viewport: Viewport): Promise<Page> {
  const key = `${user ?? '-'}@${viewport.width}`;
  let w = sessions.get(key);
  if (!w) {
    w = await openPage(web.browser, viewport);
    await w.page.setBypassCSP(true);
    if (user) await signIn(w.page, web.app.baseUrl, user);
    sessions.set(key, w);
  }
  return w.page;
}

/** Debugging aid: the outermost elements that stick out past the screen's right edge. */
const widest = (page: Page) =>
  page.evaluate(
    (limit: number) =>
      Array.from(document.querySelectorAll('body *'))
        .filter((el) => el.getBoundingClientRect().right > limit + 1)
        .filter(
          (el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > limit + 1),
        )
        .slice(0, 8)
        .map(
          (el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`,
        ),
    PHONE.width,
  );

describe.each([
  ['phone', PHONE],
  ['desk', DESKTOP],
])('accessibility on a %s', (_name, viewport) => {
  it('has no serious or critical axe violation on any page', async () => {
    const found: Record<string, string[]> = {};
    for (const visit of visits) {
      const page = await pageFor(visit.user, viewport);
      await page.goto(`${web.app.baseUrl}${visit.path}`, { waitUntil: 'load' });
      const problems = await seriousViolations(page);
      if (problems.length > 0) found[`${visit.user ?? 'public'} ${visit.path}`] = problems;
    }
    expect(found).toEqual({});
  });
});

it('does not scroll sideways on a phone with the text at 200 %', async () => {
  const wide: Record<string, number> = {};
  for (const visit of visits) {
    const page = await pageFor(visit.user, PHONE);
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.goto(`${web.app.baseUrl}${visit.path}`, { waitUntil: 'load' });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) {
      wide[`${visit.user ?? 'public'} ${visit.path}`] = width;
      if (process.env.DEBUG_WIDE) console.log(visit.path, await widest(page));
    }
    await cdp.detach();
  }
  expect(wide).toEqual({});
});

it('reaches the approve button by keyboard before the PDF viewer on a desk', async () => {
  const page = await pageFor('head', DESKTOP);
  await page.goto(`${web.app.baseUrl}/memos/${waitingMemo}`, { waitUntil: 'load' });
  let presses = 0;
  let focused = '';
  while (presses < 40 && focused !== 'approve') {
    await page.keyboard.press('Tab');
    presses++;
    focused = await page.evaluate(() => (document.activeElement as HTMLButtonElement)?.value ?? '');
  }
  expect(focused).toBe('approve');
  expect(presses).toBeLessThanOrEqual(20);
});

// The web's own form handlers under bad input. fuzz.e2e-spec.ts reaches every route, but a form
// post without a CSRF token stops at the guard; here every POST route of the web controllers
// (those behind CsrfGuard) is sent generated fields as a signed-in user with a valid session
// cookie and form token, so the DTOs, models and handlers themselves are exercised. Every answer
// must be below 500, every error a Thai page or the house JSON, and a refused post must leave the
// office's rows as they were. Seeded and bounded: the same requests on every run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiscoveryModule } from '@nestjs/core';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { seedFuzzRows } from '../support/fuzz-rows';
import { createTestApp, TestApp } from '../support/app';
import { snapshotOffice, OfficeSnapshot } from '../support/db-snapshot';
import { createOffice, loginAll, TEST_PASSWORD, TestOffice } from '../support/factories';
import { pngImage } from '../support/images';
import { bearer, draftAndSubmit } from '../support/memos';
import { listRoutes, RouteInfo } from '../support/routes';
import { formBody, webSignIn, WebSession } from '../support/web-session';
import { officeBody, platformAdminToken } from '../support/offices';
import { PlatformAdmins } from '../../src/platform/platform-admins.service';

jest.setTimeout(240_000);

const SEED = 20_261_201;
const RUNS_PER_ROUTE = Number(process.env.FUZZ_FORM_RUNS ?? 10);

/** The people the forms are posted as, with their roles in the test office. */
const PEOPLE = {
  officer: ['officer'],
  head: ['group_head', 'officer'],
  director: ['director'],
  registrar: ['registrar', 'officer'],
  oit: ['oit_coordinator', 'officer'],
  admin: ['admin'],
  /** The platform administrator, outside the office. */
  platform: ['platform_admin'],
} as const;
type Person = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Person[];

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
/** The OIT catalog form's file: the real list, in full or cut short like the PDF. */
const CATALOG = readFileSync(join(__dirname, '../../src/oit/catalog/2565.json'));
const thisBuddhistYear = new Date().getFullYear() + 543;
/** The office's Garuda for the admin's emblem form: a PNG of the right proportions. */
const EMBLEM = pngImage(320, 320, [0, 120, 0]);

/** The registry desk's receive form, as its page posts it (beside the letter's file). */
const RECEIVE_FORM = {
  fromAgency: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน',
  theirNumber: 'ศธ ๐๔๐๐๖/ว ๑๒๓',
  theirDate: '๒/๕/๒๕๖๙',
  subject: 'การประเมินคุณธรรมและความโปร่งใส',
  to: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
  urgency: 'urgent',
  secrecy: 'normal',
};

// ---- generators -------------------------------------------------------------------------------

/** Values a form field may be sent with that no page would send. */
const NASTY = [
  '',
  ' ',
  '\t\n',
  '0',
  '-1',
  '0x1',
  '1e0',
  '1.0',
  '+1',
  '01',
  ' 1',
  '2147483648',
  '99999999999999999999',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '\u0000',
  '\ud800',
  'ก\udfffข',
  '😀'.repeat(300),
  'ก'.repeat(6000),
  '%',
  '%ZZ',
  '\\',
  "'; DROP TABLE memo; --",
  '<script>alert(1)</script>',
  '{{constructor.constructor}}',
  '__proto__',
  '2026-13-45T10:00',
  '2026-02-31T10:00',
  '2026-02-31',
  '9999-99-99',
  '+275760-09-13',
  '0000-00-00T00:00',
  '../../etc/passwd',
  'remove-0',
  'remove-999',
  'remove-9999',
];

/** Values of the kind the pages send, so that handlers run past their DTOs. */
const PLAUSIBLE: Record<string, string[]> = {
  version: ['1', '2', '3', '4'],
  memoId: ['1', '2', '3'],
  subject: ['ขออนุมัติจัดประชุม', 'เรื่อง'],
  to: ['ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา'],
  paragraphs: ['ข้อเท็จจริง ด้วยกลุ่มนิเทศมีแผนจัดประชุม'],
  closing: ['จึงเรียนมาเพื่อโปรดพิจารณา'],
  urgency: ['normal', 'urgent', 'most_urgent', 'ด่วน'],
  urgentBy: ['2028-02-29T10:00', '2026-05-01T08:30', '2026-02-31T10:00', '2026-13-45T10:00'],
  secrecy: ['normal', 'confidential', 'secret', 'top_secret'],
  issuanceKind: ['', 'announcement', 'order', 'letter', 'circular'],
  letterTo: ['ศึกษาธิการจังหวัดนครพนม', ''],
  letterSalutation: ['เรียน', ''],
  letterClosing: ['ขอแสดงความนับถือ'],
  letterReferences: ['หนังสือ ที่ ศธ ๐๒๖๐/ว ๑๒'],
  letterEnclosures: ['รายงาน จำนวน ๑ ฉบับ\nปฏิทิน'],
  letterCopyTo: ['ผู้อำนวยการโรงเรียน'],
  allSchools: ['on', 'off'],
  issuanceAfterText: ['ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป'],
  memberCommittee: ['คณะกรรมการอำนวยการ', ''],
  memberName: ['นายอนันต์ ศรีวงศ์', ''],
  memberPosition: ['ผู้อำนวยการ สพม.นครพนม'],
  memberRole: ['ประธานกรรมการ'],
  issuanceSubject: ['เจตจำนงสุจริต'],
  issuanceText: ['ข้อ ๑\nข้อ ๒'],
  referencesText: ['หนังสือ ที่ ศธ ๐๔๐๐๖/ว ๑๒๓\nบันทึก ที่ ๒'],
  readerUserIds: ['1', '2', '3', '5'],
  intent: [
    'save',
    'submit',
    'add-paragraph',
    'remove-1',
    'approve',
    'add-member',
    'remove-member-1',
  ],
  note: ['เพื่อโปรดพิจารณา', 'โปรดแก้ไข'],
  items: ['1:1', '3:2', '1:1:1', '1'],
  confirmed: ['1'],
  username: ['newuser.fuzz', 'ab'],
  password: ['a-long-password-1234'],
  titlePrefix: ['นาย'],
  firstName: ['ทดสอบ'],
  lastName: ['ระบบ'],
  positionName: ['นักวิชาการศึกษา'],
  groupId: ['1', '2'],
  roles: ['officer', 'admin', 'director', 'platform_admin'],
  email: ['a@example.go.th', 'not-an-email'],
  active: ['0', '1'],
  headUserId: ['', '1', '3'],
  deputyUserId: ['', '2'],
  kind: ['on_behalf', 'acting'],
  delegateUserId: ['2', '3'],
  documentKinds: ['memo', 'order', 'announcement'],
  startsAt: ['2026-10-01', '2026-02-31'],
  endsAt: ['2027-09-30', '2026-02-30'],
  reference: ['คำสั่ง ที่ ๑๒/๒๕๖๙'],
  year: ['2569', '2568'],
  reason: ['ออกเลขผิด'],
  next: ['/inbox', '//evil.example', 'javascript:alert(1)'],
  fromAgency: ['สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน'],
  theirNumber: ['ศธ ๐๔๐๐๖/ว ๑๒๓'],
  theirDate: ['๒/๕/๒๕๖๙', '2026-05-02', '31/2/2569'],
  toUsername: ['director', 'deputy'],
  forwardToUsername: ['', 'deputy'],
  assignGroupIds: ['1', '2'],
  dueAt: ['๓๐/๖/๒๕๖๙', '2026-02-31'],
  action: ['แจ้งโรงเรียนแล้ว'],
};
const FIELDS = Object.keys(PLAUSIBLE);

const fieldValue = (field: string): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(...(Object.hasOwn(PLAUSIBLE, field) ? PLAUSIBLE[field] : ['x'])),
    },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  );

/** A field once, or repeated (an array, as a form with several inputs of one name sends it). */
const fieldEntry = (field: string): fc.Arbitrary<string | string[]> =>
  fc.oneof(
    { weight: 4, arbitrary: fieldValue(field) },
    { weight: 1, arbitrary: fc.array(fieldValue(field), { maxLength: 4 }) },
  );

/** One change to the page's own form: a field set to a generated value, or left out (null). */
interface Mutation {
  field: string;
  value: string | string[] | null;
}

/**
 * A few changes to a valid form: mostly to the route's own fields (so the whitelist lets them
 * through to the validators and the handler), now and then a field the form does not have,
 * which must be refused with 400. No change at all sends the page's own form.
 */
const mutations = (own: readonly string[]): fc.Arbitrary<Mutation[]> => {
  const ownField = fc
    .constantFrom(...own)
    .chain((field) =>
      fc.record({ field: fc.constant(field), value: fc.option(fieldEntry(field), { freq: 4 }) }),
    );
  const stranger = fc.record({
    field: fc
      .oneof(
        fc.constantFrom(...FIELDS, '__proto__', 'constructor', 'a[b]', 'toString'),
        fc.string({ maxLength: 10 }),
      )
      .filter((name) => !own.includes(name)),
    value: fc.constantFrom(...NASTY),
  });
  const one =
    own.length > 0
      ? fc.oneof({ weight: 8, arbitrary: ownField }, { weight: 1, arbitrary: stranger })
      : stranger;
  return fc.array(one, { maxLength: 3 });
};

/** How the post is encoded; the token always goes where the app takes it from. */
type Body =
  | { kind: 'form'; changes: Mutation[] }
  | { kind: 'raw-form'; raw: string }
  | { kind: 'json'; changes: Array<{ field: string; value: fc.JsonValue }> }
  | { kind: 'multipart'; fields: Record<string, string>; file?: { name: string; bytes: number } };

const body = (own: readonly string[]): fc.Arbitrary<Body> =>
  fc.oneof(
    { weight: 6, arbitrary: mutations(own).map((changes) => ({ kind: 'form' as const, changes })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '%',
          'a=%ZZ',
          '&&&=&',
          '=',
          'a[b][c]=1',
          '__proto__[x]=1',
          'version=1&version',
        )
        .map((raw) => ({ kind: 'raw-form' as const, raw })),
    },
    {
      // JSON reaches the same DTOs with numbers, nulls and objects no form can send.
      weight: 1,
      arbitrary: fc
        .array(
          fc.record({
            field: own.length > 0 ? fc.constantFrom(...own) : fc.constant('x'),
            value: fc.jsonValue({ maxDepth: 2 }),
          }),
          { minLength: 1, maxLength: 3 },
        )
        .map((changes) => ({ kind: 'json' as const, changes })),
    },
  );

const multipartBody: fc.Arbitrary<Body> = fc.record({
  kind: fc.constant('multipart' as const),
  fields: fc.dictionary(
    fc.constantFrom('title', 'file', 'version', 'x'),
    fc.constantFrom(...NASTY),
    {
      maxKeys: 2,
    },
  ),
  file: fc.option(
    fc.record({
      name: fc.constantFrom(
        'หนังสือ.pdf',
        'a.exe',
        '../../etc/passwd',
        '.pdf',
        `${'ก'.repeat(300)}.pdf`,
        'x\u0000.pdf',
        'ไฟล์ "แนบ".pdf',
      ),
      bytes: fc.constantFrom(0, 1, PDF.length, PDF.length),
    }),
    { nil: undefined },
  ),
});

const ACCEPT = fc.constantFrom('text/html,application/xhtml+xml', '*/*', 'application/json');

// ---- the app ----------------------------------------------------------------------------------

describe('fuzz: every web form behind a valid session and form token', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<string, string>;
  let sessions: Record<Person, WebSession>;
  let routes: RouteInfo[];
  let baseline: OfficeSnapshot;
  const ids: Record<string, number> = {};

  const PLATFORM_USERNAME = 'fuzz-forms.platform';
  const usernameOf = (p: Person) => (p === 'platform' ? PLATFORM_USERNAME : office.username(p));

  const signInAll = async () => {
    const entries = await Promise.all(
      EVERYONE.map(async (p) => [p, await webSignIn(t, usernameOf(p))] as const),
    );
    sessions = Object.fromEntries(entries) as Record<Person, WebSession>;
  };

  beforeAll(async () => {
    t = await createTestApp(undefined, { imports: [DiscoveryModule] });
    office = await createOffice(t);
    tokens = await loginAll(t, office, ['officer', 'head', 'admin', 'oit', 'registrar']);
    routes = listRoutes(t.app).filter((r) => r.method === 'POST' && r.guards.includes('CsrfGuard'));

    // Real rows, so that a plausible id reaches a handler and not only a 404.
    Object.assign(ids, await seedFuzzRows(t, office, tokens, ['order']));
    const returned = await draftAndSubmit(t, tokens.officer);
    await t
      .http()
      .post(`/api/memos/${returned.id}/return`)
      .set(bearer(tokens.head))
      .send({ note: 'โปรดแก้ไข' })
      .expect(200);
    const link = await t
      .http()
      .post(`/api/oit/${thisBuddhistYear}/links`)
      .set(bearer(tokens.oit))
      .send({ code: 'O1', evidenceId: ids.evidence })
      .expect(201);
    ids.oitLink = link.body.id;
    const notices = await t.http().get('/api/notifications').set(bearer(tokens.officer));
    ids.notification = notices.body.items[0].id;

    // The platform forms act on another office, so deactivating it locks nobody here out.
    await t.app.get(PlatformAdmins).create({
      username: PLATFORM_USERNAME,
      password: TEST_PASSWORD,
      name: 'นายแพลตฟอร์ม ฟัซ',
    });
    const other = await t
      .http()
      .post('/api/offices')
      .set(bearer(await platformAdminToken(t)))
      .send(officeBody('fuzz-forms-other'))
      .expect(201);
    ids.office = other.body.id;

    await signInAll();
    baseline = await snapshotOffice(t.ds, office.orgId);
  });

  afterAll(() => t?.close());

  it('finds every form route of the web controllers', () => {
    const handlers = routes.map((r) => `${r.controller}.${r.handler}`);
    // One of each controller that has forms, so a change in how routes are found fails here.
    for (const h of [
      'SessionController.signIn',
      'SessionController.signOut',
      'DraftingController.create',
      'DraftingController.previewPdf',
      'DraftingController.update',
      'DraftingController.attach',
      'MemoPagesController.approve',
      'MemoPagesController.reject',
      'InboxPagesController.bulkApprove',
      'AdminPagesController.createDelegation',
      'NotificationPagesController.open',
      'OitPagesController.confirm',
      'OitEvidencePagesController.uploadFile',
      'OitYearPagesController.submit',
      'OitSettingsPagesController.createRule',
      'RegistersPagesController.cancel',
      'PlatformPagesController.create',
      'ImportPagesController.run',
      'IncomingDeskPagesController.receive',
      'IncomingPagesController.endorse',
      'IncomingPagesController.close',
    ]) {
      expect(handlers).toContain(h);
    }
    expect(routes.every((r) => !r.path.startsWith('/api/'))).toBe(true);
  });

  /** Handlers are named per controller (a memo's reject and an OIT link's reject). */
  const keyOf = (route: RouteInfo) => `${route.controller}.${route.handler}`;

  const eligible = (route: RouteInfo): Person[] => {
    if (route.isPublic || route.roles === 'any' || !Array.isArray(route.roles)) return EVERYONE;
    const allowed = route.roles as string[];
    const people = EVERYONE.filter((p) => PEOPLE[p].some((r) => allowed.includes(r)));
    if (people.length === 0) throw new Error(`nobody may post ${route.path}`);
    return people;
  };

  /** A plausible value for a route parameter, so the rest of the request is what is wrong. */
  const validParam = (route: RouteInfo, name: string): string => {
    const p = route.path;
    if (name === 'attachmentId') return String(ids.attachment);
    if (name === 'register') return 'outgoing';
    if (name === 'year') return String(thisBuddhistYear);
    if (name === 'seq') return '1';
    if (p.startsWith('/memos/:id/edit') || p.includes('attachments')) return String(ids.draft);
    if (p.startsWith('/memos/')) return String(ids.memo);
    // A colleague nobody signs in as, so a suspension does not end the sessions used here.
    if (p.startsWith('/admin/users')) return String(office.userIds.peer);
    if (p.startsWith('/admin/groups')) return String(office.groupIds.g2);
    if (p.startsWith('/admin/delegations')) return String(ids.delegation);
    if (p.startsWith('/notifications')) return String(ids.notification);
    if (p.startsWith('/oit/links')) return String(ids.oitLink);
    if (p.startsWith('/platform/offices')) return String(ids.office);
    if (p.startsWith('/incoming/')) return String(ids.incoming);
    return '1';
  };

  const memoVersion = async (id: number): Promise<string> => {
    const rows = await t.ds.query<Array<{ version: number }>>(
      'SELECT version FROM memo WHERE id = ?',
      [id],
    );
    return String(rows[0]?.version ?? 1);
  };

  const DRAFT = {
    subject: 'ขออนุมัติจัดประชุมเชิงปฏิบัติการ',
    to: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ',
    paragraphs: ['ข้อเท็จจริง ด้วยกลุ่มนิเทศมีแผนจัดประชุม', 'ข้อเสนอ เห็นควรอนุมัติ'],
    closing: 'จึงเรียนมาเพื่อโปรดพิจารณา',
    urgency: 'urgent',
    urgentBy: '2028-02-29T10:00',
    secrecy: 'normal',
    referencesText: 'หนังสือ ที่ ศธ ๐๔๐๐๖/ว ๑๒๓',
    intent: 'save',
  };

  const IMPORT_CONTENT = Buffer.from('name,head\nกลุ่มฟัซ,nobody.here\n').toString('base64url');
  const OIT_ITEM = { year: String(thisBuddhistYear), code: 'O23' };

  const letterVersion = async (): Promise<string> => {
    const rows = await t.ds.query<Array<{ version: number }>>(
      'SELECT version FROM incoming_letter WHERE id = ?',
      [ids.incoming],
    );
    return String(rows[0]?.version ?? 1);
  };

  /** The incoming letter's forms, as its page posts them. */
  const letterForm = async (handler: string): Promise<Record<string, string>> => {
    const version = await letterVersion();
    switch (handler) {
      case 'receive':
        return { ...RECEIVE_FORM };
      case 'forward':
        return { toUsername: office.username('director'), note: 'เพื่อโปรดพิจารณา', version };
      case 'endorse':
        return { note: 'ทราบ', assignGroupIds: String(office.groupIds.g1), version };
      case 'assign':
        return { username: office.username('officer'), version };
      case 'close':
        return { action: 'แจ้งโรงเรียนแล้ว', version };
      default:
        return { version };
    }
  };

  /** What the route's page itself posts: the mutations start from here. */
  const validForm = async (route: RouteInfo): Promise<Record<string, string | string[]>> => {
    const u = office.userIds;
    switch (keyOf(route)) {
      case 'SessionController.signIn':
        return { username: office.username('peer'), password: 'not-the-password', next: '/inbox' };
      case 'DraftingController.create':
      case 'DraftingController.previewPdf':
        return { ...DRAFT, readerUserIds: [String(u.peer), String(u.officer2)] };
      case 'DraftingController.update':
        return { ...DRAFT, version: await memoVersion(ids.draft), memoId: String(ids.draft) };
      case 'MemoPagesController.approve':
      case 'MemoPagesController.sendBack':
      case 'MemoPagesController.reject':
        return { version: await memoVersion(ids.memo), note: 'เพื่อโปรดพิจารณา' };
      case 'MemoPagesController.withdraw':
      case 'MemoPagesController.submit':
        return { version: await memoVersion(ids.memo) };
      case 'InboxPagesController.bulkApprove':
        return { items: [`${ids.memo}:${await memoVersion(ids.memo)}`], note: 'เพื่อโปรดพิจารณา' };
      case 'OitPagesController.confirm':
      case 'OitPagesController.reject':
        return { year: String(thisBuddhistYear), note: 'ใช้เป็นหลักฐาน' };
      case 'OitEvidencePagesController.uploadFile':
        return { ...OIT_ITEM, title: 'สรุปผลการจัดซื้อจัดจ้าง', date: '2026-01-15' };
      case 'OitEvidencePagesController.registerWeb':
        return {
          ...OIT_ITEM,
          title: 'หน้าเว็บ',
          url: 'https://www.example.go.th/qa',
          date: '2026-01-15',
        };
      case 'OitEvidencePagesController.linkDocument':
        return { ...OIT_ITEM, documentType: 'memo', documentId: String(ids.memo) };
      case 'OitYearPagesController.survey':
        return { year: String(thisBuddhistYear), iit: '27.5', eit: '26' };
      case 'OitYearPagesController.submit':
        return { year: String(thisBuddhistYear), confirmed: '1' };
      case 'OitSettingsPagesController.createRule':
        return { code: 'O23', kind: 'any', pattern: 'สขร' };
      case 'OitCatalogPagesController.load':
        return { year: String(thisBuddhistYear + 1) };
      case 'OitSettingsPagesController.assign':
        return { code: 'O23', groupId: String(office.groupIds.g1) };
      case 'RegistersPagesController.cancel':
        return { reason: 'ออกเลขผิด' };
      case 'NotificationPagesController.open':
        return { memoId: String(ids.memo) };
      case 'AdminPagesController.createUser':
        return {
          username: `fuzz.${Date.now()}`,
          password: 'a-long-password-1234',
          titlePrefix: 'นาย',
          firstName: 'ทดสอบ',
          lastName: 'ระบบ',
          roles: 'officer',
          groupId: String(office.groupIds.g1),
        };
      case 'AdminPagesController.setActive':
      case 'PlatformPagesController.setActive':
        return { active: '1' };
      case 'PlatformPagesController.create':
        return {
          code: `ff-${Date.now()}`,
          name: 'สำนักงานเขตพื้นที่การศึกษาฟัซ',
          bookCode: 'ศธ ๐๔๓๑๑',
          adminUsername: `ff.${Date.now()}`,
          adminPassword: 'a-long-password-1234',
          adminName: 'นายฟัซ ทดสอบ',
        };
      case 'ImportPagesController.run':
        // A real import of a file with a bad row: refused whole (422), nothing written.
        return { kind: 'groups', mode: 'import', content: IMPORT_CONTENT };
      case 'AdminPagesController.setGroup':
        return { headUserId: String(u.head2), deputyUserId: String(u.deputy2) };
      case 'AdminPagesController.createDelegation':
        return {
          kind: 'acting',
          delegateUserId: String(u.deputy2),
          documentKinds: 'order',
          startsAt: '2026-10-01',
          endsAt: '2027-09-30',
          reference: 'คำสั่ง ที่ ๑๒/๒๕๖๙',
        };
      default:
        return route.controller.startsWith('Incoming') ? letterForm(route.handler) : {};
    }
  };

  /** Who the page is usually posted by: the author drafts, the current approver acts. */
  const PREFERRED: Record<string, Person> = {
    'DraftingController.create': 'officer',
    'DraftingController.previewPdf': 'officer',
    'DraftingController.update': 'officer',
    'DraftingController.attach': 'officer',
    'DraftingController.detach': 'officer',
    'MemoPagesController.withdraw': 'officer',
    'MemoPagesController.submit': 'officer',
    'MemoPagesController.approve': 'head',
    'MemoPagesController.sendBack': 'head',
    'MemoPagesController.reject': 'head',
    'InboxPagesController.bulkApprove': 'head',
    'IncomingPagesController.endorse': 'director',
    'IncomingPagesController.assign': 'head',
    'IncomingPagesController.acknowledge': 'officer',
    'IncomingPagesController.close': 'officer',
  };

  /** After the in-review memo was decided, a new one keeps the memo forms reaching handlers. */
  const DECIDES_MEMO = new Set([
    ...['approve', 'sendBack', 'reject', 'withdraw'].map((h) => `MemoPagesController.${h}`),
    'InboxPagesController.bulkApprove',
  ]);

  const badSegment = fc.constantFrom(
    '0',
    '-1',
    '1.5',
    '0x1',
    '2147483648',
    '99999999999999999999',
    'NaN',
    '%00',
    '%2e%2e%2f',
    '%E0%B8%81',
    '%ED%A0%80',
    'a'.repeat(300),
  );

  interface Case {
    person: Person;
    params: Record<string, string | null>;
    body: Body;
    accept: string;
  }

  const caseFor = (route: RouteInfo): fc.Arbitrary<Case> => {
    const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
    const isUpload = [
      'DraftingController.attach',
      'OitEvidencePagesController.uploadFile',
      'OitCatalogPagesController.load',
      'ImportPagesController.run',
      'IncomingDeskPagesController.receive',
      'AdminEmblemPagesController.uploadEmblem',
    ].includes(keyOf(route));
    const people = eligible(route);
    const preferred = PREFERRED[keyOf(route)];
    return fc.record({
      person:
        preferred && people.includes(preferred)
          ? fc.oneof(
              { weight: 3, arbitrary: fc.constant(preferred) },
              { weight: 1, arbitrary: fc.constantFrom(...people) },
            )
          : fc.constantFrom(...people),
      params: fc.record(
        // Mostly the real row (null), so that the body is what is wrong.
        Object.fromEntries(
          names.map((n) => [
            n,
            fc.oneof(
              { weight: 4, arbitrary: fc.constant(null) },
              { weight: 1, arbitrary: badSegment },
            ),
          ]),
        ),
      ),
      body: isUpload
        ? fc.oneof({ weight: 3, arbitrary: multipartBody }, { weight: 1, arbitrary: body(FIELDS) })
        : body(route.bodyFields?.length ? route.bodyFields : FIELDS),
      accept: ACCEPT,
    });
  };

  /** The real file of the form when whole (`PDF.length` bytes asked), else a cut-off one. */
  const fileFor = (route: RouteInfo, bytes: number): Buffer => {
    const whole =
      keyOf(route) === 'OitCatalogPagesController.load'
        ? CATALOG
        : keyOf(route) === 'AdminEmblemPagesController.uploadEmblem'
          ? EMBLEM
          : PDF;
    return bytes === PDF.length ? whole : whole.subarray(0, bytes);
  };

  const send = async (route: RouteInfo, c: Case): Promise<Response> => {
    const session = sessions[c.person];
    const path = route.path.replace(
      /:(\w+)/g,
      (_m, n: string) => c.params[n] ?? validParam(route, n),
    );
    const b = c.body;
    // A multipart body is read after the guard: its token comes in the query string.
    const url = b.kind === 'multipart' ? `${path}?_csrf=${encodeURIComponent(session.csrf)}` : path;
    let req = t
      .http()
      .post(url)
      .timeout(30_000)
      .set('Cookie', session.cookie)
      .set('Accept', c.accept);
    switch (b.kind) {
      case 'form': {
        const fields = await validForm(route);
        for (const m of b.changes) {
          if (m.value === null) delete fields[m.field];
          else fields[m.field] = m.value;
        }
        req = req.type('form').send(formBody({ ...fields, _csrf: session.csrf }));
        break;
      }
      case 'raw-form':
        req = req.type('form').send(`${b.raw}&_csrf=${encodeURIComponent(session.csrf)}`);
        break;
      case 'json': {
        const fields: Record<string, unknown> = await validForm(route);
        for (const m of b.changes) fields[m.field] = m.value;
        req = req.type('json').send(JSON.stringify({ ...fields, _csrf: session.csrf }));
        break;
      }
      case 'multipart':
        // The page's own fields (none for a memo attachment), some replaced by generated ones.
        for (const [k, v] of Object.entries({ ...(await validForm(route)), ...b.fields }))
          req = req.field(k, v);
        if (b.file) req = req.attach('file', fileFor(route, b.file.bytes), b.file.name);
        break;
    }
    return req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };

  const describeCase = (route: RouteInfo, c: Case, res: Response) =>
    `POST ${route.path} as ${c.person} ${JSON.stringify(c).slice(0, 600)} → ${res.status} ${(
      res.body as Buffer
    )
      .toString('utf8')
      .slice(0, 300)}`;

  /** Below 500; an error is a Thai page or the house JSON `{ statusCode, code, message }`. */
  const checkAnswer = (route: RouteInfo, c: Case, res: Response) => {
    if (res.status >= 500) throw new Error(`5xx: ${describeCase(route, c, res)}`);
    if (res.status < 400) return;
    const text = (res.body as Buffer).toString('utf8');
    const type = String(res.headers['content-type']);
    if (/^text\/html/.test(type)) {
      if (!/[\u0E00-\u0E7F]/.test(text))
        throw new Error(`error page without Thai: ${describeCase(route, c, res)}`);
      return;
    }
    const json = /^application\/json/.test(type)
      ? (JSON.parse(text) as Record<string, unknown>)
      : undefined;
    if (
      !json ||
      json.statusCode !== res.status ||
      typeof json.code !== 'string' ||
      typeof json.message !== 'string' ||
      !/[\u0E00-\u0E7F]/.test(json.message)
    ) {
      throw new Error(
        `error neither a Thai page nor the house JSON: ${describeCase(route, c, res)}`,
      );
    }
  };

  /** Refused posts write nothing; an accepted one becomes the new baseline. */
  const checkDatabase = async (route: RouteInfo, c: Case, res: Response) => {
    const after = await snapshotOffice(t.ds, office.orgId);
    // A failed sign-in is recorded against the account on purpose (the sign-in throttle).
    if (res.status >= 400 && route.handler !== 'signIn') {
      const changed = Object.keys(after).filter(
        (k) => JSON.stringify(after[k]) !== JSON.stringify(baseline[k]),
      );
      if (changed.length > 0)
        throw new Error(
          `refused post changed ${changed.join(', ')}: ${describeCase(route, c, res)}`,
        );
    }
    baseline = after;
  };

  /**
   * Signing out rightly ends that person's sessions, and an admin may suspend someone: then the
   * office's people are made active again and that person signs in anew.
   */
  const sessionEnded = (res: Response) =>
    res.status === 303 && /^\/(\?|$)/.test(String(res.headers.location));
  const signInAgain = async (person: Person) => {
    await t.ds.query(
      t.ds.options.type === 'better-sqlite3'
        ? 'UPDATE "app_user" SET "active" = 1 WHERE "org_id" = ?'
        : 'UPDATE `app_user` SET `active` = 1 WHERE `org_id` = ?',
      [office.orgId],
    );
    sessions[person] = await webSignIn(t, usernameOf(person));
    // Signing out ends the person's API tokens too; this file drafts with some of them.
    if (person in tokens) tokens = { ...tokens, ...(await loginAll(t, office, [person])) };
    baseline = await snapshotOffice(t.ds, office.orgId);
  };
  /** Each run of these costs a password hash or a new sign-in (argon2): a few suffice. */
  const SLOW = new Set(['signIn', 'signOut', 'createUser', 'PlatformPagesController.create']);
  const runsFor = (route: RouteInfo) =>
    SLOW.has(route.handler) || SLOW.has(keyOf(route))
      ? Math.min(4, RUNS_PER_ROUTE)
      : RUNS_PER_ROUTE;

  /** Keeps later posts meaningful: a session ended, or the memo in review was decided. */
  const afterPost = async (route: RouteInfo, c: Case, res: Response) => {
    if (sessionEnded(res)) await signInAgain(c.person);
    if (res.status < 400 && DECIDES_MEMO.has(keyOf(route))) {
      ids.memo = (await draftAndSubmit(t, tokens.officer)).id;
      baseline = await snapshotOffice(t.ds, office.orgId);
    }
  };

  it('answers generated posts to every form route below 500, writing nothing when refusing', async () => {
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const reached: string[] = [];
    for (const route of routes) {
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(caseFor(route), async (c) => {
          const res = await send(route, c);
          statuses.add(res.status);
          checkAnswer(route, c, res);
          await checkDatabase(route, c, res);
          await afterPost(route, c, res);
        }),
        { seed: SEED, numRuns: runsFor(route), endOnFailure: true },
      );
      // Some post got past the form's DTO (any answer but its 400): the handler itself ran.
      if ([...statuses].some((s) => s !== 400)) reached.push(keyOf(route));
    }
    expect(routes.map(keyOf).filter((k) => !reached.includes(k))).toEqual([]);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.prototype).not.toHaveProperty('x');
  });

  /** Edge values by the kind of field: the page's own form with one field changed. */
  const EDGES: Array<[RegExp, Array<string | string[]>]> = [
    [
      /^(urgentBy)$/,
      ['2026-02-31T10:00', '2026-13-45T10:00', '2026-02-28T24:00', '9999-99-99T99:99'],
    ],
    [/^(startsAt|endsAt|date)$/, ['2026-02-31', '2026-13-45', '0000-00-00', '2026-2-1']],
    [
      /^(version|memoId|year|groupId|delegateUserId|headUserId|deputyUserId|readerUserIds)$/,
      ['0x1', '1e0', '0', '99999999999999999999', ['1', '2']],
    ],
    [/./, ['', 'ก'.repeat(6000), ['ก', 'ข']]],
  ];
  const edgesOf = (field: string) => EDGES.find(([pattern]) => pattern.test(field))?.[1] ?? [];

  it('answers each field of each form set to an edge value below 500', async () => {
    let posts = 0;
    for (const route of routes) {
      const person = PREFERRED[keyOf(route)] ?? eligible(route)[0];
      for (const field of route.bodyFields ?? []) {
        for (const value of edgesOf(field)) {
          const c: Case = {
            person,
            params: {},
            body: { kind: 'form', changes: [{ field, value }] },
            accept: 'text/html',
          };
          const res = await send(route, c);
          checkAnswer(route, c, res);
          await afterPost(route, c, res);
          posts += 1;
        }
      }
    }
    expect(posts).toBeGreaterThan(150);
  });
});

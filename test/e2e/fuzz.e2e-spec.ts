// Bad input on every route: generated malformed ids, bodies, query strings and headers, sent as
// signed-in users of several roles. Every answer must be below 500, every error the JSON
// `{ statusCode, code, message }`, and a rejected request must leave the office's rows as they
// were. Seeded and bounded: the same requests on every run. Then oversized bodies and uploads.
import { restoreUploadLimit, SMALL_UPLOAD_LIMIT } from '../support/small-upload-limit';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DiscoveryModule } from '@nestjs/core';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { seedFuzzRows } from '../support/fuzz-rows';
import { createTestApp, TestApp } from '../support/app';
import { snapshotOffice, OfficeSnapshot } from '../support/db-snapshot';
import { createOffice, loginAll, TestOffice } from '../support/factories';
import { bearer, memoBody } from '../support/memos';
import { listRoutes, RouteInfo } from '../support/routes';
import { officeBody, platformAdminToken } from '../support/offices';

jest.setTimeout(120_000);

/** Each database has its own seed (env.*.ts), so the two tiers try different cases. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_124);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 6);
const UPLOAD_LIMIT = SMALL_UPLOAD_LIMIT;
const ROLES = ['officer', 'head', 'director', 'registrar', 'oit', 'admin', 'platform'] as const;
type RoleKey = (typeof ROLES)[number];
/** The office's people; `platform` is the platform administrator, outside the office. */
const OFFICE_KEYS = ROLES.filter((r) => r !== 'platform');

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

// ---- generators -------------------------------------------------------------------------------

/** Path segments that are not ids, or ids nobody has: already percent-encoded. */
const badSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '0',
    '-1',
    '1.5',
    '1e3',
    '0x1f',
    '00001',
    '2147483648',
    '2147483647',
    '99999999999999999999',
    '%201',
    'NaN',
    'Infinity',
    'null',
    'undefined',
    'true',
    '%5B%5D',
    '%7B%7D',
    '%00',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '..%5C..%5Cwindows',
    "1'%20OR%20'1'%3D'1",
    '1%3B%20DROP%20TABLE%20memo%3B%20--',
    '%25',
    '_',
    '%E0%B8%81%E0%B8%82',
    '%F0%9F%98%80',
    '%ED%A0%80',
    '%C0%AF',
    '%FF%FE',
    'a'.repeat(400),
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(encodeURIComponent),
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).map(String),
);

const jsonValue = fc.jsonValue({ maxDepth: 3 });
/** Field names the DTOs use, so wrong types reach the validators and not only the whitelist. */
const FIELDS = [
  'subject',
  'to',
  'paragraphs',
  'version',
  'note',
  'urgency',
  'secrecy',
  'urgentBy',
  'readerUserIds',
  'references',
  'issuance',
  'username',
  'password',
  'name',
  'roles',
  'active',
  'kind',
  'delegateUserId',
  'documentKinds',
  'startsAt',
  'endsAt',
  'reason',
  'fiscalYear',
  'items',
  'code',
  'pattern',
  'groupId',
  'title',
  'url',
  'evidenceId',
  'documentType',
  'documentId',
  'text',
];

interface Body {
  raw?: string;
  contentType?: string;
  contentEncoding?: string;
}

const jsonBody: fc.Arbitrary<string> = fc.oneof(
  fc
    .dictionary(fc.constantFrom(...FIELDS), jsonValue, { maxKeys: 5 })
    .map((o) => JSON.stringify(o)),
  fc
    .dictionary(fc.string({ maxLength: 12 }), jsonValue, { maxKeys: 4 })
    .map((o) => JSON.stringify(o)),
  fc.array(jsonValue, { maxLength: 4 }).map((a) => JSON.stringify(a)),
  jsonValue.map((v) => JSON.stringify(v) ?? 'null'),
  fc.constantFrom(
    '{',
    '{"subject":',
    '[1,]',
    "{'subject':'x'}",
    'nul',
    '{"a":1}}',
    '\u0000',
    '',
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"version":1,"note":"\\ud800"}',
    '{"subject":"\\u0000","to":"\\udfff","paragraphs":["\\ud83d"]}',
    `{"paragraphs":[${'"x",'.repeat(5000)}"x"]}`,
  ),
  fc.integer({ min: 50, max: 3000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
  fc.integer({ min: 50, max: 3000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
  fc.string({ maxLength: 60 }),
);

const body: fc.Arbitrary<Body> = fc.record(
  {
    raw: jsonBody,
    contentType: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'application/vnd.api+json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/xml',
      'multipart/form-data; boundary=xyz',
      'multipart/form-data',
      'application/octet-stream',
    ),
    contentEncoding: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown'),
  },
  { requiredKeys: [] },
);

const QUERY_KEYS = [
  'page',
  'pageSize',
  'box',
  'status',
  'q',
  'number',
  'from',
  'to',
  'year',
  'unread',
  'entityType',
  'entityId',
  'code',
  'page[]',
  'page[a]',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
];
const queryValue = fc.oneof(
  fc.constantFrom(
    '',
    '-1',
    '0',
    '1e9',
    'NaN',
    'true',
    '%',
    '_',
    '\\',
    "'; DROP TABLE memo; --",
    'x'.repeat(3000),
    '9999-99-99',
    '+275760-09-13T00:00:00Z',
    '\ud800',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const query: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 8 })), queryValue),
    {
      maxLength: 5,
    },
  )
  .map((pairs) =>
    pairs
      .map(([k, v]) => {
        // A lone surrogate cannot be percent-encoded: send the raw invalid UTF-8 it would become.
        const value = v === '\ud800' ? '%ED%A0%80' : encodeURIComponent(v);
        return `${k.includes('[') ? k : encodeURIComponent(k)}=${value}`;
      })
      .join('&'),
  );

const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 80 });
const headers: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'X-Request-Id': fc.oneof(printable, fc.constant('x'.repeat(500))),
    Accept: fc.constantFrom('*/*', 'text/html', 'application/xml', 'image/png', '', 'garbage/;;;'),
    'Accept-Language': printable,
    'Accept-Encoding': fc.constantFrom('gzip', 'br', 'identity;q=0', '*;q=0', 'x'),
    Range: fc.constantFrom('bytes=0-0', 'bytes=99999999-', 'bytes=-1', 'items=1-2', 'garbage'),
    'If-None-Match': printable,
    'X-Forwarded-For': printable,
    Cookie: fc.oneof(fc.constantFrom('saraban_session=garbage', 'a=%ZZ', '=;=;'), printable),
    'X-HTTP-Method-Override': fc.constantFrom('DELETE', 'PUT', 'TRACE'),
  },
  { requiredKeys: [] },
);

// ---- the app ----------------------------------------------------------------------------------

describe('fuzz: malformed input on every route', () => {
  let t: TestApp;
  let office: TestOffice;
  let tokens: Record<RoleKey, string>;
  let routes: RouteInfo[];
  let baseline: OfficeSnapshot;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp(undefined, { imports: [DiscoveryModule] });
    office = await createOffice(t);
    const platform = await platformAdminToken(t);
    tokens = { ...(await loginAll(t, office, OFFICE_KEYS)), platform } as Record<RoleKey, string>;
    routes = listRoutes(t.app);
    // Another office for the platform routes' ids, so deactivating it locks nobody here out.
    const other = await t
      .http()
      .post('/api/offices')
      .set(bearer(platform))
      .send(officeBody('fuzz-other'));
    ids.office = (other.body as { id: number }).id;

    // Real rows for the "valid id, bad everything else" half of the cases.
    Object.assign(ids, await seedFuzzRows(t, office, tokens, ['memo']));
    const rule = await t
      .http()
      .post('/api/oit/rules')
      .set(bearer(tokens.oit))
      .send({ code: 'O1', kind: 'any', pattern: 'โครงสร้าง' })
      .expect(201);
    ids.rule = rule.body.id;
    const recipient = await t
      .http()
      .post('/api/recipients')
      .set(bearer(tokens.registrar))
      .send({ name: 'โรงเรียนทดสอบ', email: 'saraban@fuzz.example.ac.th', kind: 'school' })
      .expect(201);
    ids.recipient = recipient.body.id;
    baseline = await snapshotOffice(t.ds, office.orgId);
  });

  afterAll(async () => {
    restoreUploadLimit();
    await t?.close();
  });

  /** A plausible value for a route parameter, so the rest of the request is what is wrong. */
  const validParam = (route: RouteInfo, name: string): string => {
    const p = route.path;
    switch (name) {
      case 'id':
        if (p.startsWith('/api/memos')) return String(ids.memo);
        if (p.startsWith('/api/users')) return String(office.userIds.officer);
        if (p.startsWith('/api/groups')) return String(office.groupIds.g1);
        if (p.startsWith('/api/delegations')) return String(ids.delegation);
        if (p.startsWith('/api/oit/evidence')) return String(ids.evidence);
        if (p.startsWith('/api/oit/rules')) return String(ids.rule);
        if (p.startsWith('/api/incoming')) return String(ids.incoming);
        if (p.startsWith('/api/offices')) return String(ids.office);
        if (p.startsWith('/api/recipients')) return String(ids.recipient);
        return '1';
      case 'attachmentId':
        return String(ids.attachment);
      case 'register':
        return 'outgoing';
      case 'year':
      case 'fiscalYear':
        return '2569';
      case 'seq':
        return '1';
      case 'orgCode':
        return office.prefix;
      case 'code':
        return p.startsWith('/api/oit') ? 'O1' : 'ABCD-EFGH';
      case 'sha256':
        return '0'.repeat(64);
      default:
        return '1';
    }
  };

  interface Case {
    role: RoleKey;
    params: Record<string, string | null>;
    body: Body;
    query: string;
    headers: Record<string, string>;
  }

  const caseFor = (
    route: RouteInfo,
    withBody: boolean,
    withExtras: boolean,
  ): fc.Arbitrary<Case> => {
    const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
    return fc.record({
      role: fc.constantFrom(...ROLES),
      // null: the plausible value; otherwise a malformed one.
      params: fc.record(
        Object.fromEntries(names.map((n) => [n, fc.option(badSegment, { freq: 2 })])),
      ),
      body: withBody ? body : fc.constant({}),
      query: withExtras ? query : fc.constant(''),
      headers: withExtras ? headers : fc.constant({}),
    });
  };

  const send = (route: RouteInfo, c: Case): Promise<Response> => {
    const path = route.path.replace(
      /:(\w+)/g,
      (_m, n: string) => c.params[n] ?? validParam(route, n),
    );
    const url = c.query ? `${path}?${c.query}` : path;
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let req = t.http()[method](url).timeout(20_000).set(c.headers).set(bearer(tokens[c.role]));
    if (c.body.contentEncoding) req = req.set('Content-Encoding', c.body.contentEncoding);
    if (c.body.raw !== undefined) {
      req = req.set('Content-Type', c.body.contentType ?? 'application/json').send(c.body.raw);
    }
    return req.buffer(true).parse((res, done) => {
      // Keep the raw bytes: PDFs, CSV and HTML pass through, JSON is parsed below.
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };

  const describeCase = (route: RouteInfo, c: Case, res: Response) =>
    `${route.method} ${route.path} as ${c.role} ${JSON.stringify({ ...c, body: { ...c.body, raw: c.body.raw?.slice(0, 200) } })} → ${res.status} ${(res.body as Buffer).toString('utf8').slice(0, 300)}`;

  /** The contract for bad input: below 500, and every error a JSON body in the house shape. */
  const checkAnswer = (route: RouteInfo, c: Case, res: Response) => {
    if (res.status >= 500) throw new Error(`5xx: ${describeCase(route, c, res)}`);
    if (res.status < 400) return;
    const isApi = route.path.startsWith('/api/');
    const isJson = /^application\/json/.test(String(res.headers['content-type']));
    if (!isJson) {
      if (isApi) throw new Error(`error without a JSON body: ${describeCase(route, c, res)}`);
      return; // the web interface may answer its own pages in HTML
    }
    const json = JSON.parse((res.body as Buffer).toString('utf8')) as Record<string, unknown>;
    if (
      json.statusCode !== res.status ||
      typeof json.code !== 'string' ||
      typeof json.message !== 'string' ||
      !/[\u0E00-\u0E7F]/.test(json.message) // Thai first, then English
    ) {
      throw new Error(
        `error body not { statusCode, code, message }: ${describeCase(route, c, res)}`,
      );
    }
  };

  /** Rejected requests write nothing; an accepted one becomes the new baseline. */
  const checkDatabase = async (route: RouteInfo, c: Case, res: Response) => {
    if (route.method === 'GET') return;
    const after = await snapshotOffice(t.ds, office.orgId);
    if (res.status >= 400) {
      const changed = Object.keys(after).filter(
        (k) => JSON.stringify(after[k]) !== JSON.stringify(baseline[k]),
      );
      if (changed.length > 0)
        throw new Error(
          `rejected request changed ${changed.join(', ')}: ${describeCase(route, c, res)}`,
        );
    }
    baseline = after;
  };

  const ENDS_SESSIONS = new Set(['logout', 'updateUser']);

  const fuzzEveryRoute = async (withBody: (r: RouteInfo) => boolean, withExtras: boolean) => {
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(caseFor(route, withBody(route), withExtras), async (c) => {
          const res = await send(route, c);
          checkAnswer(route, c, res);
          await checkDatabase(route, c, res);
          // Signing out, or a new password, rightly ends sessions the next cases still need.
          if (res.status < 400 && ENDS_SESSIONS.has(route.handler)) {
            tokens = { ...tokens, ...(await loginAll(t, office, OFFICE_KEYS)) };
          }
        }),
        { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  };

  it('answers malformed and foreign ids with a 4xx JSON error and writes nothing', async () => {
    await fuzzEveryRoute(() => false, false);
  });

  it('answers malformed bodies of any content type with a 4xx JSON error and writes nothing', async () => {
    await fuzzEveryRoute((r) => r.method !== 'GET', false);
  });

  it('answers malformed query strings and headers with a 4xx JSON error and writes nothing', async () => {
    await fuzzEveryRoute(() => false, true);
  });

  // ---- edge values in otherwise valid bodies ----------------------------------------------

  /** Strings the DTOs accept but a database may not: lone surrogates, NUL, 4-byte, at the limits. */
  const EDGE_TEXT: Array<(max: number) => string> = [
    () => '\ud800',
    () => 'ก\udfffข',
    () => 'ก\u0000ข',
    (max) => '😀'.repeat(Math.floor(max / 2)),
    (max) => 'ก'.repeat(max),
    (max) => '\\'.repeat(max),
    (max) => "'".repeat(max),
    (max) => `${'a'.repeat(max - 1)}\u0301`,
  ];
  const EDGE_DATES = [
    '0001-01-01T00:00:00Z',
    '0999-12-31T23:59:59Z',
    '9999-12-31T23:59:59.999Z',
    '+010000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '-000001-01-01T00:00:00Z',
    '1970-01-01T00:00:00Z',
  ];
  const edge = fc.nat(EDGE_TEXT.length - 1);
  /** Indexes into the tables above, so a counterexample prints short; built in the property. */
  const edgeMemo = fc.record(
    {
      subject: edge,
      to: edge,
      paragraph: edge,
      // Within the 1 MB body and the DTO (100 × 5000), but far over a 64 KiB TEXT column.
      longParagraphs: fc.integer({ min: 14, max: 60 }),
      closing: edge,
      urgentBy: fc.nat(EDGE_DATES.length - 1),
    },
    { requiredKeys: ['subject', 'to', 'paragraph'] },
  );
  const buildMemo = (e: typeof edgeMemo extends fc.Arbitrary<infer T> ? T : never) => ({
    subject: EDGE_TEXT[e.subject](500),
    to: EDGE_TEXT[e.to](255),
    paragraphs:
      e.longParagraphs === undefined
        ? [EDGE_TEXT[e.paragraph](5000)]
        : Array.from({ length: e.longParagraphs }, () => 'ข'.repeat(5000)),
    ...(e.closing === undefined ? {} : { closing: EDGE_TEXT[e.closing](500) }),
    ...(e.urgentBy === undefined ? {} : { urgentBy: EDGE_DATES[e.urgentBy] }),
  });

  it('stores edge values the validators accept, or refuses them with 4xx, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(edgeMemo, async (e) => {
        const memo = buildMemo(e);
        const res = await t.http().post('/api/memos').set(bearer(tokens.officer)).send(memo);
        if (res.status >= 400 && res.status < 500) {
          expect(res.body).toMatchObject({ statusCode: res.status, code: expect.any(String) });
          return;
        }
        expect({ status: res.status, body: res.status === 201 ? 'memo' : res.body }).toEqual({
          status: 201,
          body: 'memo',
        });
        const stored = await t.http().get(`/api/memos/${res.body.id}`).set(bearer(tokens.officer));
        expect(stored.status).toBe(200);
        expect(stored.body.subject === memo.subject.trim()).toBe(true);
        expect(stored.body.paragraphs.join() === memo.paragraphs.join()).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS_PER_ROUTE * 4, endOnFailure: true },
    );
    for (const startsAt of EDGE_DATES) {
      const res = await t
        .http()
        .post('/api/delegations')
        .set(bearer(tokens.admin))
        .send({
          kind: 'acting',
          delegateUserId: office.userIds.deputy2,
          documentKinds: ['order'],
          startsAt,
        });
      expect({ startsAt, status: res.status }).toEqual({
        startsAt,
        status: res.status < 500 ? res.status : 'below 500',
      });
    }
  });

  // ---- oversized --------------------------------------------------------------------------

  const port = () => {
    const server = t.app.getHttpServer() as { address(): AddressInfo | null; listening: boolean };
    return server.address()?.port;
  };

  /**
   * Declares `declared` bytes, sends only `sent` of them and waits for the answer. Getting one
   * proves the server refused before reading the rest.
   */
  const partialRequest = async (
    path: string,
    headers: Record<string, string>,
    declared: number,
    first: Buffer,
  ): Promise<{ status: number; body: Record<string, unknown> }> => {
    await new Promise<void>((resolve) => {
      const server = t.app.getHttpServer() as import('node:http').Server;
      if (server.listening) resolve();
      else server.listen(0, '127.0.0.1', () => resolve());
    });
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: port(),
          method: 'POST',
          path,
          headers: { ...headers, 'Content-Length': String(declared) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            req.destroy();
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
            });
          });
        },
      );
      req.on('error', reject);
      req.setTimeout(10_000, () => {
        req.destroy();
        reject(new Error('no answer before the body was complete'));
      });
      // Never ended: the rest of the declared body is not sent.
      req.write(first);
    });
  };

  it('refuses a JSON body over 1 MB with 413, writing nothing', async () => {
    const before = await snapshotOffice(t.ds, office.orgId);
    const huge = memoBody({ paragraphs: Array.from({ length: 100 }, () => 'ก'.repeat(4000)) });
    const res = await t.http().post('/api/memos').set(bearer(tokens.officer)).send(huge);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'x'.repeat(1_100_000), password: 'y' });
    expect(login.status).toBe(413);
    expect(await snapshotOffice(t.ds, office.orgId)).toEqual(before);
  });

  it('refuses a declared JSON body over 1 MB before it arrives', async () => {
    const res = await partialRequest(
      '/api/memos',
      { 'Content-Type': 'application/json', ...bearer(tokens.officer) },
      5_000_000,
      Buffer.from('{"subject":"'),
    );
    expect(res).toMatchObject({
      status: 413,
      body: { statusCode: 413, code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  const uploads: Array<[string, () => string, RoleKey]> = [
    ['a memo attachment', () => `/api/memos/${ids.draft}/attachments`, 'officer'],
    ['an OIT evidence file', () => '/api/oit/evidence/files', 'oit'],
  ];
  it.each(uploads)(
    'refuses %s over MAX_UPLOAD_BYTES with 413 while it is still arriving',
    async (_n, path, role) => {
      const before = await snapshotOffice(t.ds, office.orgId);
      const boundary = 'saraban-fuzz-boundary';
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nหลักฐาน\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      );
      // Twice the limit is sent; ten times it is declared and never finished.
      const first = Buffer.concat([head, PDF, Buffer.alloc(UPLOAD_LIMIT * 2, 0x20)]);
      const res = await partialRequest(
        path(),
        { 'Content-Type': `multipart/form-data; boundary=${boundary}`, ...bearer(tokens[role]) },
        UPLOAD_LIMIT * 10,
        first,
      );
      expect(res).toMatchObject({
        status: 413,
        body: { statusCode: 413, code: 'PAYLOAD_TOO_LARGE' },
      });
      // A complete upload over the limit is refused the same way.
      const whole = await t
        .http()
        .post(path())
        .set(bearer(tokens[role]))
        .field('title', 'หลักฐาน')
        .attach('file', Buffer.concat([PDF, Buffer.alloc(UPLOAD_LIMIT, 0x20)]), 'big.pdf');
      expect(whole.status).toBe(413);
      expect(await snapshotOffice(t.ds, office.orgId)).toEqual(before);
    },
  );
});

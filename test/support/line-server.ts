// A local stand-in for the LINE Messaging API (the real one is not reachable from tests). It
// checks each request's shape as LINE documents it (method, path, bearer token, JSON body,
// X-Line-Retry-Key) and answers as LINE does, 409 for a retry key already accepted. Imported
// first, so the app's configuration points at it (ports derive from the pid, like smtp.ts).
import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';

export const LINE_PORT = 40_000 + (process.pid % 20_000);
export const LINE_TOKEN = `test-line-token-${randomBytes(8).toString('hex')}`;
export const LINE_SECRET = `test-line-secret-${randomBytes(8).toString('hex')}`;
process.env.LINE_API_BASE_URL = `http://127.0.0.1:${LINE_PORT}`;
process.env.LINE_CHANNEL_ACCESS_TOKEN = LINE_TOKEN;
process.env.LINE_CHANNEL_SECRET = LINE_SECRET;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LINE_USER = /^U[0-9a-f]{32}$/;

export const lineUserId = (): string => `U${randomBytes(16).toString('hex')}`;

export interface LineRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  status: number;
}

export interface Push {
  to: string;
  text: string;
  retryKey: string;
}

/** How the next push is answered: as LINE, or failing (500 before or after accepting it). */
export type PushMode = 'ok' | 'fail' | 'accept-then-fail' | 'refuse';

export class FakeLine {
  readonly requests: LineRequest[] = [];
  /** Shape violations: a test expects none. */
  readonly problems: string[] = [];
  /** Messages LINE would have shown, once per accepted retry key. */
  readonly pushes: Push[] = [];
  readonly replies: Array<{ replyToken: string; text: string }> = [];
  /** Link tokens issued, to which LINE user. */
  readonly linkTokens = new Map<string, string>();
  private readonly acceptedKeys = new Set<string>();
  private readonly modes: PushMode[] = [];
  private server?: Server;

  /** The next pushes fail like this, in turn; then LINE answers normally again. */
  failNextPushes(...modes: PushMode[]): void {
    this.modes.push(...modes);
  }

  start(): Promise<void> {
    this.server = createServer((req, res) => void this.serve(req, res));
    return new Promise((resolve) => this.server!.listen(LINE_PORT, '127.0.0.1', resolve));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  pushesTo(to: string): Push[] {
    return this.pushes.filter((p) => p.to === to);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const record: LineRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      body: raw === '' ? undefined : safeJson(raw),
      status: 0,
    };
    this.requests.push(record);
    const [status, answer] = this.answer(record);
    record.status = status;
    res.writeHead(status, { 'Content-Type': 'application/json', 'x-line-request-id': 'test' });
    res.end(JSON.stringify(answer));
  }

  private problem(text: string): [number, object] {
    this.problems.push(text);
    return [400, { message: text }];
  }

  private answer(r: LineRequest): [number, object] {
    if (r.method !== 'POST') return this.problem(`${r.method} ${r.path}: only POST is used`);
    if (r.headers.authorization !== `Bearer ${LINE_TOKEN}`)
      return this.problem(`${r.path}: no valid channel access token`);
    const link = /^\/v2\/bot\/user\/([^/]+)\/linkToken$/.exec(r.path);
    if (link) return this.linkToken(decodeURIComponent(link[1]), r);
    if (r.path === '/v2/bot/message/push') return this.push(r);
    if (r.path === '/v2/bot/message/reply') return this.reply(r);
    return this.problem(`unknown path ${r.path}`);
  }

  private linkToken(userId: string, r: LineRequest): [number, object] {
    if (!LINE_USER.test(userId)) return this.problem(`linkToken for a malformed user ${userId}`);
    if (r.body !== undefined) return this.problem('linkToken takes no body');
    const token = randomBytes(24).toString('base64url');
    this.linkTokens.set(token, userId);
    return [200, { linkToken: token }];
  }

  private push(r: LineRequest): [number, object] {
    const retryKey = r.headers['x-line-retry-key'];
    if (typeof retryKey !== 'string' || !UUID.test(retryKey))
      return this.problem(`push without a UUID X-Line-Retry-Key: ${String(retryKey)}`);
    const text = this.textOf(r, 'to');
    if (typeof text !== 'string') return text;
    const to = (r.body as { to: string }).to;
    if (!LINE_USER.test(to)) return this.problem(`push to a malformed user ${to}`);
    const mode = this.modes.shift() ?? 'ok';
    if (mode === 'fail') return [500, { message: 'An error occurred in the server' }];
    if (mode === 'refuse') return [400, { message: 'The request was refused' }];
    if (this.acceptedKeys.has(retryKey))
      return [409, { message: 'The retry key is already accepted' }];
    this.acceptedKeys.add(retryKey);
    this.pushes.push({ to, text, retryKey });
    return mode === 'accept-then-fail' ? [500, { message: 'timeout after accepting' }] : [200, {}];
  }

  private reply(r: LineRequest): [number, object] {
    if (r.headers['x-line-retry-key'] !== undefined)
      return this.problem('reply does not take X-Line-Retry-Key');
    const text = this.textOf(r, 'replyToken');
    if (typeof text !== 'string') return text;
    this.replies.push({ replyToken: (r.body as { replyToken: string }).replyToken, text });
    return [200, {}];
  }

  /** `{ <target>: string, messages: [{ type: 'text', text }] }`: the one text, or a 400. */
  private textOf(r: LineRequest, target: 'to' | 'replyToken'): string | [number, object] {
    if (!/^application\/json/.test(r.headers['content-type'] ?? ''))
      return this.problem(`${r.path}: not JSON`);
    const body = r.body as { messages?: unknown } & Record<string, unknown>;
    const keys = Object.keys(body ?? {}).sort();
    if (keys.join() !== ['messages', target].sort().join())
      return this.problem(`${r.path}: body keys ${keys.join()}`);
    if (typeof body[target] !== 'string') return this.problem(`${r.path}: ${target} not a string`);
    const messages = body.messages as Array<{ type?: unknown; text?: unknown }>;
    if (!Array.isArray(messages) || messages.length !== 1)
      return this.problem(`${r.path}: expected one message`);
    const [m] = messages;
    if (m.type !== 'text' || typeof m.text !== 'string' || m.text === '' || m.text.length > 5000)
      return this.problem(`${r.path}: not a text message of 1–5000 characters`);
    return m.text;
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

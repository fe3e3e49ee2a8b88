// The HTTP contract (DESIGN.md) over plain fetch: the tier talks to a real, killable process.
import { memoBody, type MemoJson } from '../../support/memos';

export const DEMO_PASSWORD = 'saraban-demo';

export interface Answer<T> {
  status: number;
  body: T;
}

export class Api {
  constructor(readonly baseUrl: string) {}

  async call<T>(method: string, path: string, token?: string, body?: unknown): Promise<Answer<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  async login(username: string): Promise<string> {
    const answer = await this.call<{ accessToken: string }>('POST', '/api/auth/login', undefined, {
      username,
      password: DEMO_PASSWORD,
    });
    expectStatus(answer, 200, `login ${username}`);
    return answer.body.accessToken;
  }

  async memo(token: string, path: string, body: unknown, status: number): Promise<MemoJson> {
    const answer = await this.call<MemoJson>('POST', path, token, body);
    expectStatus(answer, status, `POST ${path}`);
    return answer.body;
  }

  /** The final approval as fired at the crash: only the status line is needed. */
  approveStatus(token: string, memo: Pick<MemoJson, 'id' | 'version'>): Promise<number> {
    return fetch(`${this.baseUrl}/api/memos/${memo.id}/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ version: memo.version }),
    }).then((r) => r.status);
  }

  async pdf(token: string, memoId: number): Promise<Buffer> {
    const response = await fetch(`${this.baseUrl}/api/memos/${memoId}/pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`PDF of memo ${memoId}: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }
}

function expectStatus<T>(answer: Answer<T>, status: number, what: string): void {
  if (answer.status !== status)
    throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
}

export interface Tokens {
  officer: string;
  head: string;
  deputy: string;
  director: string;
}

export async function signIn(api: Api): Promise<Tokens> {
  const [officer, head, deputy, director] = await Promise.all(
    ['officer', 'head', 'deputy', 'director'].map((u) => api.login(u)),
  );
  return { officer, head, deputy, director };
}

/** Officer drafts and submits; head and deputy approve: the memo then waits on the director. */
export async function toDirectorStep(api: Api, t: Tokens, n: number): Promise<MemoJson> {
  const body = memoBody({ subject: `ขออนุมัติจัดประชุมชี้แจงแนวทางการประเมิน ครั้งที่ ${n}` });
  const draft = await api.memo(t.officer, '/api/memos', body, 201);
  let memo = await api.memo(t.officer, `/api/memos/${draft.id}/submit`, {}, 200);
  for (const token of [t.head, t.deputy])
    memo = await api.memo(token, `/api/memos/${memo.id}/approve`, { version: memo.version }, 200);
  const waiting = memo.steps.find((s) => s.state === 'pending');
  if (memo.status !== 'in_review' || waiting?.assigneeUsername !== 'director')
    throw new Error(`memo ${memo.id} does not wait on the director: ${JSON.stringify(memo.steps)}`);
  return memo;
}

import type { TestApp } from './app';

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface MemoBody {
  subject?: string;
  to?: string;
  paragraphs?: string[];
  urgency?: string;
  secrecy?: string;
  [key: string]: unknown;
}

export const memoBody = (over: MemoBody = {}): MemoBody => ({
  subject: 'ขออนุมัติจัดประชุมชี้แจงแนวทางการประเมินคุณธรรมและความโปร่งใส',
  to: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ',
  paragraphs: [
    'เรื่องเดิม ด้วยสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กำหนดการประเมินคุณธรรมและความโปร่งใส นั้น',
    'ข้อเสนอ เห็นควรจัดประชุมชี้แจงบุคลากรในสำนักงาน',
  ],
  ...over,
});

export interface MemoJson {
  id: number;
  status: string;
  version: number;
  docNumber: string | null;
  steps: Array<{
    order: number;
    role: string;
    assigneeUsername: string;
    state: string;
    note: string;
    capacity: string;
    capacityLine: string;
  }>;
  [key: string]: unknown;
}

/** Drafts and submits a memo as `token`, returning the submitted memo. */
export async function draftAndSubmit(
  t: TestApp,
  token: string,
  over: MemoBody = {},
): Promise<MemoJson> {
  const created = await t.http().post('/api/memos').set(bearer(token)).send(memoBody(over));
  if (created.status !== 201)
    throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const submitted = await t
    .http()
    .post(`/api/memos/${created.body.id}/submit`)
    .set(bearer(token))
    .send({});
  if (submitted.status !== 200)
    throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return submitted.body as MemoJson;
}

/** Approves the memo's current step as `token` with the version it currently has. */
export function approve(
  t: TestApp,
  token: string,
  memo: Pick<MemoJson, 'id' | 'version'>,
  note?: string,
) {
  return t
    .http()
    .post(`/api/memos/${memo.id}/approve`)
    .set(bearer(token))
    .send({ version: memo.version, ...(note ? { note } : {}) });
}

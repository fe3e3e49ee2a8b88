import type { TestApp } from './app';
import { bearer } from './memos';

export const letterBody = (over: Record<string, unknown> = {}) => ({
  fromAgency: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน',
  theirNumber: 'ศธ ๐๔๐๐๖/ว ๑๒๓',
  theirDate: '2026-05-02',
  subject: 'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
  to: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาทดสอบ',
  ...over,
});

export interface LetterJson {
  id: number;
  receiveNumber: string;
  year: number;
  status: string;
  version: number;
  subject: string;
  endorsements: Array<{ byUsername: string; note: string; assignedGroupIds: number[] }>;
  assignments: Array<{
    groupId: number;
    groupReceiveNumber: string;
    assigneeUsername: string | null;
    state: string;
  }>;
  replies: Array<{ memoId: number; docNumber: string }>;
  [key: string]: unknown;
}

/** Receives a letter as `token` (the registry desk) and returns the 201 body. */
export async function receiveLetter(
  t: TestApp,
  token: string,
  over: Record<string, unknown> = {},
): Promise<LetterJson> {
  const res = await t.http().post('/api/incoming').set(bearer(token)).send(letterBody(over));
  if (res.status !== 201)
    throw new Error(`receive failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as LetterJson;
}

/** POSTs an action on a letter; the caller checks the status. */
export const act = (
  t: TestApp,
  token: string,
  id: number,
  action: string,
  body: Record<string, unknown> = {},
) => t.http().post(`/api/incoming/${id}/${action}`).set(bearer(token)).send(body);

/** Receives a letter and forwards it to `executive` (a username); returns the forwarded letter. */
export async function receiveAndForward(
  t: TestApp,
  registrar: string,
  executive: string,
  over: Record<string, unknown> = {},
): Promise<LetterJson> {
  const letter = await receiveLetter(t, registrar, over);
  const res = await act(t, registrar, letter.id, 'forward', {
    toUsername: executive,
    note: 'เรียน ผอ. เพื่อโปรดพิจารณา',
    version: letter.version,
  });
  if (res.status !== 200)
    throw new Error(`forward failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as LetterJson;
}

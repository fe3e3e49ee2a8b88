// Real rows of an office for the fuzz specs, so that a plausible id reaches a handler and the
// rest of the request is what is wrong.
import type { TestApp } from './app';
import type { TestOffice } from './factories';
import { letterBody } from './incoming';
import { bearer, draftAndSubmit, memoBody } from './memos';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export interface FuzzRows {
  memo: number;
  draft: number;
  attachment: number;
  delegation: number;
  evidence: number;
  /** An incoming letter with a PDF, received by the registry desk. */
  incoming: number;
}

/** `tokens` needs officer, admin, oit and registrar; the delegation covers `delegatedKinds`. */
export async function seedFuzzRows(
  t: TestApp,
  office: TestOffice,
  tokens: Record<'officer' | 'admin' | 'oit' | 'registrar', string>,
  delegatedKinds: string[],
): Promise<FuzzRows> {
  const memo = (await draftAndSubmit(t, tokens.officer)).id;
  const draft = await t.http().post('/api/memos').set(bearer(tokens.officer)).send(memoBody());
  const attachment = await t
    .http()
    .post(`/api/memos/${draft.body.id}/attachments`)
    .set(bearer(tokens.officer))
    .attach('file', PDF, 'หนังสือ.pdf')
    .expect(201);
  const delegation = await t
    .http()
    .post('/api/delegations')
    .set(bearer(tokens.admin))
    .send({
      kind: 'on_behalf',
      delegateUserId: office.userIds.deputy,
      documentKinds: delegatedKinds,
      startsAt: '2020-01-01T00:00:00Z',
    })
    .expect(201);
  const evidence = await t
    .http()
    .post('/api/oit/evidence/web')
    .set(bearer(tokens.oit))
    .send({ title: 'ช่องทางถาม-ตอบ', url: 'https://www.example.go.th/qa' })
    .expect(201);
  let receive = t.http().post('/api/incoming').set(bearer(tokens.registrar));
  for (const [k, v] of Object.entries(letterBody())) receive = receive.field(k, v);
  const incoming = await receive.attach('file', PDF, 'หนังสือรับ.pdf').expect(201);
  return {
    memo,
    draft: draft.body.id,
    attachment: attachment.body.id,
    delegation: delegation.body.id,
    evidence: evidence.body.id,
    incoming: incoming.body.id,
  };
}

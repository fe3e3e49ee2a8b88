// The RenderableDocument frozen at approval, as JSON. Dates are written as ISO strings and
// revived field by field (never by guessing from a string's shape: a memo may quote a date).
import type {
  EndorsementBlock,
  RenderableDocument,
  SignatureBlock,
} from '../rendering/document.model';

export const encodeSnapshot = (doc: RenderableDocument): Buffer =>
  Buffer.from(JSON.stringify({ version: 1, doc }), 'utf8');

export function decodeSnapshot(bytes: Buffer): RenderableDocument {
  const { doc } = JSON.parse(bytes.toString('utf8')) as { doc: RenderableDocument };
  const signature = reviveSignature(doc.signature);
  if (doc.kind === 'letter') return { ...doc, date: revive(doc.date), signature };
  // Announcements and orders frozen before structured issuances print no structure.
  if (doc.kind !== 'memo')
    return { ...doc, structure: doc.structure ?? null, date: revive(doc.date), signature };
  return {
    ...doc,
    date: revive(doc.date),
    urgentBy: doc.urgentBy === null ? null : revive(doc.urgentBy),
    signature,
    endorsements: doc.endorsements.map((e): EndorsementBlock => ({
      ...reviveSignature(e),
      note: e.note,
      date: revive(e.date),
    })),
  };
}

const revive = (value: Date | string): Date => new Date(value);

const reviveSignature = (s: SignatureBlock): SignatureBlock => ({
  ...s,
  signedAt: s.signedAt === null ? null : revive(s.signedAt),
});

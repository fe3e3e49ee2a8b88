// The RenderableDocument frozen at approval, as JSON. Dates are written as ISO strings and
// revived field by field (never by guessing from a string's shape: a memo may quote a date).
import type {
  EndorsementBlock,
  RenderableDocument,
  SignatureBlock,
} from '../rendering/document.model';

/**
 * `emblemSha256`: the office's emblem blob the document was sealed with, null for the server's
 * default. Snapshots from before offices had emblems lack it, and were sealed with the default.
 */
export const encodeSnapshot = (doc: RenderableDocument, emblemSha256: string | null): Buffer =>
  Buffer.from(JSON.stringify({ version: 1, doc, emblemSha256 }), 'utf8');

export interface Snapshot {
  doc: RenderableDocument;
  emblemSha256: string | null;
}

export function readSnapshot(bytes: Buffer): Snapshot {
  const parsed = JSON.parse(bytes.toString('utf8')) as {
    doc: RenderableDocument;
    emblemSha256?: string | null;
  };
  return { doc: reviveDocument(parsed.doc), emblemSha256: parsed.emblemSha256 ?? null };
}

function reviveDocument(doc: RenderableDocument): RenderableDocument {
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

// A drafted issuance (the API's or the web form's) as the row `issuance` stores.
import type { IssuanceDraftDto } from './dto/issuance.dto';
import {
  DEFAULT_LETTER_CLOSING,
  DEFAULT_SALUTATION,
  IssuanceStructure,
  LetterParts,
  LetterRecipients,
} from './issuance-content';
import type { Issuance } from './issuance.entity';

const trimmed = (items: readonly string[] | undefined): string[] =>
  (items ?? []).map((s) => s.trim()).filter(Boolean);

/** The structure, or null when the draft has none (plain paragraphs only). */
function structureOf(d: Partial<IssuanceDraftDto>): IssuanceStructure | null {
  const structure: IssuanceStructure = {
    clauses: (d.clauses ?? []).map((c) => ({ text: c.text.trim(), items: trimmed(c.items) })),
    committees: (d.committees ?? []).map((c) => ({
      title: c.title.trim(),
      members: c.members.map((m) => ({
        name: m.name.trim(),
        position: m.position.trim(),
        role: m.role.trim(),
      })),
      duty: c.duty?.trim() ?? '',
    })),
    schedule: d.schedule ? { columns: d.schedule.columns, rows: d.schedule.rows } : null,
    closingParagraphs: d.closingParagraphs ?? [],
  };
  const empty =
    !structure.clauses.length &&
    !structure.committees.length &&
    !structure.schedule &&
    !structure.closingParagraphs.length;
  return empty ? null : structure;
}

function letterOf(d: Partial<IssuanceDraftDto>): LetterParts | null {
  if (d.kind !== 'letter') return null;
  return {
    to: d.to?.trim() ?? '',
    salutation: d.salutation?.trim() || DEFAULT_SALUTATION,
    closing: d.closing?.trim() || DEFAULT_LETTER_CLOSING,
    references: trimmed(d.references),
    enclosures: trimmed(d.enclosures),
    copyTo: trimmed(d.copyTo),
    circular: d.circular ?? false,
  };
}

/** Recipients exactly as named (only the keys given); ids are not looked up here. */
function recipientsOf(d: Partial<IssuanceDraftDto>): LetterRecipients | null {
  const r = d.kind === 'letter' ? d.recipients : undefined;
  if (!r) return null;
  return {
    ...(r.schools !== undefined && { schools: r.schools }),
    ...(r.recipientIds !== undefined && { recipientIds: r.recipientIds }),
    ...(r.groupIds !== undefined && { groupIds: r.groupIds }),
  };
}

/** The parts of an issuance kept as JSON beside its subject and paragraphs. */
export const issuanceContent = (d: Partial<IssuanceDraftDto>) => ({
  letter: letterOf(d),
  recipients: recipientsOf(d),
  structure: structureOf(d),
});

/** A new or edited draft: unnumbered and unsigned until the memo's final approval. */
export const draftIssuanceRow = (
  draft: IssuanceDraftDto,
): Omit<Issuance, 'id' | 'orgId' | 'memoId' | 'memo'> => ({
  kind: draft.kind,
  subject: draft.subject.trim(),
  paragraphs: draft.paragraphs,
  ...issuanceContent(draft),
  status: 'draft',
  number: null,
  issuedAt: null,
  signerUserId: null,
  signerCapacity: null,
});

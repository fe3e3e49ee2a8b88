// What a circulation or a task belongs to: an approved memo or an endorsed incoming letter.
// Rows carry exactly one of memo_id and incoming_letter_id.
import type { DocumentRef } from '../access/access.service';

export type SubjectKind = 'memo' | 'incoming';

export interface Subject {
  kind: SubjectKind;
  id: number;
}

export const memoSubject = (id: number): Subject => ({ kind: 'memo', id });
export const letterSubject = (id: number): Subject => ({ kind: 'incoming', id });

/** The subject of a circulation, recipient or task row. */
export function subjectOfRow(row: { memoId: number | null; incomingLetterId: number | null }) {
  return row.incomingLetterId !== null
    ? letterSubject(row.incomingLetterId)
    : memoSubject(row.memoId ?? 0);
}

/** The condition on a row's subject (only the set column: TypeORM ignores a null in `where`). */
export const subjectWhere = (s: Subject): { memoId: number } | { incomingLetterId: number } =>
  s.kind === 'memo' ? { memoId: s.id } : { incomingLetterId: s.id };

/** The row columns that name the subject, for new rows. */
export const subjectColumns = (s: Subject) =>
  s.kind === 'memo'
    ? { memoId: s.id, incomingLetterId: null }
    : { memoId: null, incomingLetterId: s.id };

/** The subject as AccessService knows it (document types `memo` and `incoming`). */
export const documentOf = (s: Subject): DocumentRef => ({ documentType: s.kind, documentId: s.id });

export const subjectKey = (s: Subject): string => `${s.kind}:${s.id}`;

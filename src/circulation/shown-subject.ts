// How a circulated or tasked memo or letter is named in lists. A secret one is named by its
// secrecy only (หนังสือลับ, หนังสือลับมาก), as reminders name it: the to-read list is shown on
// phones and beside others' screens; the page itself shows the subject to whoever may read it.
import { SECRECY_TH, Secrecy } from '../memo/memo.enums';
import { thaiNumeral } from '../common/thai/thai-format';
import type { LetterFacts, MemoFacts } from './circulation.repository';
import type { Subject } from './subject';

/** หนังสือลับ, หนังสือลับมาก, … */
export const secrecyTitle = (secrecy: Secrecy): string => `หนังสือ${SECRECY_TH[secrecy]}`;

/** A letter's subject as lists and notices show it. */
export const letterTitle = (l: Pick<LetterFacts, 'subject' | 'secrecy'>): string =>
  l.secrecy === 'normal' ? l.subject : secrecyTitle(l.secrecy);

/** เลขรับ ๑๒/๒๕๖๙. */
export const receiveNumberOf = (l: Pick<LetterFacts, 'receiveNumber' | 'year'>): string =>
  `${thaiNumeral(l.receiveNumber)}/${thaiNumeral(l.year)}`;

/** What a list item says of its memo or letter; null when it is gone. */
export function shownSubject(
  s: Subject,
  memos: ReadonlyMap<number, MemoFacts>,
  letters: ReadonlyMap<number, LetterFacts>,
) {
  if (s.kind === 'memo') {
    const m = memos.get(s.id);
    if (!m) return null;
    const base = { kind: s.kind, memoId: s.id, letterId: null, path: `/memos/${s.id}` };
    const subject = m.secrecy === 'normal' ? m.subject : secrecyTitle(m.secrecy);
    return { ...base, subject, docNumber: m.docNumber, secrecy: m.secrecy };
  }
  const l = letters.get(s.id);
  if (!l) return null;
  const base = { kind: s.kind, memoId: null, letterId: s.id, path: `/incoming/${s.id}` };
  return { ...base, subject: letterTitle(l), docNumber: receiveNumberOf(l), secrecy: l.secrecy };
}

/** The audit trail's entity for a memo or letter. */
export const auditEntity = (s: Subject) => ({
  entityType: s.kind === 'memo' ? 'memo' : 'incoming_letter',
  entityId: s.id,
});

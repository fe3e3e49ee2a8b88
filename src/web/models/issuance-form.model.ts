// The drafting form's attached document (ประกาศ, คำสั่ง, หนังสือภายนอก, หนังสือเวียน): the values
// it shows, its committee rows, and the API's `issuance` it describes.
import { DEFAULT_LETTER_CLOSING, DEFAULT_SALUTATION } from '../../memo/issuance-content';
import { ISSUANCE_KIND_TH, ISSUANCE_KINDS } from '../../memo/memo.enums';
import type { MemoView } from '../../memo/memo.views';
import type { IssuanceFormFields } from '../dto/issuance-form.dto';
import { thaiCount } from '../format';

export interface MemberRow {
  committee: string;
  name: string;
  position: string;
  role: string;
}

export interface IssuanceValues {
  issuanceKind: string;
  issuanceSubject: string;
  issuanceText: string;
  issuanceAfterText: string;
  letterTo: string;
  letterSalutation: string;
  letterClosing: string;
  letterReferences: string;
  letterEnclosures: string;
  letterCopyTo: string;
  allSchools: boolean;
  members: MemberRow[];
}

type SavedIssuance = NonNullable<MemoView['issuance']>;

export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

export const blankIssuance = (): IssuanceValues => ({
  issuanceKind: '',
  issuanceSubject: '',
  issuanceText: '',
  issuanceAfterText: '',
  letterTo: '',
  letterSalutation: DEFAULT_SALUTATION,
  letterClosing: DEFAULT_LETTER_CLOSING,
  letterReferences: '',
  letterEnclosures: '',
  letterCopyTo: '',
  allSchools: false,
  members: [],
});

/** Row i of the committee table as posted (the i-th value of each member* field). */
function memberRowsOf(form: IssuanceFormFields): MemberRow[] {
  const { memberCommittee: c, memberName: n, memberPosition: p, memberRole: r } = form;
  const count = Math.max(c.length, n.length, p.length, r.length);
  return Array.from({ length: count }, (_, i) => ({
    committee: c[i] ?? '',
    name: n[i] ?? '',
    position: p[i] ?? '',
    role: r[i] ?? '',
  }));
}

export const issuanceValuesOf = (form: IssuanceFormFields): IssuanceValues => ({
  issuanceKind: form.issuanceKind ?? '',
  issuanceSubject: form.issuanceSubject,
  issuanceText: form.issuanceText,
  issuanceAfterText: form.issuanceAfterText,
  letterTo: form.letterTo,
  letterSalutation: form.letterSalutation,
  letterClosing: form.letterClosing,
  letterReferences: form.letterReferences,
  letterEnclosures: form.letterEnclosures,
  letterCopyTo: form.letterCopyTo,
  allSchools: form.allSchools === 'on',
  members: memberRowsOf(form),
});

export function issuanceValuesOfMemo(saved: MemoView['issuance']): IssuanceValues {
  if (!saved) return blankIssuance();
  return {
    issuanceKind: saved.kind === 'letter' && saved.circular ? 'circular' : saved.kind,
    issuanceSubject: saved.subject,
    issuanceText: saved.paragraphs.join('\n'),
    issuanceAfterText: (saved.closingParagraphs ?? []).join('\n'),
    letterTo: saved.to ?? '',
    letterSalutation: saved.salutation ?? DEFAULT_SALUTATION,
    letterClosing: saved.closing ?? DEFAULT_LETTER_CLOSING,
    letterReferences: (saved.references ?? []).join('\n'),
    letterEnclosures: (saved.enclosures ?? []).join('\n'),
    letterCopyTo: (saved.copyTo ?? []).join('\n'),
    allSchools: saved.recipients?.schools === 'all',
    members: (saved.committees ?? []).flatMap((c) =>
      c.members.map((m) => ({ committee: c.title, ...m })),
    ),
  };
}

/**
 * Committees from the rows: blank rows dropped, consecutive rows of one committee together; a
 * row without a committee name belongs to the one above. Duties set through the API are kept.
 */
function committeesOf(rows: MemberRow[], saved?: SavedIssuance) {
  const committees: Array<{
    title: string;
    members: Omit<MemberRow, 'committee'>[];
    duty?: string;
  }> = [];
  for (const row of rows) {
    const member = {
      name: oneLine(row.name),
      position: oneLine(row.position),
      role: oneLine(row.role),
    };
    if (!member.name && !member.position && !member.role) continue;
    const title = oneLine(row.committee) || (committees.at(-1)?.title ?? '');
    const last = committees.at(-1);
    if (last && last.title === title) last.members.push(member);
    else {
      const duty = saved?.committees?.find((c) => c.title === title)?.duty;
      committees.push({ title, members: [member], ...(duty && { duty }) });
    }
  }
  return committees;
}

/** A letter's parts, and its recipients: "all schools" from the form, ids set through the API. */
function letterInput(form: IssuanceFormFields, saved?: SavedIssuance) {
  const kept = saved?.recipients;
  const recipients = {
    ...(form.allSchools === 'on' && { schools: 'all' }),
    ...(kept?.recipientIds && { recipientIds: kept.recipientIds }),
    ...(kept?.groupIds && { groupIds: kept.groupIds }),
  };
  return {
    to: oneLine(form.letterTo),
    ...(oneLine(form.letterSalutation) && { salutation: oneLine(form.letterSalutation) }),
    ...(oneLine(form.letterClosing) && { closing: oneLine(form.letterClosing) }),
    references: lines(form.letterReferences),
    enclosures: lines(form.letterEnclosures),
    copyTo: lines(form.letterCopyTo),
    circular: form.issuanceKind === 'circular',
    ...(Object.keys(recipients).length > 0 && { recipients }),
  };
}

/**
 * The API's `issuance` the form describes, or null. Clauses and a schedule set through the API
 * are kept as they are (the form does not edit them).
 */
export function issuanceInput(form: IssuanceFormFields, saved?: SavedIssuance | null) {
  if (!form.issuanceKind) return null;
  const letter = form.issuanceKind === 'letter' || form.issuanceKind === 'circular';
  const committees = committeesOf(memberRowsOf(form), saved ?? undefined);
  const after = lines(form.issuanceAfterText);
  return {
    kind: letter ? 'letter' : form.issuanceKind,
    subject: oneLine(form.issuanceSubject),
    paragraphs: lines(form.issuanceText),
    ...(saved?.clauses?.length && { clauses: saved.clauses }),
    ...(saved?.schedule && { schedule: saved.schedule }),
    ...(committees.length > 0 && { committees }),
    ...(after.length > 0 && { closingParagraphs: after }),
    ...(letter && letterInput(form, saved ?? undefined)),
  };
}

/** Adds or removes a committee row for the form posted without JavaScript. */
export function applyMemberIntent(values: IssuanceValues, intent: string | undefined): boolean {
  if (intent === 'add-member') {
    const committee = values.members.at(-1)?.committee ?? '';
    values.members = [...values.members, { committee, name: '', position: '', role: '' }];
    return true;
  }
  const remove = /^remove-member-(\d+)$/.exec(intent ?? '');
  if (!remove) return false;
  values.members = values.members.filter((_, i) => i !== Number(remove[1]) - 1);
  return true;
}

/** The committee table's rows as the page shows them: at least one, numbered. */
export const memberRows = (values: IssuanceValues) =>
  (values.members.length > 0
    ? values.members
    : [{ committee: '', name: '', position: '', role: '' }]
  ).map((m, i) => ({ ...m, n: i + 1, label: `กรรมการลำดับที่ ${thaiCount(i + 1)}` }));

/** ไม่มี, ประกาศ, คำสั่ง, หนังสือภายนอก, หนังสือเวียน. */
export const issuanceKindChoices = (selected: string) => [
  { value: '', label: 'ไม่มี', checked: selected === '' },
  ...ISSUANCE_KINDS.map((k) => ({ value: k, label: ISSUANCE_KIND_TH[k], checked: selected === k })),
  { value: 'circular', label: 'หนังสือเวียน', checked: selected === 'circular' },
];

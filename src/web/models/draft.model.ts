import { bangkokWallClock } from '../../common/thai/bangkok-time';
import { SECRECIES, SECRECY_TH, URGENCIES, URGENCY_TH } from '../../memo/memo.enums';
import type { MemoView } from '../../memo/memo.views';
import type { UserView } from '../../org/org.views';
import type { DraftFields } from '../dto/draft.dto';
import { fileSize, thaiCount } from '../format';
import { FieldError, formErrors, FormErrorsModel } from '../views/form-errors';
import { readerIdsOf } from './draft-input.model';
import {
  applyMemberIntent,
  blankIssuance,
  issuanceKindChoices,
  IssuanceValues,
  issuanceValuesOf,
  issuanceValuesOfMemo,
  memberRows,
} from './issuance-form.model';
import {
  blankPlan,
  OnApprovalValues,
  PlanChoices,
  planChoices,
  planValuesOf,
  planValuesOfMemo,
} from './on-approval-form.model';

export const CLOSINGS = [
  'จึงเรียนมาเพื่อโปรดพิจารณา',
  'จึงเรียนมาเพื่อโปรดทราบ',
  'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ',
  'จึงเรียนมาเพื่อโปรดพิจารณาลงนาม',
];

const PARAGRAPH_HINTS = ['เรื่องเดิม: ด้วย…', 'ข้อเท็จจริง / ข้อพิจารณา', 'ข้อเสนอ: จึงเห็นควร…'];

/** The form's fields as the page shows them again (after an error, or for an edit). */
export interface DraftValues extends IssuanceValues, OnApprovalValues {
  subject: string;
  to: string;
  paragraphs: string[];
  closing: string;
  urgency: string;
  urgentBy: string;
  secrecy: string;
  /** อ้างถึง, one per line. */
  referencesText: string;
  readerUserIds: number[];
  /** The incoming letter a new memo answers; carried by the form until it is saved. */
  inReplyTo: number | null;
}

export const blankDraft = (directorTitle: string): DraftValues => ({
  subject: '',
  to: directorTitle,
  paragraphs: ['', '', ''],
  closing: CLOSINGS[0],
  urgency: 'normal',
  urgentBy: '',
  secrecy: 'normal',
  ...blankIssuance(),
  ...blankPlan(),
  referencesText: '',
  readerUserIds: [],
  inReplyTo: null,
});

export const draftValuesOf = (form: DraftFields): DraftValues => ({
  subject: form.subject,
  to: form.to,
  paragraphs: form.paragraphs.length > 0 ? form.paragraphs : [''],
  closing: form.closing,
  urgency: form.urgency,
  urgentBy: form.urgentBy ?? '',
  secrecy: form.secrecy,
  ...issuanceValuesOf(form),
  ...planValuesOf(form),
  referencesText: form.referencesText,
  readerUserIds: readerIdsOf(form),
  inReplyTo: form.inReplyTo ?? null,
});

export const draftValuesOfMemo = (view: MemoView): DraftValues => ({
  subject: view.subject,
  to: view.to,
  paragraphs: view.paragraphs.length > 0 ? view.paragraphs : [''],
  closing: view.closing,
  urgency: view.urgency,
  urgentBy: view.urgentBy ? bangkokWallClock(new Date(view.urgentBy)) : '',
  secrecy: view.secrecy,
  ...issuanceValuesOfMemo(view.issuance),
  ...planValuesOfMemo(view.onApproval),
  referencesText: view.references.map((r) => r.text).join('\n'),
  readerUserIds: view.readerUserIds,
  // Only a new memo names the letter it answers; an edit keeps what the memo has.
  inReplyTo: null,
});

/** A memo being edited: as saved, as the form now holds it, and who may be named a reader. */
export interface EditedDraft {
  view: MemoView;
  values: DraftValues;
  people: UserView[];
}

/** A checkbox for each colleague who may be named a reader (the office's own users only). */
export interface ReaderChoice {
  id: number;
  label: string;
  detail: string;
  checked: boolean;
}

/** Active colleagues other than the author, and anyone already named (even if since suspended). */
export function readerChoices(
  users: readonly UserView[],
  authorUserId: number,
  selected: readonly number[],
): ReaderChoice[] {
  return users
    .filter((u) => selected.includes(u.id) || (u.active && u.id !== authorUserId))
    .map((u) => ({
      id: u.id,
      label: u.name,
      detail: [u.position, u.group].filter(Boolean).join(' · '),
      checked: selected.includes(u.id),
    }));
}

export interface DraftFormModel extends FormErrorsModel {
  heading: string;
  action: string;
  memoId: number | null;
  version: number | null;
  values: DraftValues;
  paragraphRows: Array<{ n: number; label: string; value: string; hint: string }>;
  removable: boolean;
  urgencies: Array<{ value: string; label: string; selected: boolean }>;
  secrecies: Array<{ value: string; label: string; checked: boolean }>;
  issuanceKinds: Array<{ value: string; label: string; checked: boolean }>;
  memberRows: ReturnType<typeof memberRows>;
  closings: string[];
  attachments: Array<{ id: number; name: string; size: string; href: string }>;
  uploadPath: string;
  returnedNote: string;
  readers: ReaderChoice[];
  /** "เลือกไว้ ๒ คน", or "" when nobody is named. */
  readersSummary: string;
  /** เมื่ออนุมัติแล้ว: circulation and one task. */
  plan: PlanChoices;
}

export function draftForm(
  values: DraftValues,
  options: {
    heading: string;
    action: string;
    memoId?: number;
    version?: number;
    errors?: FieldError[];
    view?: MemoView;
    readers?: ReaderChoice[];
    /** The office's people: the groups a task may go to. */
    people?: readonly UserView[];
  },
): DraftFormModel {
  const view = options.view;
  const lastReturn = view?.history.filter((s) => s.state === 'returned').at(-1);
  return {
    heading: options.heading,
    action: options.action,
    memoId: options.memoId ?? null,
    version: options.version ?? null,
    values,
    paragraphRows: values.paragraphs.map((value, i) => ({
      n: i + 1,
      label: `ย่อหน้าที่ ${thaiCount(i + 1)}`,
      value,
      hint: PARAGRAPH_HINTS[i] ?? '',
    })),
    removable: values.paragraphs.length > 1,
    urgencies: URGENCIES.map((u) => ({
      value: u,
      label: URGENCY_TH[u],
      selected: u === values.urgency,
    })),
    secrecies: SECRECIES.map((s) => ({
      value: s,
      label: SECRECY_TH[s],
      checked: s === values.secrecy,
    })),
    issuanceKinds: issuanceKindChoices(values.issuanceKind),
    memberRows: memberRows(values),
    closings: CLOSINGS,
    ...formErrors(options.errors ?? []),
    attachments:
      view?.attachments.map((a) => ({
        id: a.id,
        name: a.fileName,
        size: fileSize(a.size),
        href: `/memos/${view.id}/attachments/${a.id}`,
      })) ?? [],
    uploadPath: view ? `/memos/${view.id}/attachments` : '',
    returnedNote: view?.status === 'returned' && lastReturn ? lastReturn.note : '',
    readers: options.readers ?? [],
    readersSummary: values.readerUserIds.length
      ? `เลือกไว้ ${thaiCount(values.readerUserIds.length)} คน`
      : '',
    plan: planChoices(values, options.people ?? [], view),
  };
}

/** Adds or removes a paragraph or committee row for the form posted without JavaScript. */
export function applyRowIntent(values: DraftValues, intent: string | undefined): boolean {
  if (applyMemberIntent(values, intent)) return true;
  if (intent === 'add-paragraph') {
    values.paragraphs = [...values.paragraphs, ''];
    return true;
  }
  const remove = /^remove-(\d+)$/.exec(intent ?? '');
  if (remove) {
    const index = Number(remove[1]) - 1;
    if (values.paragraphs.length > 1)
      values.paragraphs = values.paragraphs.filter((_, i) => i !== index);
    return true;
  }
  return false;
}

import type { InboxService } from '../../inbox/inbox.service';
import { MEMO_STATUS_TH, MEMO_STATUSES } from '../../memo/memo.enums';
import type { Box } from '../../memo/memo.queries';
import { secrecyClass, thaiCount, thaiShortDate, urgencyClass, waitLabel } from '../format';
import type { Flash } from '../views/layout.view';

type InboxPage = Awaited<ReturnType<InboxService['inbox']>>;
type InboxItem = InboxPage['items'][number];
type MemoItem = Extract<InboxItem, { kind: 'memo' }>;
type LetterItem = Extract<InboxItem, { kind: 'incoming' }>;
type ListPage = Awaited<ReturnType<InboxService['list']>>;

export interface MemoRow {
  href: string;
  subject: string;
  urgent: boolean;
  urgencyLabel: string;
  urgencyClass: string;
  secrecyLabel: string;
  secrecyClass: string;
  statusLabel: string;
  statusClass: string;
  author: string;
  group: string;
  docNumber: string;
  wait: string;
  dateLabel: string;
  assignee: string;
  /** "หนังสือรับ" for an incoming letter; "" for a memo. */
  kindLabel: string;
  /** What the letter waits on the viewer for. */
  taskLabel: string;
  /** The bulk approval checkbox's value, `id:version`; "" when the row has none. */
  pick: string;
}

export interface Tab {
  href: string;
  label: string;
  current: boolean;
}

export interface PageLink {
  label: string;
  href: string;
  current: boolean;
}

export interface Pagination {
  summary: string;
  prev: string;
  next: string;
  pages: PageLink[];
}

export interface SearchForm {
  open: boolean;
  q: string;
  number: string;
  from: string;
  to: string;
  statuses: Array<{ value: string; label: string; selected: boolean }>;
}

export type TabKey = 'inbox' | Exclude<Box, 'all'> | 'all';

const TABS: Array<{ key: TabKey; href: string; label: string }> = [
  { key: 'inbox', href: '/inbox', label: 'รอดำเนินการ' },
  { key: 'drafts', href: '/memos?box=drafts', label: 'ร่างของฉัน' },
  { key: 'returned', href: '/memos?box=returned', label: 'ส่งกลับแก้ไข' },
  { key: 'in_progress', href: '/memos?box=in_progress', label: 'ระหว่างดำเนินการ' },
  { key: 'done', href: '/memos?box=done', label: 'เสร็จสิ้น' },
  { key: 'all', href: '/memos', label: 'ค้นหาทั้งหมด' },
];

export const tabsFor = (current: TabKey): Tab[] =>
  TABS.map((t) => ({ href: t.href, label: t.label, current: t.key === current }));

const DONE: Record<string, Flash> = {
  approve: { kind: 'ok', text: 'ลงนามอนุมัติเรียบร้อยแล้ว' },
  endorse: { kind: 'ok', text: 'เกษียนและเสนอต่อเรียบร้อยแล้ว' },
  return: { kind: 'ok', text: 'ส่งกลับให้ผู้ร่างแก้ไขแล้ว' },
  reject: { kind: 'ok', text: 'บันทึกผลไม่อนุมัติแล้ว' },
  withdraw: { kind: 'ok', text: 'ถอนเรื่องแล้ว' },
  submit: { kind: 'ok', text: 'ส่งเสนอเรียบร้อยแล้ว' },
  save: { kind: 'ok', text: 'บันทึกร่างแล้ว' },
  attach: { kind: 'ok', text: 'แนบไฟล์แล้ว' },
  detach: { kind: 'ok', text: 'ลบไฟล์แนบแล้ว' },
};

/** The confirmation after a redirect (`?done=approve`); unknown keys show nothing. */
export const doneFlash = (done: string | undefined): Flash | undefined =>
  done ? DONE[done] : undefined;

/** What a document's badges show: urgency and secrecy when not ปกติ, and its status. */
interface Labelled {
  urgency: string;
  urgencyLabel: string;
  secrecy: string;
  secrecyLabel: string;
  status: string;
  statusLabel: string;
}

export const badgesOf = (r: Labelled) => ({
  urgent: r.urgency !== 'normal',
  urgencyLabel: r.urgency === 'normal' ? '' : r.urgencyLabel,
  urgencyClass: urgencyClass(r.urgency),
  secrecyLabel: r.secrecy === 'normal' ? '' : r.secrecyLabel,
  secrecyClass: secrecyClass(r.secrecy),
  statusLabel: r.statusLabel,
  statusClass: `badge badge-status ${r.status}`,
});

const base = (r: MemoItem | ListPage['items'][number]) => ({
  href: `/memos/${r.id}`,
  subject: r.subject,
  ...badgesOf(r),
  author: r.author.name,
  group: r.group ?? '',
  docNumber: r.docNumber ?? '',
});

const LETTER_TASK_TH: Record<LetterItem['task'], string> = {
  endorse: 'รอสั่งการ',
  assign: 'รอมอบหมายผู้รับผิดชอบ',
  act: 'รอดำเนินการ',
};

const hoursSince = (since: Date | null, now: Date): number =>
  since ? Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 3_600_000)) : 0;

const letterRow = (r: LetterItem, now: Date): MemoRow => ({
  href: `/incoming/${r.id}`,
  subject: r.subject,
  ...badgesOf(r),
  author: `จาก ${r.fromAgency}`,
  group: '',
  docNumber: `${r.theirNumber} · เลขรับ ${r.receiveNumber}`,
  wait: waitLabel(hoursSince(r.waitingSince, now)),
  dateLabel: `รับ ${thaiShortDate(new Date(r.receivedAt))}`,
  assignee: '',
  kindLabel: 'หนังสือรับ',
  taskLabel: LETTER_TASK_TH[r.task],
  pick: '',
});

/**
 * Memos and letters waiting on the viewer, in the service's order (urgent first, then oldest);
 * an approver's memos can be picked for bulk approval.
 */
export const inboxRows = (page: InboxPage, now: Date, canApprove: boolean): MemoRow[] =>
  page.items.map((r) =>
    r.kind === 'incoming'
      ? letterRow(r, now)
      : {
          ...base(r),
          wait: waitLabel(r.waitingHours),
          dateLabel: r.submittedAt ? `ส่งเมื่อ ${thaiShortDate(r.submittedAt)}` : '',
          assignee: '',
          kindLabel: '',
          taskLabel: '',
          pick: canApprove ? `${r.id}:${r.version}` : '',
        },
  );

export const listRows = (page: ListPage): MemoRow[] =>
  page.items.map((r) => ({
    ...base(r),
    wait: '',
    dateLabel: `ปรับปรุง ${thaiShortDate(r.updatedAt)}`,
    assignee: r.currentAssignee ?? '',
    kindLabel: '',
    taskLabel: '',
    pick: '',
  }));

/** Page links around the current one; `hrefOf` keeps the other query parameters. */
export function pagination(
  total: number,
  page: number,
  pageSize: number,
  hrefOf: (page: number) => string,
): Pagination {
  const last = Math.max(1, Math.ceil(total / pageSize));
  const from = Math.max(1, Math.min(page - 2, last - 4));
  const to = Math.min(last, from + 4);
  const pages: PageLink[] = [];
  for (let n = from; n <= to; n++) {
    pages.push({ label: thaiCount(n), href: hrefOf(n), current: n === page });
  }
  return {
    summary: `ทั้งหมด ${thaiCount(total)} เรื่อง · หน้า ${thaiCount(Math.min(page, last))} จาก ${thaiCount(last)}`,
    prev: page > 1 ? hrefOf(page - 1) : '',
    next: page < last ? hrefOf(page + 1) : '',
    pages: last > 1 ? pages : [],
  };
}

export const statusOptions = (selected?: string) => [
  { value: '', label: 'ทุกสถานะ', selected: !selected },
  ...MEMO_STATUSES.map((s) => ({ value: s, label: MEMO_STATUS_TH[s], selected: s === selected })),
];

import { toDate } from '../common/dates';
import { fullName, User } from '../org/user.entity';
import type { IssuanceStructure, LetterParts, LetterRecipients } from './issuance-content';
import type { Issuance } from './issuance.entity';
import type { MemoAttachment } from './memo-attachment.entity';
import type { MemoStep } from './memo-step.entity';
import type { Memo } from './memo.entity';
import { MEMO_STATUS_TH, SECRECY_TH, URGENCY_TH } from './memo.enums';
import type { StepRole } from './memo.enums';
import type { InboxRow, ListRow } from './memo.queries';
import type { OitLinkSummary } from './ports';

export const STEP_ROLE_TH: Record<StepRole, string> = {
  group_head: 'ผู้อำนวยการกลุ่ม',
  deputy: 'รองผู้อำนวยการ',
  director: 'ผู้อำนวยการ',
};

export const CAPACITY_TH = {
  own: 'ตามตำแหน่ง',
  on_behalf: 'ปฏิบัติราชการแทน',
  acting: 'รักษาราชการแทน',
  acting_head: 'ปฏิบัติหน้าที่',
} as const;

/**
 * The line under a signer's position when they sign for the director ("ปฏิบัติราชการแทน
 * ผู้อำนวยการ…"), or endorse for a group's head ("ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม…").
 */
export function capacityLine(
  capacity: MemoStep['capacity'],
  orgName: string,
  groupName = '',
): string {
  if (capacity === 'own') return '';
  if (capacity === 'acting_head') return actingHeadLine(groupName);
  return `${CAPACITY_TH[capacity]} ผู้อำนวยการ${orgName}`;
}

/** ปฏิบัติหน้าที่ผู้อำนวยการกลุ่มอำนวยการ: the group's name follows the post without a space. */
export const actingHeadLine = (groupName: string): string =>
  `${CAPACITY_TH.acting_head}ผู้อำนวยการ${groupName || 'กลุ่ม'}`;

export interface SealInfo {
  verifyCode: string;
  sha256: string | null;
  verifyUrl: string;
}

export interface MemoViewParts {
  memo: Memo;
  orgName: string;
  /** The memo's group, named in an acting head's capacity line. */
  groupName: string;
  users: Map<number, User>;
  steps: MemoStep[];
  attachments: MemoAttachment[];
  readerIds: number[];
  issuance: Issuance | null;
  seal: SealInfo | null;
  issuanceSeal: SealInfo | null;
  oitLinks: Array<{
    code: string;
    fiscalYear: number;
    status: OitLinkSummary['status'];
    score?: number;
  }>;
  actions: string[];
}

const person = (users: Map<number, User>, id: number | null) => {
  const u = id === null ? undefined : users.get(id);
  return u
    ? { id: u.id, username: u.username, name: fullName(u), position: u.position?.name ?? '' }
    : null;
};

const stepView = (s: MemoStep, users: Map<number, User>, orgName: string, groupName: string) => {
  const assignee = person(users, s.assigneeUserId);
  return {
    order: s.stepOrder,
    round: s.round,
    role: s.role,
    roleLabel: STEP_ROLE_TH[s.role],
    assigneeUserId: s.assigneeUserId,
    assigneeUsername: assignee?.username ?? null,
    assigneeName: assignee?.name ?? null,
    assigneePosition: assignee?.position ?? null,
    capacity: s.capacity,
    capacityLine: capacityLine(s.capacity, orgName, groupName),
    isFinal: s.isFinal,
    state: s.state,
    note: s.note,
    activatedAt: s.activatedAt,
    actedAt: s.actedAt,
  };
};

/** GET /api/memos/:id, per the HTTP contract plus details the web inbox needs. */
export function toMemoView(p: MemoViewParts) {
  const { memo, users } = p;
  const current = p.steps.filter((s) => s.round === memo.round);
  return {
    id: memo.id,
    status: memo.status,
    statusLabel: MEMO_STATUS_TH[memo.status],
    version: memo.version,
    subject: memo.subject,
    to: memo.toLine,
    paragraphs: memo.paragraphs,
    closing: memo.closing,
    urgency: memo.urgency,
    urgencyLabel: URGENCY_TH[memo.urgency],
    urgentBy: memo.urgentBy,
    secrecy: memo.secrecy,
    secrecyLabel: SECRECY_TH[memo.secrecy],
    department: memo.department,
    phone: memo.phone,
    docNumber: memo.docNumber,
    registeredAt: memo.registeredAt,
    submittedAt: memo.submittedAt,
    createdAt: memo.createdAt,
    updatedAt: memo.updatedAt,
    author: person(users, memo.authorUserId),
    round: memo.round,
    currentStep: memo.currentStepOrder,
    currentAssignee: person(users, memo.currentAssigneeUserId),
    steps: current.map((s) => stepView(s, users, p.orgName, p.groupName)),
    history: p.steps
      .filter((s) => s.state !== 'pending' && s.state !== 'cancelled')
      .map((s) => stepView(s, users, p.orgName, p.groupName)),
    references: memo.references,
    inReplyTo: memo.inReplyTo,
    /** Circulation and tasks it asks for once approved, as drafted. */
    onApproval: memo.onApproval,
    readerUserIds: p.readerIds,
    attachments: p.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      mimeType: a.mimeType,
      size: a.size,
      sha256: a.sha256,
      createdAt: a.createdAt,
    })),
    issuance: p.issuance && {
      id: p.issuance.id,
      kind: p.issuance.kind,
      subject: p.issuance.subject,
      paragraphs: p.issuance.paragraphs,
      ...issuanceParts(p.issuance),
      status: p.issuance.status,
      number: p.issuance.number,
      issuedAt: p.issuance.issuedAt,
      signer: person(users, p.issuance.signerUserId),
      signerCapacity: p.issuance.signerCapacity,
      seal: p.issuanceSeal,
    },
    seal: p.seal,
    oitLinks: p.oitLinks,
    actions: p.actions,
  };
}

/** As drafted (POST /api/memos `issuance`): a letter's parts and recipients, the structure. */
const issuanceParts = (
  i: Issuance,
): Partial<LetterParts> & { recipients?: LetterRecipients } & Partial<IssuanceStructure> => ({
  ...(i.letter ?? {}),
  ...(i.recipients && { recipients: i.recipients }),
  ...(i.structure ?? {}),
});

export type MemoView = ReturnType<typeof toMemoView>;

const authorName = (r: InboxRow | ListRow) =>
  `${r.authorTitle}${r.authorFirstName} ${r.authorLastName}`;

const rowBase = (r: InboxRow | ListRow) => ({
  id: Number(r.id),
  subject: r.subject,
  status: r.status,
  statusLabel: MEMO_STATUS_TH[r.status],
  urgency: r.urgency,
  urgencyLabel: URGENCY_TH[r.urgency],
  urgentBy: toDate(r.urgentBy),
  secrecy: r.secrecy,
  secrecyLabel: SECRECY_TH[r.secrecy],
  version: Number(r.version),
  docNumber: r.docNumber,
  submittedAt: toDate(r.submittedAt),
  registeredAt: toDate(r.registeredAt),
  updatedAt: toDate(r.updatedAt),
  author: { id: Number(r.authorUserId), name: authorName(r) },
  group: r.groupName,
});

export const toInboxItem = (r: InboxRow, now: Date) => {
  const since = toDate(r.waitingSince) ?? toDate(r.submittedAt);
  return {
    ...rowBase(r),
    stepRole: r.stepRole,
    capacity: r.capacity,
    waitingSince: since,
    waitingHours: since
      ? Math.max(0, Math.floor((now.getTime() - since.getTime()) / 3_600_000))
      : 0,
  };
};

export const toListItem = (r: ListRow) => ({
  ...rowBase(r),
  currentAssignee: r.assigneeFirstName
    ? `${r.assigneeTitle ?? ''}${r.assigneeFirstName} ${r.assigneeLastName ?? ''}`
    : null,
});

/** The step waiting for its approver now, if the memo is in review. */
export const pendingStepOf = (view: Pick<MemoView, 'steps' | 'currentStep'>) =>
  view.steps.find((s) => s.order === view.currentStep && s.state === 'pending');

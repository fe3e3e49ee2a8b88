import { defaultEndorsement } from '../../memo/memo-lifecycle';
import { pendingStepOf } from '../../memo/memo.views';
import type { StepState } from '../../memo/memo-step.entity';
import { ISSUANCE_KIND_TH } from '../../memo/memo.enums';
import type { MemoView } from '../../memo/memo.views';
import type { OitLinkSummary } from '../../memo/ports';
import {
  fileSize,
  secrecyClass,
  thaiCount,
  thaiDate,
  thaiDateTime,
  thaiShortDate,
  urgencyClass,
} from '../format';

/** Common endorsements (เกษียน) offered next to the note field. */
export const ENDORSEMENT_PRESETS = [
  'เพื่อโปรดพิจารณา',
  'ทราบ',
  'อนุมัติ',
  'เห็นชอบ',
  'ลงนามแล้ว',
  'เห็นควรอนุมัติ',
];

const STEP_STATE_TH: Record<StepState, string> = {
  pending: 'รอพิจารณา',
  approved: 'ลงนามแล้ว',
  returned: 'ส่งกลับแก้ไข',
  rejected: 'ไม่อนุมัติ',
  cancelled: 'ยกเลิก',
};

const OIT_STATUS_TH: Record<OitLinkSummary['status'], string> = {
  proposed: 'เสนอแนะ รอผู้ประสานงานยืนยัน',
  confirmed: 'ยืนยันแล้ว',
  rejected: 'ไม่ใช้',
};

type Step = MemoView['steps'][number];

export interface ApproveAction {
  version: number;
  note: string;
  presets: string[];
  /** ปฏิบัติราชการแทน / รักษาราชการแทน: the approver confirms the capacity before signing. */
  capacityLine: string;
  isFinal: boolean;
}

/** Everything the memo page shows, from the service's view of the memo for this viewer. */
export function memoPage(view: MemoView) {
  const current = pendingStepOf(view);
  const can = (a: string) => view.actions.includes(a);
  return {
    id: view.id,
    version: view.version,
    subject: view.subject,
    statusLabel: view.statusLabel,
    statusClass: `badge badge-status ${view.status}`,
    urgencyLabel: view.urgency === 'normal' ? '' : view.urgencyLabel,
    urgencyClass: urgencyClass(view.urgency),
    urgentBy: view.urgentBy ? `ด่วนภายใน ${thaiDateTime(new Date(view.urgentBy))}` : '',
    secrecyLabel: view.secrecy === 'normal' ? '' : view.secrecyLabel,
    secrecyClass: secrecyClass(view.secrecy),
    docNumber: view.docNumber ?? '',
    registeredAt: thaiDate(view.registeredAt),
    submittedAt: thaiDateTime(view.submittedAt),
    createdAt: thaiDateTime(view.createdAt),
    to: view.to,
    department: view.department,
    author: view.author?.name ?? '',
    authorPosition: view.author?.position ?? '',
    paragraphs: view.paragraphs,
    closing: view.closing,
    waitingFor: current ? `${current.assigneeName ?? ''} (${current.roleLabel})` : '',
    pdf: {
      href: `/memos/${view.id}/pdf`,
      label: view.seal ? 'ฉบับลงนาม (PDF)' : 'ฉบับร่าง (PDF)',
      sealed: view.seal !== null,
    },
    verify: view.seal
      ? { code: view.seal.verifyCode, href: `/verify/${view.seal.verifyCode}` }
      : null,
    issuance: view.issuance && {
      kindLabel: view.issuance.circular ? 'หนังสือเวียน' : ISSUANCE_KIND_TH[view.issuance.kind],
      subject: view.issuance.subject,
      number: view.issuance.number ?? '',
      href: `/memos/${view.id}/issuance/pdf`,
      issued: view.issuance.status !== 'draft',
      // Sent to schools, agencies or groups: who has received it (the page checks who may see).
      dispatchHref:
        view.issuance.status !== 'draft' && view.issuance.recipients
          ? `/memos/${view.id}/dispatch`
          : '',
    },
    chain: view.steps.map((s) => chainStep(s, current)),
    history: view.history
      .filter((s) => s.state !== 'pending')
      .map((s) => ({
        stateClass: s.state,
        stateLabel: STEP_STATE_TH[s.state],
        note: s.note,
        name: s.assigneeName ?? '',
        position: s.assigneePosition ?? '',
        capacityLine: s.capacityLine,
        date: thaiShortDate(s.actedAt),
        round: s.round,
      })),
    attachments: view.attachments.map((a) => ({
      id: a.id,
      name: a.fileName,
      size: fileSize(a.size),
      href: `/memos/${view.id}/attachments/${a.id}`,
    })),
    oitLinks: view.oitLinks.map((l) => ({
      code: l.code,
      year: thaiCount(l.fiscalYear),
      status: OIT_STATUS_TH[l.status],
    })),
    actions: {
      any: view.actions.length > 0,
      approve: can('approve') && current ? approveAction(view, current) : null,
      sendBack: can('return'),
      reject: can('reject'),
      withdraw: can('withdraw') ? withdrawWording(view.status) : null,
      edit: can('edit'),
      submit: can('submit'),
    },
  };
}

export type MemoPage = ReturnType<typeof memoPage>;

/**
 * A draft never sent is set aside, not withdrawn from anyone's desk. There is no deleting a
 * memo (the audit trail keeps it), so it is "ยกเลิกร่าง" rather than "ลบร่าง".
 */
function withdrawWording(status: MemoView['status']) {
  return status === 'draft'
    ? {
        label: 'ยกเลิกร่าง',
        explain: 'เมื่อยกเลิกร่างแล้ว จะแก้ไขหรือส่งเสนอร่างนี้ไม่ได้อีก (ระบบยังเก็บไว้เป็นหลักฐาน)',
      }
    : { label: 'ถอนเรื่อง', explain: 'เมื่อถอนเรื่องแล้ว บันทึกนี้จะไม่ถูกพิจารณาต่อ' };
}

function chainStep(s: Step, current: Step | undefined) {
  return {
    roleLabel: s.roleLabel,
    name: s.assigneeName ?? '',
    capacityLine: s.capacityLine,
    stateLabel: s === current ? 'กำลังพิจารณา' : STEP_STATE_TH[s.state],
    stateClass: s === current ? 'active' : s.state,
  };
}

function approveAction(view: MemoView, step: Step): ApproveAction {
  return {
    version: view.version,
    // The service's own default for the step, shown so the approver sees what will be written.
    note: defaultEndorsement(step.isFinal),
    presets: ENDORSEMENT_PRESETS,
    capacityLine: step.capacity === 'own' ? '' : step.capacityLine,
    isFinal: step.isFinal,
  };
}

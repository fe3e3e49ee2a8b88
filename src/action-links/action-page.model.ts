import { formatThaiDate, formatThaiTime, thaiNumeral } from '../common/thai/thai-format';
import { defaultEndorsement } from '../memo/memo-lifecycle';
import { ISSUANCE_KIND_TH } from '../memo/memo.enums';
import { MemoView, pendingStepOf } from '../memo/memo.views';
import type { ActionMemoModel, ActionPageModel } from './action-page';

const dateTime = (d: Date | null): string =>
  d ? `${formatThaiDate(d)} เวลา ${formatThaiTime(d)} น.` : '';

/** What the confirmation page shows of the memo: enough to decide without signing in. */
export function memoModel(view: MemoView): ActionMemoModel {
  const step = pendingStepOf(view);
  const position = step
    ? `ขั้นที่ ${thaiNumeral(step.order)} จาก ${thaiNumeral(view.steps.length)}: ${step.roleLabel}${step.isFinal ? ' (ลงนามอนุมัติ)' : ''}`
    : '';
  return {
    office: view.department,
    subject: view.subject,
    number: view.docNumber ?? '',
    date: view.registeredAt ? formatThaiDate(view.registeredAt) : '',
    author: view.author?.name ?? '',
    to: view.to,
    urgency: view.urgency === 'normal' ? '' : view.urgencyLabel,
    submittedAt: dateTime(view.submittedAt),
    step: position,
    capacityLine: step?.capacityLine ?? '',
    paragraphs: view.paragraphs,
    attachments: view.attachments.map((a) => a.fileName),
    endorsements: view.steps
      .filter((s) => s.state === 'approved')
      .map((s) => ({ who: `${s.assigneeName ?? ''} (${s.roleLabel})`, note: s.note })),
    issuance: view.issuance
      ? `${ISSUANCE_KIND_TH[view.issuance.kind]} เรื่อง ${view.issuance.subject}`
      : '',
    url: `/memos/${view.id}`,
  };
}

/** GET: the memo and the approve form; nothing is done yet. */
export function confirmModel(view: MemoView, csrf: string): ActionPageModel {
  const final = pendingStepOf(view)?.isFinal ?? false;
  return {
    title: final ? 'ยืนยันการลงนามอนุมัติ' : 'ยืนยันการพิจารณาบันทึก',
    tone: 'info',
    message: final
      ? 'เมื่อท่านกดยืนยัน บันทึกจะได้รับอนุมัติ ออกเลขที่ และประทับตราเอกสาร แล้วจะแก้ไขไม่ได้อีก'
      : 'เมื่อท่านกดยืนยัน บันทึกจะผ่านท่านไปยังผู้พิจารณาลำดับถัดไป',
    memo: memoModel(view),
    form: {
      csrf,
      defaultNote: defaultEndorsement(final),
      button: final ? 'ยืนยันลงนามอนุมัติ' : 'ยืนยันเห็นชอบ เสนอลำดับถัดไป',
    },
  };
}

/** POST: recorded. */
export function doneModel(view: MemoView): ActionPageModel {
  const approved = view.status === 'approved';
  return {
    title: approved ? 'ลงนามอนุมัติเรียบร้อยแล้ว' : 'บันทึกความเห็นเรียบร้อยแล้ว',
    tone: 'ok',
    message: approved
      ? `บันทึกได้รับอนุมัติแล้ว${view.docNumber ? ` ที่ ${view.docNumber}` : ''}`
      : `บันทึกได้ส่งต่อไปยัง ${view.currentAssignee?.name ?? 'ผู้พิจารณาลำดับถัดไป'} แล้ว`,
    english: approved ? 'The memo is approved.' : 'Your endorsement was recorded.',
    memo: { ...memoModel(view), step: '', capacityLine: '' },
    next: { href: '/inbox', label: 'ไปที่กล่องงานของท่าน' },
  };
}

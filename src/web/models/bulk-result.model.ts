import { ERROR_CATALOG } from '../../common/errors/error-codes';
import { BulkOutcome, isRefused } from '../../inbox/bulk-approval';
import { MEMO_STATUS_TH } from '../../memo/memo.enums';
import { thaiCount } from '../format';
import type { Flash } from '../views/layout.view';

/** One picked memo on the result page: what happened, in words (never only a colour). */
export interface BulkResultRow {
  /** The memo's page; "" when the caller may not see it (it answered 404). */
  href: string;
  subject: string;
  outcome: string;
  outcomeClass: string;
  ok: boolean;
  /** Why it was refused, in Thai; "" when it went through. */
  reason: string;
  /** The number an approved memo took; "" otherwise. */
  docNumber: string;
}

const PASSED: Record<string, string> = {
  approved: 'ลงนามอนุมัติแล้ว',
  in_review: 'เกษียนและเสนอต่อแล้ว',
};

/** Each outcome in the order picked; `subjects` holds those the caller may see. */
export const bulkResultRows = (
  outcomes: BulkOutcome[],
  subjects: ReadonlyMap<number, string>,
): BulkResultRow[] =>
  outcomes.map((o) => {
    const subject = subjects.get(o.id);
    const shown = { href: subject ? `/memos/${o.id}` : '', subject: subject ?? unseen(o.id) };
    if (isRefused(o)) {
      const reason = ERROR_CATALOG[o.code].th;
      const refused = { outcome: 'ไม่สำเร็จ', outcomeClass: 'rejected', ok: false };
      return { ...shown, ...refused, reason, docNumber: '' };
    }
    const outcome = PASSED[o.status] ?? `สถานะปัจจุบัน: ${MEMO_STATUS_TH[o.status]}`;
    const docNumber = o.memo.docNumber ?? '';
    return { ...shown, outcome, outcomeClass: o.status, ok: true, reason: '', docNumber };
  });

const unseen = (id: number): string => `ไม่พบบันทึก (รหัส ${thaiCount(id)})`;

/** The page's summary: how many went through and how many did not. */
export function bulkSummary(outcomes: BulkOutcome[]): Flash {
  const refused = outcomes.filter(isRefused).length;
  const done = outcomes.length - refused;
  const text = `ดำเนินการสำเร็จ ${thaiCount(done)} เรื่อง`;
  return refused === 0
    ? { kind: 'ok', text }
    : { kind: 'error', text: `${text} ไม่สำเร็จ ${thaiCount(refused)} เรื่อง (ดูเหตุผลด้านล่าง)` };
}

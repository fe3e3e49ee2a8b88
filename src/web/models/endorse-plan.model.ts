// The endorse form's แจ้งเวียนและมอบหมายงาน as the API's `onEndorse`, checked by the API DTO's
// own rules (OnApprovalDto) and answered in Thai on the letter page.
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { ERROR_CATALOG } from '../../common/errors/error-codes';
import { OnApprovalDto } from '../../memo/dto/memo.dto';
import type { UserView } from '../../org/org.views';
import { blankPlan, planChoices, planInput, PlanFormFields } from './on-approval-form.model';

export const ENDORSE_PLAN_INCOMPLETE =
  'งานที่มอบหมาย: กรุณาเลือกกลุ่ม กรอกงาน และวันกำหนดเสร็จที่มีอยู่จริงให้ครบ หรือเว้นว่างทั้งหมด';

/** The plan the form describes (undefined: nothing asked), or the Thai reason it cannot be. */
export async function endorsePlan(
  form: PlanFormFields,
): Promise<{ plan?: OnApprovalDto; problem?: string }> {
  const input = planInput(form);
  if (!input) return {};
  const plan = plainToInstance(OnApprovalDto, input);
  const errors = await validate(plan, { whitelist: true });
  return errors.length > 0 ? { problem: ENDORSE_PLAN_INCOMPLETE } : { plan };
}

/** The Thai message of a plan the service refused (ON_APPROVAL_…); else undefined. */
export const planRefusalText = (error: unknown): string | undefined =>
  error instanceof DomainError && error.code.startsWith('ON_APPROVAL_')
    ? ERROR_CATALOG[error.code].th
    : undefined;

/** The endorse form's plan fields, blank, with the office's groups to choose from. */
export const endorsePlanFields = (users: readonly UserView[]) => ({
  plan: planChoices(blankPlan(), users),
  values: blankPlan(),
  legend: 'แจ้งเวียนและมอบหมายงาน (เมื่อสั่งการแล้ว)',
});

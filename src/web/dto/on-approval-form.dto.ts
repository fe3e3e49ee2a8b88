import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsPositiveInt } from '../../common/validation/fields';
import { MEMO_LIMITS } from '../../memo/dto/memo.limits';
import { DateInput, ISO_DAY, OptionalNumber } from './form-values';
import { IssuanceFormFields } from './issuance-form.dto';

export const FORM_CIRCULATE = ['none', 'all-staff'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base takes any arguments
type FormClass = new (...args: any[]) => object;

/**
 * What a form asks for once its document is decided, kept simple: circulate to all staff or
 * not, and one task for a group with its due day (พ.ศ. as typed). The API takes more. A mixin:
 * the drafting form (เมื่ออนุมัติแล้ว) and the executive's endorsement of a letter both have it.
 */
export function WithPlanFields<Base extends FormClass>(base: Base) {
  class PlanFields extends base {
    @IsOptional()
    @IsIn(FORM_CIRCULATE)
    circulate: (typeof FORM_CIRCULATE)[number] = 'none';

    @IsOptional()
    @OptionalNumber()
    @IsPositiveInt()
    taskGroupId?: number;

    @IsOptional()
    @IsString()
    @MaxLength(MEMO_LIMITS.task)
    taskText = '';

    @IsOptional()
    @DateInput()
    @Matches(ISO_DAY)
    taskDueAt?: string;
  }
  return PlanFields;
}

/** The drafting form's เมื่ออนุมัติแล้ว. */
export class OnApprovalFormFields extends WithPlanFields(IssuanceFormFields) {}

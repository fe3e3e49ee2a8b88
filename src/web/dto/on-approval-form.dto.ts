import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsPositiveInt } from '../../common/validation/fields';
import { MEMO_LIMITS } from '../../memo/dto/memo.limits';
import { DateInput, ISO_DAY, OptionalNumber } from './form-values';
import { IssuanceFormFields } from './issuance-form.dto';

export const FORM_CIRCULATE = ['none', 'all-staff'] as const;

/**
 * What the drafting form asks for once the memo is approved, kept simple: circulate to all
 * staff or not, and one task for a group with its due day (พ.ศ. as typed). The API takes more.
 */
export class OnApprovalFormFields extends IssuanceFormFields {
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

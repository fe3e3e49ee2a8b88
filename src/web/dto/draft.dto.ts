import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { MEMO_LIMITS } from '../../memo/dto/memo.limits';
import { SECRECIES, URGENCIES } from '../../memo/memo.enums';
import { DECIMAL_ID, IsPositiveInt } from '../../common/validation/fields';
import { AsArray, DateInput, FormInteger, OptionalNumber } from './form-values';
import { OnApprovalFormFields } from './on-approval-form.dto';

/**
 * The drafting form as posted. Only shapes and sizes are checked here, so that a missing
 * subject or paragraph comes back as a message on the form; the memo itself is validated
 * with the API's CreateMemoDto before it reaches the service.
 */
export class DraftFields extends OnApprovalFormFields {
  @IsOptional()
  @FormInteger()
  memoId?: number;

  @IsString()
  @MaxLength(MEMO_LIMITS.subject)
  subject = '';

  @IsString()
  @MaxLength(MEMO_LIMITS.to)
  to = '';

  @IsOptional()
  @AsArray()
  @IsArray()
  @ArrayMaxSize(MEMO_LIMITS.paragraphs)
  @IsString({ each: true })
  @MaxLength(MEMO_LIMITS.paragraph, { each: true })
  paragraphs: string[] = [];

  @IsOptional()
  @IsString()
  @MaxLength(MEMO_LIMITS.closing)
  closing = '';

  @IsIn(URGENCIES)
  urgency: (typeof URGENCIES)[number] = 'normal';

  /** ด่วนภายใน as typed, day first in พ.ศ. ("๒๕/๑๒/๒๕๖๙ ๑๐.๓๐"): Bangkok wall-clock time. */
  @IsOptional()
  @DateInput()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  urgentBy?: string;

  @IsIn(SECRECIES)
  secrecy: (typeof SECRECIES)[number] = 'normal';

  /** อ้างถึง: one reference per line (the API's `references[].text`). */
  @IsOptional()
  @IsString()
  @MaxLength(MEMO_LIMITS.references * (MEMO_LIMITS.referenceText + 1))
  referencesText = '';

  /** Named readers (checkboxes): ids of the office's users. */
  @IsOptional()
  @AsArray()
  @IsArray()
  @ArrayMaxSize(MEMO_LIMITS.readers)
  @Matches(DECIMAL_ID, { each: true })
  readerUserIds: string[] = [];

  /** The incoming letter this memo answers (ตอบหนังสือรับ); only a new memo names it. */
  @IsOptional()
  @OptionalNumber()
  @IsPositiveInt()
  inReplyTo?: number;

  /**
   * Which button: save, submit, add a paragraph row or remove row n, add a committee member row
   * or remove member row n (without JavaScript).
   */
  @IsOptional()
  @Matches(/^(save|submit|add-paragraph|remove-\d{1,3}|add-member|remove-member-\d{1,3})$/)
  intent?: string;
}

/** A new memo, or a preview (whose form may be an edit's, carrying its version). */
export class DraftFormDto extends DraftFields {
  @IsOptional()
  @FormInteger()
  version?: number;
}

/** An edit names the version it was based on, always: without it the stale check is skipped. */
export class EditDraftFormDto extends DraftFields {
  @FormInteger()
  version!: number;
}

export class PreviewQueryDto {
  @IsOptional()
  @IsIn(['memo', 'issuance'])
  doc?: 'memo' | 'issuance';
}

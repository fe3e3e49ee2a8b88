import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ISSUANCE_KINDS, SECRECIES, URGENCIES } from '../../memo/memo.enums';
import { AsArray, EmptyAsUndefined } from './form-values';

/**
 * The drafting form as posted. Only shapes and sizes are checked here, so that a missing
 * subject or paragraph comes back as a message on the form; the memo itself is validated
 * with the API's CreateMemoDto before it reaches the service.
 */
export class DraftFormDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  memoId?: number;

  @IsString()
  @MaxLength(500)
  subject = '';

  @IsString()
  @MaxLength(255)
  to = '';

  @IsOptional()
  @AsArray()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(5000, { each: true })
  paragraphs: string[] = [];

  @IsOptional()
  @IsString()
  @MaxLength(500)
  closing = '';

  @IsIn(URGENCIES)
  urgency: (typeof URGENCIES)[number] = 'normal';

  /** ด่วนภายใน, from a datetime-local input: Bangkok wall-clock time. */
  @IsOptional()
  @EmptyAsUndefined()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  urgentBy?: string;

  @IsIn(SECRECIES)
  secrecy: (typeof SECRECIES)[number] = 'normal';

  @IsOptional()
  @EmptyAsUndefined()
  @IsIn(ISSUANCE_KINDS)
  issuanceKind?: (typeof ISSUANCE_KINDS)[number];

  @IsOptional()
  @IsString()
  @MaxLength(500)
  issuanceSubject = '';

  /** The announcement's or order's text, one paragraph per line. */
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  issuanceText = '';

  /** Which button: save, submit, add a paragraph row, or remove row n (without JavaScript). */
  @IsOptional()
  @Matches(/^(save|submit|add-paragraph|remove-\d{1,3})$/)
  intent?: string;
}

export class PreviewQueryDto {
  @IsOptional()
  @IsIn(['memo', 'issuance'])
  doc?: 'memo' | 'issuance';
}

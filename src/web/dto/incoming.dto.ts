import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsCalendarDateText } from '../../common/validation/calendar-date';
import { DECIMAL_ID, IsPositiveInt, NOT_BLANK } from '../../common/validation/fields';
import { REQUESTED_SECRECIES, RequestedSecrecy } from '../../memo/dto/memo.dto';
import { URGENCIES, Urgency } from '../../memo/memo.enums';
import { PageOnlyQueryDto } from './list.dto';
import { WithPlanFields } from './on-approval-form.dto';
import {
  AsArray,
  DateInput,
  EmptyAsUndefined,
  FormInteger,
  ISO_DAY,
  OptionalNumber,
} from './form-values';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** ลงรับ as the registry desk's form posts it (multipart, beside the letter's file). */
export class ReceiveFormDto {
  @Transform(trim)
  @IsString()
  @Length(1, 255)
  fromAgency!: string;

  @Transform(trim)
  @IsString()
  @Length(1, 100)
  theirNumber!: string;

  /** ลงวันที่ as typed, day first in พ.ศ. */
  @DateInput()
  @IsString()
  @Matches(ISO_DAY)
  @IsCalendarDateText()
  theirDate!: string;

  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\s*\n\s*/g, ' ').trim() : value,
  )
  @IsString()
  @Length(1, 500)
  subject!: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(255)
  to?: string;

  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @IsOptional()
  @IsIn(REQUESTED_SECRECIES)
  secrecy?: RequestedSecrecy;
}

/** เสนอ: to the director or a deputy, with a note. */
export class ForwardFormDto {
  @IsString()
  @Length(1, 64)
  toUsername!: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @FormInteger()
  version!: number;
}

/** เกษียนสั่งการ: a note, the groups to act (checkboxes), a due day, or another executive. */
class EndorseFields {
  @IsString()
  @Length(1, 1000)
  @Matches(NOT_BLANK)
  note!: string;

  @IsOptional()
  @AsArray()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(DECIMAL_ID, { each: true })
  assignGroupIds?: string[];

  /** ภายในวันที่, day first in พ.ศ.: due at the end of that working day in Bangkok. */
  @IsOptional()
  @DateInput()
  @IsString()
  @Matches(ISO_DAY)
  @IsCalendarDateText()
  dueAt?: string;

  @IsOptional()
  @EmptyAsUndefined()
  @IsString()
  @Length(1, 64)
  forwardToUsername?: string;

  @FormInteger()
  version!: number;
}

/** The endorsement, with แจ้งเวียนและมอบหมายงาน as the drafting form's เมื่ออนุมัติแล้ว. */
export class EndorseFormDto extends WithPlanFields(EndorseFields) {}

export class AssignFormDto {
  @IsString()
  @Length(1, 64)
  username!: string;

  @FormInteger()
  version!: number;
}

export class AcknowledgeFormDto {
  @FormInteger()
  version!: number;
}

/** การปฏิบัติ: what was done, when no memo answers the letter. */
export class CloseFormDto {
  @IsString()
  @Length(1, 1000)
  @Matches(NOT_BLANK)
  action!: string;

  @FormInteger()
  version!: number;
}

/** /incoming: the search (GET, so every field may come back empty). */
export class IncomingListQueryDto extends PageOnlyQueryDto {
  @IsOptional()
  @EmptyAsUndefined()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @EmptyAsUndefined()
  @IsString()
  @MaxLength(100)
  number?: string;

  @IsOptional()
  @EmptyAsUndefined()
  @IsString()
  @MaxLength(255)
  agency?: string;

  @IsOptional()
  @DateInput()
  @Matches(ISO_DAY)
  @IsCalendarDateText()
  from?: string;

  @IsOptional()
  @DateInput()
  @Matches(ISO_DAY)
  @IsCalendarDateText()
  to?: string;
}

/** /memos/new?inReplyTo=: the letter a new memo answers. */
export class NewDraftQueryDto {
  @IsOptional()
  @OptionalNumber()
  @IsPositiveInt()
  inReplyTo?: number;
}

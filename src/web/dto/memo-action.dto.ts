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
  ValidateNested,
} from 'class-validator';
import { NOT_BLANK } from '../../common/validation/fields';
import {
  BULK_MESSAGES,
  BulkItemDto,
  bulkItemId,
  MAX_BULK_ITEMS,
} from '../../inbox/dto/bulk-approve.dto';
import { MAX_NOTE } from '../../workflow/dto/transition.dto';
import { EmptyAsUndefined, FormInteger } from './form-values';

/** Every action names the version the page showed: the stale check is never skipped. */
export class VersionFormDto {
  @FormInteger()
  version!: number;
}

export class ApproveFormDto extends VersionFormDto {
  /** เกษียน; blank leaves the step's default ("เพื่อโปรดพิจารณา" or "อนุมัติ"). */
  @IsOptional()
  @EmptyAsUndefined()
  @IsString()
  @MaxLength(MAX_NOTE)
  note?: string;

  /** Set by the confirmation page of a signature ปฏิบัติราชการแทน / รักษาราชการแทน. */
  @IsOptional()
  @IsIn(['1'])
  confirmed?: string;

  @IsOptional()
  @IsIn(['approve'])
  intent?: string;
}

export class NoteFormDto extends VersionFormDto {
  @IsString()
  @Length(1, MAX_NOTE)
  @Matches(NOT_BLANK)
  note!: string;
}

/** A checkbox's `id:version`, in plain decimal digits as the page wrote it. */
const PICKED = /^([1-9]\d{0,9}):([1-9]\d{0,9})$/;

/** The item a checkbox names; anything else stays as sent, for the validators to refuse. */
const toBulkItem = (value: unknown): unknown => {
  const m = typeof value === 'string' ? PICKED.exec(value) : null;
  return m ? Object.assign(new BulkItemDto(), { id: Number(m[1]), version: Number(m[2]) }) : value;
};

/** อนุมัติที่เลือก: the inbox's checked memos and one เกษียน for all of them. */
export class BulkApproveFormDto {
  /** None checked is not an error of the form: the inbox is shown again with a note. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === undefined ? undefined : (Array.isArray(value) ? value : [value]).map(toBulkItem),
  )
  @IsArray()
  @ArrayMaxSize(MAX_BULK_ITEMS, { message: BULK_MESSAGES.tooMany })
  @ArrayUnique(bulkItemId, { message: BULK_MESSAGES.duplicate })
  @ValidateNested({ each: true })
  items?: BulkItemDto[];

  /** เกษียน for every item; blank leaves each step's default. */
  @IsOptional()
  @EmptyAsUndefined()
  @IsString()
  @MaxLength(MAX_NOTE)
  note?: string;
}

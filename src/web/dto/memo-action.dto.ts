import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { NOT_BLANK } from '../../common/validation/fields';
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

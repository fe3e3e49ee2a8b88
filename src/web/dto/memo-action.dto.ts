import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { EmptyAsUndefined } from './form-values';

const MAX_ID = 2_147_483_647;

export class VersionFormDto {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  version!: number;
}

export class ApproveFormDto extends VersionFormDto {
  /** เกษียน; blank leaves the step's default ("เพื่อโปรดพิจารณา" or "อนุมัติ"). */
  @IsOptional()
  @EmptyAsUndefined()
  @IsString()
  @MaxLength(1000)
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
  @Length(1, 1000)
  @Matches(/\S/)
  note!: string;
}

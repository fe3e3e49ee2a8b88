import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { NOT_BLANK, OptionalVersionField, VersionField } from '../../common/validation/fields';

/** A เกษียน or a reason for sending back, rejecting or withdrawing. */
export const MAX_NOTE = 1000;

export class ApproveMemoDto {
  @ApiPropertyOptional({ example: 'เพื่อโปรดพิจารณา', description: 'เกษียน; defaults by the step' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NOTE)
  note?: string;

  @VersionField('The version the approver saw; 409 when stale')
  version!: number;
}

export class ReturnMemoDto {
  @ApiProperty({ example: 'โปรดแก้ไขข้อเสนอให้ชัดเจน' })
  @IsString()
  @Length(1, MAX_NOTE)
  @Matches(NOT_BLANK, { message: 'note must not be blank' })
  note!: string;

  @OptionalVersionField()
  version?: number;
}

export class OptionalVersionDto {
  @OptionalVersionField()
  version?: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDateText } from '../../common/validation/calendar-date';
import { IsPositiveInt, NOT_BLANK } from '../../common/validation/fields';
import { RegisterParams } from './register-params.dto';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = '$property: ต้องเป็นวันที่รูปแบบ YYYY-MM-DD (must be a date, YYYY-MM-DD)';
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The multipart fields beside `file`: a document signed on paper or made elsewhere. */
export class OutsideDocumentDto {
  @ApiProperty({ example: 'ขอเชิญประชุมคณะกรรมการ' })
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  @Matches(NOT_BLANK)
  subject!: string;

  @ApiProperty({ example: 'ผู้อำนวยการโรงเรียนในสังกัด', description: 'เรียน (the addressee)' })
  @Transform(trim)
  @IsString()
  @Length(1, 255)
  @Matches(NOT_BLANK)
  to!: string;

  @ApiProperty({ example: '2026-05-02', description: 'The date the document bears' })
  @IsString()
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsCalendarDateText()
  date!: string;

  @ApiPropertyOptional({
    description: 'Buddhist-era year of a reserved number (default: this year)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2500)
  @Max(2700)
  year?: number;
}

/** How many numbers to reserve (จองเลข). */
export class ReserveDto {
  @ApiProperty({ minimum: 1, maximum: 50 })
  @IsInt()
  @Min(1)
  @Max(50)
  count!: number;

  @ApiPropertyOptional({ description: 'What they are kept for' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ReservedEntryParams extends RegisterParams {
  @Type(() => Number)
  @IsPositiveInt()
  seq!: number;
}

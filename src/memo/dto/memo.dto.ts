import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CalendarDateTime } from '../../common/validation/calendar-date';
import { FitsTextColumn } from '../../common/validation/max-stored-bytes';
import { ISSUANCE_KINDS, IssuanceKind, SECRECY_TH, URGENCIES, URGENCY_TH } from '../memo.enums';

/** Accepts the API code or the Thai label ("ด่วนที่สุด"), and yields the code. */
const fromThaiLabel =
  (labels: Record<string, string>, extra: Record<string, string> = {}) =>
  ({ value }: { value: unknown }): unknown => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    const byLabel = Object.entries({ ...labels, ...extra }).find(([, th]) => th === trimmed);
    return byLabel ? byLabel[0] : trimmed;
  };

/** Requested secrecy; `top_secret` is recognised only so it can be refused clearly (422). */
export const REQUESTED_SECRECIES = ['normal', 'confidential', 'secret', 'top_secret'] as const;
export type RequestedSecrecy = (typeof REQUESTED_SECRECIES)[number];

const NOT_BLANK = /\S/;
const MAX_PARAGRAPH = 5000;

export class MemoReferenceDto {
  @ApiPropertyOptional({ description: 'An earlier memo of the office' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  memoId?: number;

  @ApiProperty({ example: 'บันทึกข้อความ ที่ ศธ ๐๔๓๐๕/๑๒ ลงวันที่ ๒ พฤษภาคม ๒๕๖๕' })
  @IsString()
  @Length(1, 500)
  @Matches(NOT_BLANK)
  text!: string;
}

export class IssuanceDraftDto {
  @ApiProperty({ enum: ISSUANCE_KINDS })
  @Transform(fromThaiLabel({ announcement: 'ประกาศ', order: 'คำสั่ง' }))
  @IsIn(ISSUANCE_KINDS)
  kind!: IssuanceKind;

  @ApiProperty({ example: 'เจตจำนงสุจริตในการบริหารงาน' })
  @IsString()
  @Length(1, 500)
  @Matches(NOT_BLANK, { message: 'subject must not be blank' })
  subject!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, MAX_PARAGRAPH, { each: true })
  @FitsTextColumn()
  paragraphs!: string[];
}

export class CreateMemoDto {
  @ApiProperty({ example: 'ขออนุมัติจัดประชุมชี้แจงแนวทางการประเมิน ITA' })
  @IsString()
  @Length(1, 500)
  @Matches(NOT_BLANK, { message: 'subject must not be blank' })
  subject!: string;

  @ApiProperty({ example: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม', description: 'เรียน' })
  @IsString()
  @Length(1, 255)
  @Matches(NOT_BLANK, { message: 'to must not be blank' })
  to!: string;

  @ApiProperty({ type: [String], description: 'เรื่องเดิม / ข้อเท็จจริง / ข้อกฎหมาย / ข้อพิจารณา / ข้อเสนอ' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, MAX_PARAGRAPH, { each: true })
  @FitsTextColumn()
  paragraphs!: string[];

  @ApiPropertyOptional({ example: 'จึงเรียนมาเพื่อโปรดพิจารณา' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  closing?: string;

  @ApiPropertyOptional({
    enum: URGENCIES,
    description: 'or the Thai label: ปกติ, ด่วน, ด่วนมาก, ด่วนที่สุด',
  })
  @IsOptional()
  @Transform(fromThaiLabel(URGENCY_TH))
  @IsIn(URGENCIES)
  urgency?: (typeof URGENCIES)[number];

  @ApiPropertyOptional({
    description: 'ด่วนภายใน: deadline (ISO 8601 date-time); a day that does not exist is refused',
  })
  @IsOptional()
  @CalendarDateTime()
  urgentBy?: Date | null;

  @ApiPropertyOptional({
    enum: REQUESTED_SECRECIES,
    description: 'or ปกติ, ลับ, ลับมาก; ลับที่สุด is refused',
  })
  @IsOptional()
  @Transform(fromThaiLabel(SECRECY_TH, { top_secret: 'ลับที่สุด' }))
  @IsIn(REQUESTED_SECRECIES)
  secrecy?: RequestedSecrecy;

  @ApiPropertyOptional({ type: [MemoReferenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MemoReferenceDto)
  references?: MemoReferenceDto[];

  @ApiPropertyOptional({
    type: [Number],
    description: 'Users who may read the memo besides the chain',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(2_147_483_647, { each: true })
  readerUserIds?: number[];

  @ApiPropertyOptional({
    type: IssuanceDraftDto,
    nullable: true,
    description: 'A ประกาศ or คำสั่ง to issue on approval',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => IssuanceDraftDto)
  issuance?: IssuanceDraftDto | null;
}

export class UpdateMemoDto {
  @ApiProperty({ description: 'The version the edit is based on; 409 when stale' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;

  @IsOptional() @IsString() @Length(1, 500) @Matches(NOT_BLANK) subject?: string;
  @IsOptional() @IsString() @Length(1, 255) @Matches(NOT_BLANK) to?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, MAX_PARAGRAPH, { each: true })
  @FitsTextColumn()
  paragraphs?: string[];

  @IsOptional() @IsString() @MaxLength(500) closing?: string;

  @IsOptional()
  @Transform(fromThaiLabel(URGENCY_TH))
  @IsIn(URGENCIES)
  urgency?: (typeof URGENCIES)[number];

  @IsOptional() @CalendarDateTime() urgentBy?: Date | null;

  @IsOptional()
  @Transform(fromThaiLabel(SECRECY_TH, { top_secret: 'ลับที่สุด' }))
  @IsIn(REQUESTED_SECRECIES)
  secrecy?: RequestedSecrecy;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MemoReferenceDto)
  references?: MemoReferenceDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(2_147_483_647, { each: true })
  readerUserIds?: number[];

  @IsOptional()
  @ValidateNested()
  @Type(() => IssuanceDraftDto)
  issuance?: IssuanceDraftDto | null;
}

const NOTE = 1000;

/**
 * A version the client may leave out (the contract's `{ note }`); when given it must be a whole
 * number and is checked against the memo (409 when stale). `null` is not "left out": IsOptional
 * would let it through unchecked, so only an absent field skips validation.
 */
const OptionalVersion = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description: 'The version the caller saw; 409 when stale' }),
    ValidateIf((o: { version?: unknown }) => o.version !== undefined),
    IsInt(),
    Min(1),
    Max(2_147_483_647),
  );

export class ApproveMemoDto {
  @ApiPropertyOptional({ example: 'เพื่อโปรดพิจารณา', description: 'เกษียน; defaults by the step' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE)
  note?: string;

  @ApiProperty({ description: 'The version the approver saw; 409 when stale' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version!: number;
}

export class ReturnMemoDto {
  @ApiProperty({ example: 'โปรดแก้ไขข้อเสนอให้ชัดเจน' })
  @IsString()
  @Length(1, NOTE)
  @Matches(NOT_BLANK, { message: 'note must not be blank' })
  note!: string;

  @OptionalVersion()
  version?: number;
}

export class OptionalVersionDto {
  @OptionalVersion()
  version?: number;
}

import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
import { CalendarDateTime } from '../../common/validation/calendar-date';
import {
  IsPositiveInt,
  NOT_BLANK,
  OptionalIdField,
  VersionField,
} from '../../common/validation/fields';
import { FitsTextColumn } from '../../common/validation/max-stored-bytes';
import { ISSUANCE_KIND_TH, SECRECY_TH, URGENCIES, URGENCY_TH } from '../memo.enums';
import { IssuanceDraftDto } from './issuance.dto';
import { MEMO_LIMITS } from './memo.limits';
import { OnApprovalDto } from './on-approval.dto';
import { fromThaiLabel } from './thai-label';

export { fromThaiLabel } from './thai-label';
export { IssuanceDraftDto } from './issuance.dto';
export { OnApprovalDto } from './on-approval.dto';

/** Requested secrecy; `top_secret` is recognised only so it can be refused clearly (422). */
export const REQUESTED_SECRECIES = ['normal', 'confidential', 'secret', 'top_secret'] as const;
export type RequestedSecrecy = (typeof REQUESTED_SECRECIES)[number];

export class MemoReferenceDto {
  @OptionalIdField({ description: 'An earlier memo of the office' })
  memoId?: number;

  @ApiProperty({ example: 'บันทึกข้อความ ที่ ศธ ๐๔๓๐๕/๑๒ ลงวันที่ ๒ พฤษภาคม ๒๕๖๕' })
  @IsString()
  @Length(1, MEMO_LIMITS.referenceText)
  @Matches(NOT_BLANK)
  text!: string;
}

export class CreateMemoDto {
  @ApiProperty({ example: 'ขออนุมัติจัดประชุมชี้แจงแนวทางการประเมิน ITA' })
  @IsString()
  @Length(1, MEMO_LIMITS.subject)
  @Matches(NOT_BLANK, { message: 'subject must not be blank' })
  subject!: string;

  @ApiProperty({ example: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม', description: 'เรียน' })
  @IsString()
  @Length(1, MEMO_LIMITS.to)
  @Matches(NOT_BLANK, { message: 'to must not be blank' })
  to!: string;

  @ApiProperty({ type: [String], description: 'เรื่องเดิม / ข้อเท็จจริง / ข้อกฎหมาย / ข้อพิจารณา / ข้อเสนอ' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MEMO_LIMITS.paragraphs)
  @IsString({ each: true })
  @Length(1, MEMO_LIMITS.paragraph, { each: true })
  @FitsTextColumn()
  paragraphs!: string[];

  @ApiPropertyOptional({ example: 'จึงเรียนมาเพื่อโปรดพิจารณา' })
  @IsOptional()
  @IsString()
  @MaxLength(MEMO_LIMITS.closing)
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
  @ArrayMaxSize(MEMO_LIMITS.references)
  @ValidateNested({ each: true })
  @Type(() => MemoReferenceDto)
  references?: MemoReferenceDto[];

  @ApiPropertyOptional({
    type: [Number],
    description: 'Users who may read the memo besides the chain',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MEMO_LIMITS.readers)
  @ArrayUnique()
  @IsPositiveInt({ each: true })
  readerUserIds?: number[];

  @ApiPropertyOptional({
    type: IssuanceDraftDto,
    nullable: true,
    description: `A ${ISSUANCE_KIND_TH.announcement}, ${ISSUANCE_KIND_TH.order} or ${ISSUANCE_KIND_TH.letter} to issue on approval`,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => IssuanceDraftDto)
  issuance?: IssuanceDraftDto | null;

  @ApiPropertyOptional({
    type: OnApprovalDto,
    nullable: true,
    description: 'Once approved: circulate it for acknowledgement, assign tasks; null clears',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OnApprovalDto)
  onApproval?: OnApprovalDto | null;

  @OptionalIdField({
    description: 'The incoming letter this memo answers: named in its อ้างถึง; approval closes it',
  })
  inReplyTo?: number;
}

/** PATCH: any fields of a new memo but the letter it answers, checked as on creation. */
export class UpdateMemoDto extends PartialType(OmitType(CreateMemoDto, ['inReplyTo'] as const)) {
  @VersionField('The version the edit is based on; 409 when stale')
  version!: number;
}

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { NOT_BLANK } from '../../common/validation/fields';
import { FitsTextColumn } from '../../common/validation/max-stored-bytes';
import { issuanceContent } from '../issuance-draft';
import { ISSUANCE_KIND_TH, ISSUANCE_KINDS, IssuanceKind } from '../memo.enums';
import { fromThaiLabel } from './thai-label';
import {
  IdList,
  OnlyForLetters,
  SchoolsField,
  StructureFits,
  TableRows,
} from './issuance-validators';
import { MEMO_LIMITS } from './memo.limits';

const L = MEMO_LIMITS;

/** A letter's list of one-line items (อ้างถึง, สิ่งที่ส่งมาด้วย, สำเนาส่ง). */
const LetterItems = (description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], description }),
    IsOptional(),
    OnlyForLetters(),
    IsArray(),
    ArrayMaxSize(L.letterItems),
    IsString({ each: true }),
    Length(1, L.letterItem, { each: true }),
  );

/** Whom a letter goes to; kept as given, resolved to people and addresses when dispatched. */
export class LetterRecipientsDto {
  @ApiPropertyOptional({ description: '"all", or ids of schools in the recipient directory' })
  @IsOptional()
  @SchoolsField()
  schools?: 'all' | number[];

  @ApiPropertyOptional({ type: [Number], description: 'Schools or agencies of the directory' })
  @IsOptional()
  @IdList()
  recipientIds?: number[];

  @ApiPropertyOptional({ type: [Number], description: 'Groups of the office' })
  @IsOptional()
  @IdList()
  groupIds?: number[];
}

export class ClauseDto {
  @ApiProperty({ description: 'ข้อ ๑: its text (the number is printed)' })
  @IsString()
  @Length(1, L.clause)
  @Matches(NOT_BLANK)
  text!: string;

  @ApiPropertyOptional({ type: [String], description: 'Sub-clauses ๑.๑, ๑.๒, …' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.subClauses)
  @IsString({ each: true })
  @Length(1, L.clause, { each: true })
  items?: string[];
}

export class CommitteeMemberDto {
  @ApiProperty({ example: 'นายสมชาย ใจดี' })
  @IsString()
  @Length(1, L.memberField)
  @Matches(NOT_BLANK)
  name!: string;

  @ApiProperty({ example: 'รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม' })
  @IsString()
  @MaxLength(L.memberField)
  position!: string;

  @ApiProperty({ example: 'ประธานกรรมการ' })
  @IsString()
  @MaxLength(L.memberField)
  role!: string;
}

export class CommitteeDto {
  @ApiProperty({ example: 'คณะกรรมการอำนวยการ', description: 'Numbered ๑. ๒. … when printed' })
  @IsString()
  @Length(1, L.committeeTitle)
  @Matches(NOT_BLANK)
  title!: string;

  @ApiProperty({ type: [CommitteeMemberDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(L.committeeMembers)
  @ValidateNested({ each: true })
  @Type(() => CommitteeMemberDto)
  members!: CommitteeMemberDto[];

  @ApiPropertyOptional({ example: 'มีหน้าที่ ให้คำปรึกษา แนะนำ และอำนวยความสะดวก' })
  @IsOptional()
  @IsString()
  @MaxLength(L.committeeDuty)
  duty?: string;
}

export class ScheduleDto {
  @ApiProperty({ type: [String], example: ['ที่', 'กิจกรรม', 'ระยะเวลา', 'ผู้รับผิดชอบ'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(L.scheduleColumns)
  @IsString({ each: true })
  @Length(1, L.scheduleCell, { each: true })
  columns!: string[];

  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } } })
  @TableRows()
  rows!: string[][];
}

/** The text kinds every issuance may carry after its paragraphs. */
class StructuredIssuanceDto {
  @ApiPropertyOptional({ type: [ClauseDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.clauses)
  @ValidateNested({ each: true })
  @Type(() => ClauseDto)
  clauses?: ClauseDto[];

  @ApiPropertyOptional({ type: [CommitteeDto], description: 'An appointment order’s committees' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.committees)
  @ValidateNested({ each: true })
  @Type(() => CommitteeDto)
  committees?: CommitteeDto[];

  @ApiPropertyOptional({ type: ScheduleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleDto)
  schedule?: ScheduleDto;

  @ApiPropertyOptional({
    type: [String],
    description: 'After the clauses and tables: "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(L.paragraphs)
  @IsString({ each: true })
  @Length(1, L.paragraph, { each: true })
  closingParagraphs?: string[];
}

export class IssuanceDraftDto extends StructuredIssuanceDto {
  @ApiProperty({ enum: ISSUANCE_KINDS })
  @Transform(fromThaiLabel(ISSUANCE_KIND_TH))
  @IsIn(ISSUANCE_KINDS)
  @StructureFits((draft) => issuanceContent(draft).structure)
  kind!: IssuanceKind;

  @ApiProperty({ example: 'เจตจำนงสุจริตในการบริหารงาน' })
  @IsString()
  @Length(1, L.subject)
  @Matches(NOT_BLANK, { message: 'subject must not be blank' })
  subject!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(L.paragraphs)
  @IsString({ each: true })
  @Length(1, L.paragraph, { each: true })
  @FitsTextColumn()
  paragraphs!: string[];

  @ApiPropertyOptional({ example: 'ศึกษาธิการจังหวัดนครพนม', description: 'Letters: the addressee' })
  @ValidateIf((o: IssuanceDraftDto) => o.kind === 'letter' || o.to !== undefined)
  @OnlyForLetters()
  @IsString()
  @Length(1, L.to)
  @Matches(NOT_BLANK, { message: 'to must not be blank' })
  to?: string;

  @ApiPropertyOptional({ example: 'เรียน', description: 'Letters: คำขึ้นต้น' })
  @IsOptional()
  @OnlyForLetters()
  @IsString()
  @Length(1, L.salutation)
  @Matches(NOT_BLANK)
  salutation?: string;

  @ApiPropertyOptional({ example: 'ขอแสดงความนับถือ', description: 'Letters: คำลงท้าย' })
  @IsOptional()
  @OnlyForLetters()
  @IsString()
  @Length(1, L.letterClosing)
  @Matches(NOT_BLANK)
  closing?: string;

  @LetterItems('Letters: อ้างถึง')
  references?: string[];

  @LetterItems('Letters: สิ่งที่ส่งมาด้วย')
  enclosures?: string[];

  @LetterItems('Letters: สำเนาส่ง')
  copyTo?: string[];

  @ApiPropertyOptional({ description: 'Letters: หนังสือเวียน, numbered from the ว register' })
  @IsOptional()
  @OnlyForLetters()
  @IsBoolean()
  circular?: boolean;

  @ApiPropertyOptional({ type: LetterRecipientsDto, description: 'Letters: whom it is sent to' })
  @IsOptional()
  @OnlyForLetters()
  @ValidateNested()
  @Type(() => LetterRecipientsDto)
  recipients?: LetterRecipientsDto;
}

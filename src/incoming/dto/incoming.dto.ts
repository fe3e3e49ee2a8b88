import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
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
import { PageQueryDto } from '../../common/http/page-query.dto';
import { CalendarDateTime, IsCalendarDateText } from '../../common/validation/calendar-date';
import {
  IsPositiveInt,
  NOT_BLANK,
  OptionalVersionField,
  VersionField,
} from '../../common/validation/fields';
import {
  fromThaiLabel,
  OnApprovalDto,
  REQUESTED_SECRECIES,
  RequestedSecrecy,
} from '../../memo/dto/memo.dto';
import { SECRECY_TH, URGENCIES, URGENCY_TH, Urgency } from '../../memo/memo.enums';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = '$property: ต้องเป็นวันที่รูปแบบ YYYY-MM-DD (must be a date, YYYY-MM-DD)';
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** ลงรับ: JSON, or the fields of a multipart form beside its `file`. */
export class ReceiveIncomingDto {
  @ApiProperty({ example: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน', description: 'จาก' })
  @Transform(trim)
  @IsString()
  @Length(1, 255)
  fromAgency!: string;

  @ApiProperty({ example: 'ศธ ๐๔๐๐๖/ว ๑๒๓', description: 'ที่ (their number)' })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  theirNumber!: string;

  @ApiProperty({ example: '2026-05-02', description: 'ลงวันที่ (their date)' })
  @IsString()
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsCalendarDateText()
  theirDate!: string;

  @ApiProperty({ example: 'การประเมินคุณธรรมและความโปร่งใส' })
  @Transform(trim)
  @IsString()
  @Length(1, 500)
  subject!: string;

  @ApiPropertyOptional({ example: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครพนม' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(255)
  to?: string;

  @ApiPropertyOptional({ enum: URGENCIES, description: 'or ปกติ, ด่วน, ด่วนมาก, ด่วนที่สุด' })
  @IsOptional()
  @Transform(fromThaiLabel(URGENCY_TH))
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @ApiPropertyOptional({ enum: REQUESTED_SECRECIES, description: 'or ปกติ, ลับ, ลับมาก' })
  @IsOptional()
  @Transform(fromThaiLabel(SECRECY_TH, { top_secret: 'ลับที่สุด' }))
  @IsIn(REQUESTED_SECRECIES)
  secrecy?: RequestedSecrecy;
}

export class ForwardIncomingDto {
  @ApiProperty({ description: 'The director or a deputy' })
  @IsString()
  @Length(1, 64)
  toUsername!: string;

  @ApiPropertyOptional({ example: 'เรียน ผอ.สพม. เพื่อโปรดพิจารณา' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @VersionField('The version the caller saw; 409 when stale')
  version!: number;
}

export class EndorseIncomingDto {
  @ApiProperty({ example: 'ทราบ มอบ กลุ่มนิเทศฯ ดำเนินการ' })
  @IsString()
  @Length(1, 1000)
  @Matches(NOT_BLANK, { message: 'note must not be blank' })
  note!: string;

  @ApiPropertyOptional({ type: [Number] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsPositiveInt({ each: true })
  assignGroupIds?: number[];

  @ApiPropertyOptional({ description: 'ISO 8601; a day that does not exist is refused' })
  @IsOptional()
  @CalendarDateTime()
  dueAt?: Date;

  @ApiPropertyOptional({ description: 'Pass it on to another executive instead' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  forwardToUsername?: string;

  @ApiPropertyOptional({
    type: OnApprovalDto,
    description: 'Circulate it for acknowledgement and assign tasks, as a memo’s onApproval',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OnApprovalDto)
  onEndorse?: OnApprovalDto;

  @VersionField('The version the caller saw; 409 when stale')
  version!: number;
}

export class AssignIncomingDto {
  @ApiProperty()
  @IsString()
  @Length(1, 64)
  username!: string;

  @VersionField('The version the caller saw; 409 when stale')
  version!: number;
}

export class AcknowledgeIncomingDto {
  @OptionalVersionField()
  version?: number;
}

export class CloseIncomingDto {
  @ApiProperty({ description: 'การปฏิบัติ', example: 'แจ้งโรงเรียนในสังกัดทราบแล้ว' })
  @IsString()
  @Length(1, 1000)
  @Matches(NOT_BLANK, { message: 'action must not be blank' })
  action!: string;

  @VersionField('The version the caller saw; 409 when stale')
  version!: number;
}

/** GET /api/incoming: search by their number, agency, subject words, received dates. */
export class ListIncomingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words of the subject (Thai)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Part of their number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  number?: string;

  @ApiPropertyOptional({ description: 'Part of the sending agency' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  agency?: string;

  @ApiPropertyOptional({ description: 'Received on or after (YYYY-MM-DD, Bangkok)' })
  @IsOptional()
  @IsString()
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsCalendarDateText()
  from?: string;

  @ApiPropertyOptional({ description: 'Received on or before (YYYY-MM-DD, Bangkok)' })
  @IsOptional()
  @IsString()
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsCalendarDateText()
  to?: string;
}

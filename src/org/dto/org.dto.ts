import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { CalendarDateTime } from '../../common/validation/calendar-date';
import { IdField, OptionalIdField } from '../../common/validation/fields';
import {
  DELEGATION_KINDS,
  DOCUMENT_KINDS,
  DelegationKind,
  DocumentKind,
} from '../delegation.entity';
import { OFFICE_ROLES, Role } from '../../common/auth/roles';

export class CreateGroupDto {
  @ApiProperty({ example: 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา' })
  @IsString()
  @Length(1, 255)
  name!: string;

  @ApiPropertyOptional({ example: 'กลุ่มนิเทศฯ' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  shortName?: string;

  @ApiPropertyOptional({ example: '๐ ๔๒๕๑ ๑๒๓๔' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;

  @OptionalIdField({ nullable: true })
  headUserId?: number | null;

  @OptionalIdField({ nullable: true })
  deputyUserId?: number | null;
}

export class UpdateGroupDto extends PartialType(CreateGroupDto) {}

export class CreateUserDto {
  @ApiProperty({ example: 'somchai.r' })
  @IsString()
  @Length(3, 64)
  @Matches(/^[a-z0-9][a-z0-9._@-]*$/, {
    message: 'username: lower-case letters, digits and . _ @ - only',
  })
  username!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @Length(10, 256)
  password!: string;

  @ApiProperty({ example: 'นาย' })
  @IsString()
  @MaxLength(50)
  titlePrefix!: string;

  @ApiProperty({ example: 'สมชาย' })
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @ApiProperty({ example: 'รักษ์ดี' })
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @ApiPropertyOptional({ example: 'นักวิชาการศึกษาชำนาญการ' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  positionName?: string;

  @OptionalIdField()
  groupId?: number | null;

  @ApiProperty({ enum: OFFICE_ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(OFFICE_ROLES.length)
  @ArrayUnique()
  @IsIn(OFFICE_ROLES, { each: true })
  roles!: Role[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(255)
  email?: string;
}

export class UpdateUserDto extends PartialType(CreateUserDto) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class CreateDelegationDto {
  @ApiProperty({
    enum: DELEGATION_KINDS,
    description:
      'on_behalf = ปฏิบัติราชการแทน, acting = รักษาราชการแทน (with groupId: ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม)',
  })
  @IsIn(DELEGATION_KINDS)
  kind!: DelegationKind;

  @IdField()
  delegateUserId!: number;

  @OptionalIdField({
    description:
      "kind 'acting' only: the group whose head's post is delegated (ปฏิบัติหน้าที่ผู้อำนวยการกลุ่ม)",
  })
  groupId?: number | null;

  @ApiPropertyOptional({
    enum: DOCUMENT_KINDS,
    isArray: true,
    description: 'Required unless groupId is given (an acting group head endorses memos)',
  })
  @ValidateIf((o: CreateDelegationDto) => o.groupId == null || o.documentKinds !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(DOCUMENT_KINDS, { each: true })
  documentKinds?: DocumentKind[];

  @ApiProperty({ example: '2026-10-01T00:00:00+07:00', description: 'ISO 8601; must exist' })
  @CalendarDateTime()
  startsAt!: Date;

  @ApiPropertyOptional({
    example: '2027-09-30T23:59:59+07:00',
    description: 'ISO 8601; must exist',
  })
  @IsOptional()
  @CalendarDateTime()
  endsAt?: Date;

  @ApiPropertyOptional({ example: 'คำสั่ง สพม.นครพนม ที่ ๑๒/๒๕๖๙' })
  @IsOptional()
  @IsString()
  @MinLength(0)
  @MaxLength(255)
  reference?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NOT_BLANK } from '../../common/validation/fields';

/** The office's first administrator, who then imports its groups and people. */
export class OfficeAdminDto {
  @ApiProperty({ example: 'admin.spm-sakon' })
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

  @ApiProperty({ example: 'นายสมศักดิ์ ดูแลดี', description: 'Full name: first name, space, last name' })
  @IsString()
  @Length(1, 201)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;
}

export class CreateOfficeDto {
  @ApiProperty({ example: 'spm-sakonnakhon', description: 'URL-safe handle of public pages' })
  @IsString()
  @Length(2, 64)
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'code: lower-case letters, digits and - only' })
  code!: string;

  @ApiProperty({ example: 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสกลนคร' })
  @IsString()
  @Length(1, 255)
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({ example: 'สพม.สกลนคร', description: 'Defaults to the name' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  shortName?: string;

  @ApiProperty({ example: 'ศธ ๐๔๓๐๖' })
  @IsString()
  @Length(1, 50)
  @Matches(NOT_BLANK, { message: 'bookCode must not be blank' })
  bookCode!: string;

  @ApiPropertyOptional({ example: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  parentAgency?: string;

  @ApiProperty({ example: 'ถนนศรีสกลนคร ตำบลธาตุเชิงชุม อำเภอเมืองสกลนคร จังหวัดสกลนคร ๔๗๐๐๐' })
  @IsString()
  @MaxLength(500)
  address!: string;

  @ApiProperty({ example: '0 4271 1000' })
  @IsString()
  @MaxLength(50)
  phone!: string;

  @ApiPropertyOptional({ example: 'saraban@spm-sakon.go.th' })
  @IsOptional()
  @IsEmail()
  @MaxLength(255)
  email?: string;

  @ApiProperty({ type: OfficeAdminDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => OfficeAdminDto)
  admin!: OfficeAdminDto;
}

import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { NOT_BLANK } from '../../common/validation/fields';
import { RECIPIENT_KINDS, RecipientKind } from '../recipient.entity';

const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

export class CreateRecipientDto {
  @ApiProperty({ example: 'โรงเรียนปิยะมหาราชาลัย' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 255)
  @Matches(NOT_BLANK)
  name!: string;

  @ApiProperty({ example: 'saraban@school.example.ac.th' })
  @Transform(trimmed)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: RECIPIENT_KINDS })
  @IsIn(RECIPIENT_KINDS)
  kind!: RecipientKind;

  @ApiPropertyOptional({ description: 'The school or agency code (รหัสโรงเรียน)' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(32)
  code?: string;
}

export class UpdateRecipientDto extends PartialType(CreateRecipientDto) {
  @ApiPropertyOptional({ description: 'false deactivates: no longer offered, kept in history' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListRecipientsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Words of the name, e-mail or code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: RECIPIENT_KINDS })
  @IsOptional()
  @IsIn(RECIPIENT_KINDS)
  kind?: RecipientKind;

  @ApiPropertyOptional({ description: 'Include deactivated ones', default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  includeInactive = false;
}

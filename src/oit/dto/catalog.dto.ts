import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CatalogItemFile,
  ITEM_CHANGES,
  ITEM_CODE,
  ItemChange,
  PERIOD_RULES,
  PeriodRule,
} from '../catalog/catalog-format';

/** One item as written in a catalog file (shared/oit/catalog-2565.json). */
export class CatalogItemDto implements CatalogItemFile {
  @ApiProperty({ example: 'O1' })
  @Matches(ITEM_CODE, { message: 'code must look like O1 … O999' })
  code!: string;

  @ApiProperty({ example: 'โครงสร้าง' })
  @IsString()
  @Length(1, 500)
  name_th!: string;

  @ApiProperty({ example: '9' })
  @Matches(/^\d{1,3}$/)
  indicator!: string;

  @ApiProperty({ example: '9.1' })
  @Matches(/^\d{1,3}\.\d{1,3}$/)
  subindicator!: string;

  @ApiProperty({ example: 'ข้อมูลพื้นฐาน' })
  @IsString()
  @Length(1, 255)
  subindicator_name_th!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(255)
  group_th?: string;

  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  evidence_th!: string;

  @ApiProperty({ enum: PERIOD_RULES })
  @IsIn(PERIOD_RULES)
  period!: PeriodRule;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(255)
  period_window_th?: string;

  @ApiPropertyOptional({ example: 'recommended' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  head_approval?: string;

  @ApiPropertyOptional({ example: 2565 })
  @IsOptional()
  @IsInt()
  catalog_year?: number;

  @ApiPropertyOptional({ example: 'url' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  answer_format?: string;

  @ApiPropertyOptional({ example: 'binary-0-100' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  scoring?: string;

  @ApiPropertyOptional({ example: ['O1'], description: "codes of the previous year's list" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(ITEM_CODE, { each: true })
  previous_codes?: string[];

  @ApiPropertyOptional({ enum: ITEM_CHANGES })
  @IsOptional()
  @IsIn(ITEM_CHANGES)
  change?: ItemChange;
}

export class LoadCatalogDto {
  @ApiProperty({ type: [CatalogItemDto], description: 'the items, as in a catalog JSON file' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CatalogItemDto)
  items!: CatalogItemDto[];
}

import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from '../../oit/dto/fiscal-year';

export class OitQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(MIN_FISCAL_YEAR)
  @Max(MAX_FISCAL_YEAR)
  year?: number;

  @IsOptional()
  @IsIn(['confirm', 'reject', 'evidence', 'survey', 'submit', 'catalog'])
  done?: string;
}

export class DecisionFormDto {
  @Type(() => Number)
  @IsInt()
  @Min(MIN_FISCAL_YEAR)
  @Max(MAX_FISCAL_YEAR)
  year!: number;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class SettingsQueryDto {
  @IsOptional()
  @IsIn(['rule', 'unrule', 'assign'])
  done?: string;
}

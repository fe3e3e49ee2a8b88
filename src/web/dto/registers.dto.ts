import { PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { NOT_BLANK } from '../../common/validation/fields';
import { Register, REGISTERS } from '../../registry/register';

/** /registers: which register and year, and the page (of a fixed size). */
export class RegisterQueryDto extends PickType(PageQueryDto, ['page'] as const) {
  @IsOptional()
  @IsIn(REGISTERS)
  register?: Register;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2500)
  @Max(2700)
  year?: number;

  @IsOptional()
  @IsIn(['cancel'])
  done?: string;
}

export class CancelFormDto {
  @IsString()
  @Length(1, 500)
  @Matches(NOT_BLANK)
  reason!: string;
}

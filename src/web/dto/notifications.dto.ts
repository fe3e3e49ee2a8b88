import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { IsPositiveInt } from '../../common/validation/fields';

export class OpenFormDto {
  @IsOptional()
  @Type(() => Number)
  @IsPositiveInt()
  memoId?: number;
}

import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { IsPositiveInt } from '../../common/validation/fields';
import { Register, REGISTERS } from '../register';

/** A register's route parameters, shared by the API and the web pages. */
export class RegisterParams {
  @IsIn(REGISTERS)
  register!: Register;
}

export class RegisterYearParams extends RegisterParams {
  /** Buddhist-era year, e.g. 2569. */
  @Type(() => Number)
  @IsInt()
  @Min(2500)
  @Max(2700)
  year!: number;
}

export class RegisterEntryParams extends RegisterYearParams {
  @Type(() => Number)
  @IsPositiveInt()
  seq!: number;
}

import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_NOTE } from '../../workflow/dto/transition.dto';

/** The confirmation page's form: an optional เกษียน and the page's form token. */
export class ActionFormDto {
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NOTE)
  note?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  _csrf?: string;
}

import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { IsPositiveInt } from '../../common/validation/fields';
import { AsArray, DateInput, ISO_DAY, OptionalNumber } from './form-values';

/** New user, as the form posts it; the org module's CreateUserDto validates the result. */
export class UserFormDto {
  @IsString() @MaxLength(64) username = '';
  @IsString() @MaxLength(256) password = '';
  @IsString() @MaxLength(50) titlePrefix = '';
  @IsString() @MaxLength(100) firstName = '';
  @IsString() @MaxLength(100) lastName = '';
  @IsOptional() @IsString() @MaxLength(255) positionName = '';

  @IsOptional()
  @OptionalNumber()
  @IsPositiveInt()
  groupId?: number;

  @IsOptional()
  @AsArray()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  roles: string[] = [];

  @IsOptional() @IsString() @MaxLength(255) email = '';
}

/** Suspending asks first: the form without `confirmed` shows what it would stop (a11y M10). */
export class ActiveFormDto {
  @IsIn(['0', '1'])
  active!: string;

  @IsOptional() @IsIn(['1']) confirmed?: string;
}

/** An action whose confirmation page adds `confirmed` (revoking a delegation). */
export class ConfirmFormDto {
  @IsOptional() @IsIn(['1']) confirmed?: string;
}

/** A group's head and overseeing deputy; "" clears the post. */
export class GroupFormDto {
  @IsOptional()
  @Matches(/^\d{0,10}$/)
  headUserId = '';

  @IsOptional()
  @Matches(/^\d{0,10}$/)
  deputyUserId = '';
}

export class DelegationFormDto {
  @IsString() @MaxLength(20) kind = '';

  @IsOptional()
  @OptionalNumber()
  @IsPositiveInt()
  delegateUserId?: number;

  /** With kind acting_head: the group whose head's post is delegated. */
  @IsOptional()
  @OptionalNumber()
  @IsPositiveInt()
  groupId?: number;

  @IsOptional()
  @AsArray()
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  documentKinds: string[] = [];

  @IsOptional() @DateInput() @Matches(ISO_DAY) startsAt?: string;
  @IsOptional() @DateInput() @Matches(ISO_DAY) endsAt?: string;
  @IsOptional() @IsString() @MaxLength(255) reference = '';
}

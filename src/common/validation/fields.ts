import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, ValidateIf, ValidationOptions } from 'class-validator';

/** The largest value of the INT columns that hold ids, versions and register numbers. */
export const MAX_ID = 2_147_483_647;

/** Text with something other than white space in it. */
export const NOT_BLANK = /\S/;

/** An id or version as text (route, form): decimal digits, no sign, no leading zero. */
export const DECIMAL_ID = /^[1-9]\d{0,9}$/;

/**
 * A whole number from 1 to MAX_ID. Listed bottom-up, the order in which stacked decorators
 * register, so a 400 lists its messages as it did when each DTO stacked them itself.
 */
export const IsPositiveInt = (options?: ValidationOptions): PropertyDecorator =>
  applyDecorators(Max(MAX_ID, options), Min(1, options), IsInt(options));

/** A required id in a JSON body. */
export const IdField = (doc: ApiPropertyOptions = {}): PropertyDecorator =>
  applyDecorators(IsPositiveInt(), ApiProperty(doc));

/** An id a JSON body may leave out (or send as null). */
export const OptionalIdField = (doc: ApiPropertyOptions = {}): PropertyDecorator =>
  applyDecorators(IsPositiveInt(), IsOptional(), ApiPropertyOptional(doc));

/** The version of a row the caller saw, checked against the row: 409 when stale. */
export const VersionField = (description: string): PropertyDecorator =>
  applyDecorators(IsPositiveInt(), ApiProperty({ description }));

/**
 * A version the client may leave out (the contract's `{ note }`); when given it is checked like
 * any version. `null` is not "left out": IsOptional would let it through unchecked, so only an
 * absent field skips validation.
 */
export const OptionalVersionField = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description: 'The version the caller saw; 409 when stale' }),
    ValidateIf((_: object, value: unknown) => value !== undefined),
    IsPositiveInt(),
  );

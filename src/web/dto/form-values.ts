import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { DECIMAL_ID, IsPositiveInt } from '../../common/validation/fields';
import { parseDateInput } from '../../common/thai/date-input';

/** Empty form fields arrive as ""; they mean "not given". */
export const EmptyAsUndefined = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.trim() === '' ? undefined : value,
  );

/** Repeated fields arrive as a string when there is one and an array when there are more. */
export const AsArray = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    value === undefined ? undefined : Array.isArray(value) ? value : [value],
  );

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date field as typed ("๒๕/๑๒/๒๕๖๙", "25/12/2569 10.30 น.", ISO): reshaped into ISO for the
 * validators that follow; "" is "not given", and text that is no date stays for them to refuse.
 */
export const DateInput = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    if (value.trim() === '') return undefined;
    return parseDateInput(value) ?? value;
  });

/**
 * An optional id field: "" is "not given" (class-transformer's @Type would make it 0); plain
 * decimal digits become the number, and anything else ("0x1", "1e0") stays text for @IsInt to refuse.
 */
export const OptionalNumber = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    value === undefined || (typeof value === 'string' && value.trim() === '')
      ? undefined
      : typeof value === 'string' && DECIMAL_ID.test(value)
        ? Number(value)
        : value,
  );

/**
 * A positive whole number as the page wrote it: plain decimal digits only. `Number()` would also
 * take "0x1", "1e0", " 1" or "1.0" for 1, so a tampered field passed as if the page had sent it;
 * anything else stays a string and fails @IsInt.
 */
export const FormInteger = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && DECIMAL_ID.test(value) ? Number(value) : value,
    ),
    IsPositiveInt(),
  );

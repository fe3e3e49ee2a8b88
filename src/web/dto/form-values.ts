import { Transform } from 'class-transformer';

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

/** `YYYY-MM-DD` from a date input, as the start of that day in Bangkok. */
export const bangkokDayStart = (day: string): Date => new Date(`${day}T00:00:00+07:00`);

export const DAY_MS = 86_400_000;

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An optional number field: "" is "not given" (class-transformer's @Type would make it 0). */
export const OptionalNumber = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    value === undefined || (typeof value === 'string' && value.trim() === '')
      ? undefined
      : Number(value),
  );

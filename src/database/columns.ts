import { Column, ColumnOptions } from 'typeorm';

/** UTC timestamp with milliseconds; the same declaration serves MySQL and SQLite. */
export const TimestampColumn = (options: Omit<ColumnOptions, 'type'> = {}): PropertyDecorator =>
  Column({ type: 'datetime', precision: 3, ...options });

/** Short codes of an enum-like union, stored as varchar so both databases agree. */
export const CodeColumn = (
  length = 32,
  options: Omit<ColumnOptions, 'type'> = {},
): PropertyDecorator => Column({ type: 'varchar', length, ...options });

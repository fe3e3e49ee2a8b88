import { ValidateBy, ValidationOptions } from 'class-validator';

/** MySQL/MariaDB TEXT holds 65,535 bytes; SQLite has no such limit, so the DTO enforces it. */
export const TEXT_COLUMN_BYTES = 65_535;

/** UTF-8 bytes of the JSON a `simple-json` column stores for the value. */
export const storedJsonBytes = (value: unknown): number =>
  Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');

/**
 * The value, stored as JSON, fits a TEXT column: the same input is accepted or refused on the
 * embedded default and on MariaDB, rather than passing one and failing the other.
 */
export const FitsTextColumn = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'fitsTextColumn',
      constraints: [TEXT_COLUMN_BYTES],
      validator: {
        validate: (value: unknown) => storedJsonBytes(value) <= TEXT_COLUMN_BYTES,
        defaultMessage: () =>
          `$property is too long to store: at most $constraint1 bytes of UTF-8 in all (a Thai letter takes 3)`,
      },
    },
    options,
  );

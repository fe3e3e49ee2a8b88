// Checks of an issuance draft that no stock class-validator decorator makes.
import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { MAX_ID } from '../../common/validation/fields';
import { storedJsonBytes, TEXT_COLUMN_BYTES } from '../../common/validation/max-stored-bytes';
import { MEMO_LIMITS } from './memo.limits';

const kindOf = (args: ValidationArguments): unknown => (args.object as { kind?: unknown }).kind;

/** A part of หนังสือภายนอก only (คำขึ้นต้น, สิ่งที่ส่งมาด้วย, …): refused on ประกาศ and คำสั่ง. */
export const OnlyForLetters = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'onlyForLetters',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          value === undefined || (args !== undefined && kindOf(args) === 'letter'),
        defaultMessage: () => '$property is only for kind "letter"',
      },
    },
    options,
  );

const isId = (v: unknown): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_ID;

/** Positive ids, each once, at most `max` of them. */
export const isIdList = (value: unknown, max: number): boolean =>
  Array.isArray(value) &&
  value.length <= max &&
  value.every(isId) &&
  new Set(value).size === value.length;

/** Distinct positive ids, at most MEMO_LIMITS.recipientIds of them. */
export const IdList = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'idList',
      validator: {
        validate: (value: unknown) => isIdList(value, MEMO_LIMITS.recipientIds),
        defaultMessage: () =>
          `$property must be at most ${MEMO_LIMITS.recipientIds} distinct positive integer ids`,
      },
    },
    options,
  );

/** `"all"`, or a list of school ids. */
export const SchoolsField = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'schools',
      validator: {
        validate: (value: unknown) => value === 'all' || isIdList(value, MEMO_LIMITS.recipientIds),
        defaultMessage: () =>
          `$property must be "all" or at most ${MEMO_LIMITS.recipientIds} distinct positive integer ids`,
      },
    },
    options,
  );

/** Rows of text cells, as many as the table's columns, each cell within the limit. */
export const TableRows = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'tableRows',
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const columns = (args?.object as { columns?: unknown }).columns;
          const width = Array.isArray(columns) ? columns.length : -1;
          return (
            Array.isArray(value) &&
            value.length >= 1 &&
            value.length <= MEMO_LIMITS.scheduleRows &&
            value.every(
              (row) =>
                Array.isArray(row) &&
                row.length === width &&
                row.every((c) => typeof c === 'string' && c.length <= MEMO_LIMITS.scheduleCell),
            )
          );
        },
        defaultMessage: () =>
          `$property must be 1 to ${MEMO_LIMITS.scheduleRows} rows, each a list of as many texts ` +
          `as there are columns, each at most ${MEMO_LIMITS.scheduleCell} characters`,
      },
    },
    options,
  );

/**
 * The structured parts (clauses, committees, schedule, closingParagraphs), stored together as
 * JSON, fit one TEXT column: the same draft is accepted or refused on both databases.
 */
export const StructureFits = (
  structureOf: (draft: object) => unknown,
  options?: ValidationOptions,
): PropertyDecorator =>
  ValidateBy(
    {
      name: 'structureFits',
      constraints: [TEXT_COLUMN_BYTES],
      validator: {
        validate: (_: unknown, args?: ValidationArguments) =>
          args === undefined || storedJsonBytes(structureOf(args.object)) <= TEXT_COLUMN_BYTES,
        defaultMessage: () =>
          'clauses, committees, schedule and closingParagraphs are too long to store: at most ' +
          '$constraint1 bytes of UTF-8 together (a Thai letter takes 3)',
      },
    },
    options,
  );

// Column shapes shared by migrations. Once a migration has shipped, its output must not change:
// add new helpers here rather than altering these.
import { TableColumnOptions, TableForeignKeyOptions } from 'typeorm';

export const idColumn = (): TableColumnOptions => ({
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});

export const intColumn = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'int',
  isNullable: nullable,
});

export const varcharColumn = (
  name: string,
  length: number,
  options: { nullable?: boolean; default?: string } = {},
): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: options.nullable ?? false,
  ...(options.default !== undefined ? { default: `'${options.default}'` } : {}),
});

export const textColumn = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'text',
  isNullable: nullable,
});

export const timestampColumn = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});

export const booleanColumn = (name: string, defaultValue: boolean): TableColumnOptions => ({
  name,
  type: 'boolean',
  default: defaultValue ? 1 : 0,
});

export const orgColumn = (): TableColumnOptions => intColumn('org_id');

export const foreignKey = (
  column: string,
  referencedTable: string,
  onDelete: 'RESTRICT' | 'CASCADE' | 'SET NULL' = 'RESTRICT',
): TableForeignKeyOptions => ({
  columnNames: [column],
  referencedTableName: referencedTable,
  referencedColumnNames: ['id'],
  onDelete,
  onUpdate: 'NO ACTION',
});

export const intColumnWithDefault = (name: string, defaultValue: number): TableColumnOptions => ({
  name,
  type: 'int',
  isNullable: false,
  default: defaultValue,
});

export const smallintColumnWithDefault = (
  name: string,
  defaultValue: number,
): TableColumnOptions => ({
  name,
  type: 'smallint',
  isNullable: false,
  default: defaultValue,
});

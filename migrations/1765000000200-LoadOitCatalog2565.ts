import { MigrationInterface, QueryRunner } from 'typeorm';
import catalog from '../src/oit/catalog/2565.json';

const FISCAL_YEAR = 2565;

const ITEM_COLUMNS = [
  'catalog_id',
  'code',
  'sort_order',
  'indicator',
  'subindicator',
  'subindicator_name',
  'name',
  'group_name',
  'evidence_text',
  'period',
  'period_window',
  'head_approval',
  'answer_format',
  'scoring',
  'previous_codes',
] as const;

/** `YYYY-MM-DD HH:MM:SS.mmm` in UTC, which both drivers store in a datetime(3) column. */
const utcDatetime = (date: Date): string => date.toISOString().replace('T', ' ').replace('Z', '');

/**
 * Data, not schema: loads the national OIT list of fiscal year 2565 from its JSON file (kept
 * unchanged in the repository) as the catalog every office starts from. Plain SQL, so that later
 * changes to the entities cannot change what this migration does.
 */
export class LoadOitCatalog25651765000000200 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'INSERT INTO oit_catalog (org_id, fiscal_year, loaded_by_user_id, loaded_at) VALUES (NULL, ?, NULL, ?)',
      [FISCAL_YEAR, utcDatetime(new Date())],
    );
    const rows = (await q.query(
      'SELECT id FROM oit_catalog WHERE org_id IS NULL AND fiscal_year = ?',
      [FISCAL_YEAR],
    )) as Array<{ id: number | string }>;
    const catalogId = Number(rows[0].id);
    const values = catalog.flatMap((item, index) => [
      catalogId,
      item.code,
      index + 1,
      item.indicator,
      item.subindicator,
      item.subindicator_name_th,
      item.name_th,
      item.group_th,
      item.evidence_th,
      item.period,
      item.period_window_th,
      item.head_approval,
      item.answer_format,
      item.scoring,
      '',
    ]);
    const row = `(${ITEM_COLUMNS.map(() => '?').join(', ')})`;
    await q.query(
      `INSERT INTO oit_item (${ITEM_COLUMNS.join(', ')}) VALUES ${catalog.map(() => row).join(', ')}`,
      values,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Items go with their catalog (ON DELETE CASCADE).
    await q.query('DELETE FROM oit_catalog WHERE org_id IS NULL AND fiscal_year = ?', [
      FISCAL_YEAR,
    ]);
  }
}

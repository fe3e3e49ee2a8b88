import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { intColumn } from './lib/columns';

/**
 * An executive's endorsement of an incoming letter may circulate it and assign tasks (issue 20),
 * as an approved memo does: a circulation, its recipients and its tasks belong to a memo or to a
 * letter, so memo_id becomes nullable beside a new incoming_letter_id, each kind unique on its
 * own. Existing rows are memos' and keep their memo_id.
 */
const TABLES = [
  { table: 'circulation', unique: [] as string[] },
  { table: 'circulation_recipient', unique: ['user_id'] },
  { table: 'memo_task', unique: ['task_index'] },
];

/**
 * memo_id made nullable or not. On MariaDB TypeORM reads circulation's one-column unique index
 * on memo_id as the column's own uniqueness and drops it on the change: it is put back, under
 * the name the entity expects.
 */
async function changeMemoId(q: QueryRunner, table: string, nullable: boolean): Promise<void> {
  await q.changeColumn(table, 'memo_id', new TableColumn(intColumn('memo_id', nullable)));
  const kept = (await q.getTable(table))?.indices.some(
    (i) => i.isUnique && i.columnNames[0] === 'memo_id',
  );
  if (!kept)
    await q.createIndex(
      table,
      new TableIndex({ columnNames: ['memo_id', ...uniqueOf(table)], isUnique: true }),
    );
}

const uniqueOf = (table: string): string[] => TABLES.find((t) => t.table === table)?.unique ?? [];

export class AddIncomingLetterToCirculation1769900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    for (const { table, unique } of TABLES) {
      await changeMemoId(q, table, true);
      await q.addColumn(table, new TableColumn(intColumn('incoming_letter_id', true)));
      await q.createIndex(
        table,
        new TableIndex({ columnNames: ['incoming_letter_id', ...unique], isUnique: true }),
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of [...TABLES].reverse()) {
      await q.query(`DELETE FROM ${table} WHERE memo_id IS NULL`);
      const found = await q.getTable(table);
      const index = found?.indices.find((i) => i.columnNames[0] === 'incoming_letter_id');
      if (index) await q.dropIndex(table, index);
      await q.dropColumn(table, 'incoming_letter_id');
      await changeMemoId(q, table, false);
    }
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  countAssignmentsWaiting,
  countLettersWaiting,
} from '../incoming/incoming-queries.repository';
import { countMemosWaiting } from '../memo/memo-queries.repository';
import { Organization } from '../org/organization.entity';

interface CountRow {
  memos: number | string;
  letters: number | string;
  assignments: number | string;
}

/**
 * How many items wait on a person, in one query of three COUNTs: it runs on every page render
 * (the menu's "รอท่าน n"). The conditions are the inbox list's own (MEMO_WAITING_ON and the
 * incoming ones), so the count always equals the list's length.
 */
@Injectable()
export class InboxCountRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async count(orgId: number, userId: number): Promise<number> {
    // FROM the office's own row: a SELECT needs a FROM, and an unknown office counts nothing.
    const row = await this.dataSource
      .createQueryBuilder()
      .select(countMemosWaiting, 'memos')
      .addSelect(countLettersWaiting, 'letters')
      .addSelect(countAssignmentsWaiting, 'assignments')
      .from(Organization, 'o')
      .where('o.id = :orgId')
      .setParameters({ orgId, userId })
      .getRawOne<CountRow>();
    if (!row) return 0;
    // MariaDB answers COUNT(*) as a string (BIGINT), SQLite as a number.
    return Number(row.memos) + Number(row.letters) + Number(row.assignments);
  }
}

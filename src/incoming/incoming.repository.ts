import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import { OrgGroup } from '../org/org-group.entity';
import { User } from '../org/user.entity';
import { IncomingAssignment } from './incoming-assignment.entity';
import { IncomingEndorsement } from './incoming-endorsement.entity';
import { IncomingFile } from './incoming-file.entity';
import { IncomingLetter } from './incoming-letter.entity';
import type { IncomingStatus } from './incoming.enums';

/** What a conditional update of a letter expects to find. */
export interface LetterExpectation {
  version: number;
  statuses?: readonly IncomingStatus[];
}

/** Incoming letters and their files, path and assignments. Every method is scoped by orgId. */
@Injectable()
export class IncomingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private em(tx?: Tx): EntityManager {
    return tx ? managerOf(tx) : this.dataSource.manager;
  }

  insertLetter(tx: Tx, letter: OfficeRow<IncomingLetter>): Promise<IncomingLetter> {
    return managerOf(tx).save(IncomingLetter, letter);
  }

  findLetter(orgId: number, id: number, tx?: Tx): Promise<IncomingLetter | null> {
    return this.em(tx).findOneBy(IncomingLetter, { orgId, id });
  }

  /**
   * Applies `changes` and bumps the version only if the letter is still as the caller saw it.
   * The UPDATE locks the row, so of two actions on the same version exactly one applies.
   */
  async updateIfCurrent(
    tx: Tx,
    orgId: number,
    id: number,
    expect: LetterExpectation,
    changes: Partial<IncomingLetter>,
  ): Promise<boolean> {
    const qb = managerOf(tx)
      .createQueryBuilder()
      .update(IncomingLetter)
      .set({ ...changes, version: () => 'version + 1' })
      .where('org_id = :orgId AND id = :id AND version = :version', {
        orgId,
        id,
        version: expect.version,
      });
    if (expect.statuses) qb.andWhere('status IN (:...statuses)', { statuses: expect.statuses });
    const result = await qb.execute();
    return (result.affected ?? 0) === 1;
  }

  saveFile(tx: Tx, file: OfficeRow<IncomingFile>): Promise<IncomingFile> {
    return managerOf(tx).save(IncomingFile, file);
  }

  files(orgId: number, letterId: number): Promise<IncomingFile[]> {
    return this.em().find(IncomingFile, { where: { orgId, letterId }, order: { id: 'ASC' } });
  }

  findFile(orgId: number, letterId: number, id: number): Promise<IncomingFile | null> {
    return this.em().findOneBy(IncomingFile, { orgId, letterId, id });
  }

  insertEndorsement(tx: Tx, row: OfficeRow<IncomingEndorsement>): Promise<IncomingEndorsement> {
    return managerOf(tx).save(IncomingEndorsement, row);
  }

  endorsements(orgId: number, letterId: number, tx?: Tx): Promise<IncomingEndorsement[]> {
    return this.em(tx).find(IncomingEndorsement, {
      where: { orgId, letterId },
      order: { id: 'ASC' },
    });
  }

  insertAssignment(tx: Tx, row: OfficeRow<IncomingAssignment>): Promise<IncomingAssignment> {
    return managerOf(tx).save(IncomingAssignment, row);
  }

  assignments(orgId: number, letterId: number, tx?: Tx): Promise<IncomingAssignment[]> {
    return this.em(tx).find(IncomingAssignment, {
      where: { orgId, letterId },
      order: { id: 'ASC' },
    });
  }

  /** The assignments of many letters (for the register's การปฏิบัติ column). */
  assignmentsOf(orgId: number, letterIds: number[]): Promise<IncomingAssignment[]> {
    if (letterIds.length === 0) return Promise.resolve([]);
    return this.em().find(IncomingAssignment, {
      where: { orgId, letterId: In(letterIds) },
      order: { id: 'ASC' },
    });
  }

  async updateAssignment(
    tx: Tx,
    orgId: number,
    id: number,
    changes: Partial<IncomingAssignment>,
  ): Promise<void> {
    await managerOf(tx).update(IncomingAssignment, { orgId, id }, changes);
  }

  /** The office's groups among `ids`, with their heads. */
  groups(orgId: number, ids: number[], tx?: Tx): Promise<OrgGroup[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.em(tx).find(OrgGroup, { where: { orgId, id: In(ids) } });
  }

  /** An active person of the office, by username. */
  findActiveUser(orgId: number, username: string, tx?: Tx): Promise<User | null> {
    return this.em(tx).findOneBy(User, { orgId, username, active: true });
  }

  /** Bumps the version and applies `changes` whatever the version; locks the row until commit. */
  async touch(tx: Tx, orgId: number, id: number, changes: Partial<IncomingLetter>): Promise<void> {
    await managerOf(tx)
      .createQueryBuilder()
      .update(IncomingLetter)
      .set({ ...changes, version: () => 'version + 1' })
      .where('org_id = :orgId AND id = :id', { orgId, id })
      .execute();
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { isUniqueViolation } from '../database/database-errors';
import type { OfficeRow } from '../database/office-row';
import { managerOf, Tx } from '../database/tx';
import type { CounterKey, Register } from './register';
import { RegisterCounter } from './register-counter.entity';
import { RegisterEntry } from './register-entry.entity';
import { OutsideDocument } from './outside-document.entity';

/** Register counters and entries. Every method is scoped by orgId; writes take the transaction first. */
@Injectable()
export class RegistryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates the year's counter if missing; safe to race (the unique key decides). */
  async ensureCounter(orgId: number, register: CounterKey, year: number): Promise<void> {
    if (await this.dataSource.manager.existsBy(RegisterCounter, { orgId, register, year })) return;
    try {
      await this.dataSource.manager.insert(RegisterCounter, {
        orgId,
        register,
        year,
        lastNumber: 0,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }

  /**
   * Takes the next number. The UPDATE locks the counter row until the transaction ends, so
   * parallel approvals queue here and a rollback gives the number back: no gaps, no repeats.
   */
  async nextNumber(tx: Tx, orgId: number, register: CounterKey, year: number): Promise<number> {
    const em = managerOf(tx);
    const result = await em.increment(RegisterCounter, { orgId, register, year }, 'lastNumber', 1);
    if (!result.affected)
      throw new Error(`register counter ${register}/${year} missing for org ${orgId}`);
    const counter = await em.findOneByOrFail(RegisterCounter, { orgId, register, year });
    return counter.lastNumber;
  }

  /** The last number a counter issued (0 when none yet): a read, never a lock or an increment. */
  async lastNumber(orgId: number, register: CounterKey, year: number): Promise<number> {
    const counter = await this.dataSource.manager.findOneBy(RegisterCounter, {
      orgId,
      register,
      year,
    });
    return counter?.lastNumber ?? 0;
  }

  saveEntry(tx: Tx, entry: OfficeRow<RegisterEntry>): Promise<RegisterEntry> {
    return managerOf(tx).save(RegisterEntry, entry);
  }

  /**
   * Gives a reserved number to an outside document, once: false when it is no longer reserved
   * (used or cancelled meanwhile).
   */
  async useReserved(
    tx: Tx,
    orgId: number,
    id: number,
    change: Pick<RegisterEntry, 'documentId' | 'subject'>,
  ): Promise<boolean> {
    const result = await managerOf(tx).update(
      RegisterEntry,
      { orgId, id, documentType: 'reserved', cancelledAt: IsNull() },
      { ...change, documentType: 'outside' },
    );
    return result.affected === 1;
  }

  saveOutside(tx: Tx, doc: OfficeRow<OutsideDocument>): Promise<OutsideDocument> {
    return managerOf(tx).save(OutsideDocument, doc);
  }

  findOutside(orgId: number, id: number): Promise<OutsideDocument | null> {
    return this.dataSource.manager.findOneBy(OutsideDocument, { orgId, id });
  }

  findEntry(
    orgId: number,
    register: Register,
    year: number,
    seq: number,
    tx?: Tx,
  ): Promise<RegisterEntry | null> {
    return (tx ? managerOf(tx) : this.dataSource.manager).findOneBy(RegisterEntry, {
      orgId,
      register,
      year,
      seq,
    });
  }

  list(orgId: number, register: Register, year: number, skip: number, take: number) {
    return this.dataSource.manager.findAndCount(RegisterEntry, {
      where: { orgId, register, year },
      order: { seq: 'ASC' },
      skip,
      take,
    });
  }

  listAll(orgId: number, register: Register, year: number): Promise<RegisterEntry[]> {
    return this.dataSource.manager.find(RegisterEntry, {
      where: { orgId, register, year },
      order: { seq: 'ASC' },
    });
  }
}

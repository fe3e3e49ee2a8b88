import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors/domain-error';
import { toCsv } from '../common/http/csv';
import { buddhistYear, formatThaiDate } from '../common/thai/thai-format';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { SECRET_DOCUMENT_TITLE } from '../memo/memo-access';
import { ISSUANCE_KIND_TH, Secrecy } from '../memo/memo.enums';
import { CounterKey, Register, REGISTER_TH } from './register';
import { RegisterEntry, RegisterEntryType } from './register-entry.entity';
import { formatRegisterNumber } from './number-format';
import { RegistryRepository } from './registry.repository';

export interface Registration {
  register: Register;
  documentType: RegisterEntryType;
  documentId: number;
  subject: string;
  secrecy: Secrecy;
  bookCode: string;
  at: Date;
}

@Injectable()
export class RegistryService {
  constructor(
    private readonly repo: RegistryRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly access: AccessService,
  ) {}

  private readonly prepared = new Set<string>();

  /** Call before the transaction that registers, so the counter rows exist to be locked. */
  async prepare(orgId: number, registers: readonly CounterKey[], at: Date): Promise<void> {
    const year = buddhistYear(at);
    const missing = registers.filter((r) => !this.prepared.has(`${orgId}/${r}/${year}`));
    await Promise.all(missing.map((r) => this.repo.ensureCounter(orgId, r, year)));
    for (const r of missing) this.prepared.add(`${orgId}/${r}/${year}`);
  }

  /**
   * The next number of a counter for the year of `at` (prepare it first): for documents that
   * keep their own numbers, such as incoming letters. Never duplicated or skipped.
   */
  nextNumber(tx: Tx, orgId: number, counter: CounterKey, at: Date): Promise<number> {
    return this.repo.nextNumber(tx, orgId, counter, buddhistYear(at));
  }

  /**
   * The number the counter would issue next, to show on a form: it takes nothing, so two clerks
   * may see the same one and the one who saves first gets it.
   */
  async peekNextNumber(orgId: number, counter: CounterKey, at: Date): Promise<number> {
    return (await this.repo.lastNumber(orgId, counter, buddhistYear(at))) + 1;
  }

  async register(tx: Tx, actor: Actor, r: Registration): Promise<RegisterEntry> {
    const year = buddhistYear(r.at);
    const seq = await this.repo.nextNumber(tx, actor.orgId, r.register, year);
    const entry = await this.repo.saveEntry(tx, {
      orgId: actor.orgId,
      register: r.register,
      year,
      seq,
      numberText: formatRegisterNumber(r.register, r.bookCode, seq, year),
      documentType: r.documentType,
      documentId: r.documentId,
      subject: r.subject,
      secrecy: r.secrecy,
      registeredAt: r.at,
      registeredByUserId: actor.userId,
      cancelledAt: null,
      cancelReason: '',
    });
    await this.audit.record(tx, actor, {
      action: 'register.issue',
      entityType: 'register_entry',
      entityId: entry.id,
      data: {
        register: r.register,
        year,
        seq,
        number: entry.numberText,
        documentType: r.documentType,
        documentId: r.documentId,
      },
    });
    return entry;
  }

  /** A reserved number given to an outside document (OutsideNumbers.useReserved). */
  async recordUse(tx: Tx, actor: Actor, entry: RegisterEntry, documentId: number) {
    await this.audit.record(tx, actor, {
      action: 'register.use-reserved',
      entityType: 'register_entry',
      entityId: entry.id,
      data: { register: entry.register, year: entry.year, seq: entry.seq, documentId },
    });
  }

  /** The number stays in the register, marked ยกเลิก; it is never issued again. */
  cancel(actor: Actor, register: Register, year: number, seq: number, reason: string) {
    return this.tx.run(async (tx) => {
      const entry = await this.repo.findEntry(actor.orgId, register, year, seq, tx);
      if (!entry) throw notFound();
      if (entry.cancelledAt) throw new DomainError('REGISTER_ENTRY_CANCELLED');
      entry.cancelledAt = this.clock.now();
      entry.cancelReason = reason;
      await this.repo.saveEntry(tx, entry);
      await this.audit.record(tx, actor, {
        action: 'register.cancel',
        entityType: 'register_entry',
        entityId: entry.id,
        data: { register, year, seq, reason },
      });
      const [visible] = await this.visible(actor, [entry]);
      return toEntryView(visible);
    });
  }

  /** Secret entries keep their number and date; their subject shows to readers only. */
  private visible(actor: Actor, entries: RegisterEntry[]): Promise<RegisterEntry[]> {
    return this.access.hideSecrets(actor, entries, (e) => ({
      ...e,
      subject: SECRET_DOCUMENT_TITLE,
      cancelReason: e.cancelReason && SECRET_DOCUMENT_TITLE,
    }));
  }

  async list(actor: Actor, register: Register, year: number, page: number, pageSize: number) {
    const [items, total] = await this.repo.list(
      actor.orgId,
      register,
      year,
      (page - 1) * pageSize,
      pageSize,
    );
    return {
      register,
      registerName: REGISTER_TH[register],
      year,
      items: (await this.visible(actor, items)).map(toEntryView),
      total,
      page,
      pageSize,
    };
  }

  async csv(actor: Actor, register: Register, year: number): Promise<string> {
    const entries = await this.visible(actor, await this.repo.listAll(actor.orgId, register, year));
    return toCsv(
      ['ลำดับ', 'เลขที่', 'ลงวันที่', 'เรื่อง', 'ประเภทเอกสาร', 'รหัสเอกสาร', 'สถานะ', 'เหตุที่ยกเลิก'],
      entries.map((e) => [
        e.seq,
        e.numberText,
        formatThaiDate(e.registeredAt),
        e.subject,
        DOCUMENT_TYPE_TH[e.documentType] ?? e.documentType,
        e.documentId,
        statusLabel(e),
        e.cancelReason,
      ]),
    );
  }
}

export const toEntryView = (e: RegisterEntry) => ({
  register: e.register,
  year: e.year,
  seq: e.seq,
  number: e.numberText,
  documentType: e.documentType,
  documentId: e.documentId,
  subject: e.subject,
  registeredAt: e.registeredAt,
  cancelled: e.cancelledAt !== null,
  cancelledAt: e.cancelledAt,
  cancelReason: e.cancelReason,
  reserved: e.documentType === 'reserved' && !e.cancelledAt,
  /** A document made outside Saraban: its PDF, for those who see the register. */
  fileUrl:
    e.documentType === 'outside' ? `/api/registers/${e.register}/${e.year}/${e.seq}/file` : null,
  statusLabel: statusLabel(e),
});

/** ปกติ (in use), จอง (reserved, not yet used) or ยกเลิก (cancelled, never reissued). */
export const statusLabel = (e: RegisterEntry): string =>
  e.cancelledAt ? 'ยกเลิก' : e.documentType === 'reserved' ? 'จอง' : 'ปกติ';

/** What a number was given to, in the CSV's ประเภทเอกสาร column (Thai, not the code). */
const DOCUMENT_TYPE_TH: Record<RegisterEntryType, string> = {
  memo: 'บันทึกข้อความ',
  ...ISSUANCE_KIND_TH,
  outside: 'เอกสารนอกระบบ',
  reserved: 'จองเลข',
};

import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors/domain-error';
import { buddhistYear } from '../common/thai/thai-format';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { OrgRepository } from '../org/org.repository';
import { BlobStore, StoredBlob } from '../storage/blob-store';
import { detectFileType, storedFileName } from '../storage/file-types';
import type { UploadedFile } from '../storage/upload';
import { OutsideDocumentDto } from './dto/outside.dto';
import type { Register } from './register';
import type { RegisterEntry } from './register-entry.entity';
import { RegistryRepository } from './registry.repository';
import { RegistryService } from './registry.service';

interface CheckedPdf {
  fileName: string;
  blob: StoredBlob;
}

/**
 * Numbers for what was made outside Saraban: the registry desk registers a paper-signed or
 * Word-typed document with its PDF, or reserves numbers (จอง) to use or cancel later. They come
 * from the same locked counter as approvals, so one register stays one gapless sequence.
 */
@Injectable()
export class OutsideNumbers {
  constructor(
    private readonly registry: RegistryService,
    private readonly repo: RegistryRepository,
    private readonly org: OrgRepository,
    private readonly blobs: BlobStore,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async registerOutside(
    actor: Actor,
    register: Register,
    dto: OutsideDocumentDto,
    upload: UploadedFile | undefined,
  ) {
    const pdf = await this.keepPdf(upload);
    const { now, bookCode } = await this.prepare(actor, register);
    const entry = await this.tx.run(async (tx) => {
      const doc = await this.saveDocument(tx, actor, dto, pdf, now);
      return this.registry.register(tx, actor, {
        register,
        documentType: 'outside',
        documentId: doc.id,
        subject: dto.subject,
        secrecy: 'normal',
        bookCode,
        at: now,
      });
    });
    return toNumberView(entry);
  }

  async reserve(actor: Actor, register: Register, count: number, note = '') {
    const { now, bookCode } = await this.prepare(actor, register);
    const entries = await this.tx.run(async (tx) => {
      const made: RegisterEntry[] = [];
      for (let i = 0; i < count; i++) {
        made.push(
          await this.registry.register(tx, actor, {
            register,
            documentType: 'reserved',
            documentId: 0,
            subject: note,
            secrecy: 'normal',
            bookCode,
            at: now,
          }),
        );
      }
      return made;
    });
    return {
      register,
      year: buddhistYear(now),
      numbers: entries.map((e) => e.numberText),
      seqs: entries.map((e) => e.seq),
    };
  }

  /** A reserved number of `year` (default this year) given to an outside document, once. */
  async useReserved(
    actor: Actor,
    register: Register,
    seq: number,
    dto: OutsideDocumentDto,
    upload: UploadedFile | undefined,
  ) {
    const year = dto.year ?? buddhistYear(this.clock.now());
    const entry = await this.repo.findEntry(actor.orgId, register, year, seq);
    if (!entry) throw notFound();
    if (entry.cancelledAt) throw new DomainError('REGISTER_ENTRY_CANCELLED');
    if (entry.documentType !== 'reserved') throw new DomainError('REGISTER_ENTRY_NOT_RESERVED');
    const pdf = await this.keepPdf(upload);
    const now = this.clock.now();
    return this.tx.run(async (tx) => {
      const doc = await this.saveDocument(tx, actor, dto, pdf, now);
      const change = { documentId: doc.id, subject: dto.subject };
      if (!(await this.repo.useReserved(tx, actor.orgId, entry.id, change)))
        throw new DomainError('REGISTER_ENTRY_NOT_RESERVED');
      await this.registry.recordUse(tx, actor, entry, doc.id);
      return toNumberView(entry);
    });
  }

  /** The outside document's PDF, for those who see the register. */
  async file(actor: Actor, register: Register, year: number, seq: number) {
    const entry = await this.repo.findEntry(actor.orgId, register, year, seq);
    if (!entry || entry.documentType !== 'outside') throw notFound();
    const doc = await this.repo.findOutside(actor.orgId, entry.documentId);
    if (!doc) throw notFound();
    return { bytes: await this.blobs.get(doc.sha256), fileName: doc.fileName };
  }

  private async prepare(actor: Actor, register: Register) {
    const now = this.clock.now();
    const office = await this.org.findOrganization(actor.orgId);
    if (!office) throw notFound();
    await this.registry.prepare(actor.orgId, [register], now);
    return { now, bookCode: office.bookCode };
  }

  /** PDF only; the bytes are kept first (an unreferenced blob is harmless, a row without one not). */
  private async keepPdf(upload: UploadedFile | undefined): Promise<CheckedPdf> {
    if (!upload || upload.size === 0) throw new DomainError('ATTACHMENT_MISSING');
    const type = detectFileType(upload.buffer, upload.originalname);
    if (type?.contentType !== 'application/pdf') throw new DomainError('OUTSIDE_FILE_NOT_PDF');
    return {
      fileName: storedFileName(upload.originalname, type),
      blob: await this.blobs.put(upload.buffer),
    };
  }

  private saveDocument(tx: Tx, actor: Actor, dto: OutsideDocumentDto, pdf: CheckedPdf, at: Date) {
    return this.repo.saveOutside(tx, {
      orgId: actor.orgId,
      subject: dto.subject,
      toLine: dto.to,
      documentDate: dto.date,
      fileName: pdf.fileName,
      size: pdf.blob.size,
      sha256: pdf.blob.sha256,
      registeredByUserId: actor.userId,
      createdAt: at,
    });
  }
}

const toNumberView = (e: Pick<RegisterEntry, 'register' | 'year' | 'seq' | 'numberText'>) => ({
  register: e.register,
  year: e.year,
  seq: e.seq,
  number: e.numberText,
});

import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError } from '../common/errors/domain-error';
import { buddhistYear, thaiNumeral } from '../common/thai/thai-format';
import { searchableText } from '../common/thai/thai-words';
import { TransactionRunner, Tx } from '../database/transaction-runner';
import { URGENCIES } from '../memo/memo.enums';
import { refuseTopSecret } from '../memo/memo-drafting';
import { RegistryService } from '../registry/registry.service';
import { BlobStore, StoredBlob } from '../storage/blob-store';
import { detectFileType, storedFileName } from '../storage/file-types';
import type { UploadedFile } from '../storage/upload';
import { ReceiveIncomingDto } from './dto/incoming.dto';
import type { IncomingLetter } from './incoming-letter.entity';
import { IncomingLetters, letterText } from './incoming-letters';
import { IncomingRepository } from './incoming.repository';

interface CheckedFile {
  file: UploadedFile;
  fileName: string;
  mimeType: string;
}

/** ลงรับ: the registry desk numbers a letter in the incoming register and keeps its files. */
@Injectable()
export class ReceiveIncoming {
  constructor(
    private readonly repo: IncomingRepository,
    private readonly letters: IncomingLetters,
    private readonly registry: RegistryService,
    private readonly blobs: BlobStore,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async receive(actor: Actor, dto: ReceiveIncomingDto, upload?: UploadedFile) {
    const secrecy = refuseTopSecret(dto.secrecy);
    const checked = upload ? checkFile(upload) : null;
    const now = this.clock.now();
    await this.registry.prepare(actor.orgId, ['incoming'], now);
    // Bytes first: a stored blob nobody references is harmless; a row without its bytes is not.
    const blob = checked ? await this.blobs.put(checked.file.buffer) : null;
    const letter = await this.tx.run(async (tx) => {
      const seq = await this.registry.nextNumber(tx, actor.orgId, 'incoming', now);
      const urgency = dto.urgency ?? 'normal';
      const saved = await this.repo.insertLetter(tx, {
        orgId: actor.orgId,
        year: buddhistYear(now),
        receiveNumber: seq,
        fromAgency: dto.fromAgency,
        theirNumber: dto.theirNumber,
        theirDate: dto.theirDate,
        subject: dto.subject,
        toLine: dto.to ?? '',
        urgency,
        urgencyRank: URGENCIES.indexOf(urgency),
        secrecy,
        status: 'received',
        version: 1,
        receivedByUserId: actor.userId,
        receivedAt: now,
        waitingOnUserId: null,
        waitingSince: null,
        dueAt: null,
        searchText: searchableText(dto.subject, dto.fromAgency, dto.theirNumber),
        updatedAt: now,
      });
      const text = letterText(saved, { subject: saved.subject, fromAgency: saved.fromAgency });
      await this.letters.record(
        tx,
        actor,
        saved,
        'incoming.receive',
        { urgency, secrecy, ...text },
        { before: null, after: 1 },
      );
      if (checked && blob) await this.saveFile(tx, actor, saved, checked, blob);
      return saved;
    });
    return {
      id: letter.id,
      receiveNumber: thaiNumeral(letter.receiveNumber),
      year: letter.year,
      receivedAt: letter.receivedAt,
      status: letter.status,
      version: letter.version,
    };
  }

  /** Another file of the letter (a scan, an enclosure), by the registry desk. */
  async addFile(actor: Actor, id: number, upload: UploadedFile | undefined) {
    if (!upload) throw new DomainError('ATTACHMENT_MISSING');
    const checked = checkFile(upload);
    await this.letters.load(actor, id);
    const blob = await this.blobs.put(checked.file.buffer);
    return this.tx.run(async (tx) => {
      const letter = await this.letters.load(actor, id, tx);
      return this.saveFile(tx, actor, letter, checked, blob);
    });
  }

  private async saveFile(
    tx: Tx,
    actor: Actor,
    letter: IncomingLetter,
    checked: CheckedFile,
    blob: StoredBlob,
  ) {
    const file = await this.repo.saveFile(tx, {
      orgId: actor.orgId,
      letterId: letter.id,
      fileName: checked.fileName,
      mimeType: checked.mimeType,
      size: blob.size,
      sha256: blob.sha256,
      uploadedByUserId: actor.userId,
      createdAt: this.clock.now(),
    });
    const data = { attachmentId: file.id, sha256: blob.sha256, size: blob.size };
    await this.letters.record(
      tx,
      actor,
      letter,
      'incoming.file',
      { ...data, ...letterText(letter, { fileName: checked.fileName }) },
      { before: letter.version, after: letter.version },
    );
    return {
      id: file.id,
      fileName: file.fileName,
      mimeType: file.mimeType,
      size: file.size,
      sha256: file.sha256,
    };
  }
}

/** The same detection and limits as memo attachments: PDF, images, office documents. */
function checkFile(file: UploadedFile): CheckedFile {
  if (file.size === 0) throw new DomainError('ATTACHMENT_MISSING');
  const type = detectFileType(file.buffer, file.originalname);
  if (!type) throw new DomainError('ATTACHMENT_TYPE_REFUSED');
  return { file, fileName: storedFileName(file.originalname, type), mimeType: type.contentType };
}

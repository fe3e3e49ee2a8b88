import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { Clock } from '../common/clock';
import { DomainError, notFound } from '../common/errors/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { BlobStore } from '../storage/blob-store';
import { assertAuthorMay } from './memo-lifecycle';
import { detectFileType, storedFileName } from '../storage/file-types';
import type { UploadedFile } from '../storage/upload';
import { MemoRepository } from './memo.repository';
import { MemoService } from './memo.service';

@Injectable()
export class AttachmentService {
  constructor(
    private readonly memos: MemoService,
    private readonly repo: MemoRepository,
    private readonly blobs: BlobStore,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async add(actor: Actor, memoId: number, file: UploadedFile | undefined) {
    if (!file || file.size === 0) throw new DomainError('ATTACHMENT_MISSING');
    const type = detectFileType(file.buffer, file.originalname);
    if (!type) throw new DomainError('ATTACHMENT_TYPE_REFUSED');
    const fileName = storedFileName(file.originalname, type);
    const mimeType = type.contentType;
    await this.memos.load(actor, memoId);
    // Bytes first: a stored blob nobody references is harmless; a row without its bytes is not.
    const blob = await this.blobs.put(file.buffer);
    const saved = await this.tx.run(async (tx) => {
      const { memo } = await this.memos.load(actor, memoId, tx);
      assertAuthorMay(actor, memo, 'edit');
      const attachment = await this.repo.saveAttachment(tx, {
        orgId: actor.orgId,
        memoId,
        fileName,
        mimeType,
        size: blob.size,
        sha256: blob.sha256,
        uploadedByUserId: actor.userId,
        createdAt: this.clock.now(),
      });
      await this.audit.record(tx, actor, {
        action: 'memo.attach',
        entityType: 'memo',
        entityId: memoId,
        data: { attachmentId: attachment.id, fileName, sha256: blob.sha256, size: blob.size },
      });
      return attachment;
    });
    return { id: saved.id, fileName, mimeType, size: saved.size, sha256: saved.sha256 };
  }

  async remove(actor: Actor, memoId: number, attachmentId: number): Promise<void> {
    await this.tx.run(async (tx) => {
      const { memo } = await this.memos.load(actor, memoId, tx);
      assertAuthorMay(actor, memo, 'edit');
      if (!(await this.repo.deleteAttachment(tx, actor.orgId, memoId, attachmentId)))
        throw notFound();
      await this.audit.record(tx, actor, {
        action: 'memo.detach',
        entityType: 'memo',
        entityId: memoId,
        data: { attachmentId },
      });
    });
  }

  async download(actor: Actor, memoId: number, attachmentId: number) {
    await this.memos.load(actor, memoId);
    const attachment = await this.repo.findAttachment(actor.orgId, memoId, attachmentId);
    if (!attachment) throw notFound();
    const bytes = await this.blobs.get(attachment.sha256);
    // Every stored attachment passed detection; names stored before storedFileName are made
    // safe on the way out too.
    const type = detectFileType(bytes, attachment.fileName);
    if (!type) throw notFound();
    return {
      attachment: { ...attachment, fileName: storedFileName(attachment.fileName, type) },
      bytes,
    };
  }
}

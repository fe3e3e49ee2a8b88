import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { TransactionRunner } from '../../database/transaction-runner';
import { BlobStore } from '../../storage/blob-store';
import type { FileEvidenceDto, WebEvidenceDto } from '../dto/link.dto';
import { OitRepository } from '../oit.repository';
import { toEvidenceView } from '../oit.views';
import { contentDisposition, detectFileType } from '../../storage/file-types';

export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/** Evidence that is not an approved memo: files (O1's chart) and web pages (O8's Q&A). */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly repo: OitRepository,
    private readonly blobs: BlobStore,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async registerWeb(actor: Actor, dto: WebEvidenceDto) {
    const now = this.clock.now();
    const saved = await this.tx.run((tx) =>
      this.repo.saveEvidence(
        {
          orgId: actor.orgId,
          kind: 'web',
          documentId: null,
          title: dto.title,
          body: '',
          number: '',
          documentDate: dto.date ?? now,
          url: dto.url,
          createdByUserId: actor.userId,
          createdAt: now,
        },
        tx,
      ),
    );
    return toEvidenceView(saved, this.config.publicBaseUrl);
  }

  async registerFile(actor: Actor, file: UploadedFile | undefined, dto: FileEvidenceDto) {
    if (!file || file.size === 0) throw new DomainError('OIT_FILE_MISSING');
    const fileName = file.originalname.slice(0, 255);
    const type = detectFileType(file.buffer, fileName);
    if (!type) throw new DomainError('OIT_FILE_TYPE_REFUSED');
    const stored = await this.blobs.put(file.buffer);
    const now = this.clock.now();
    const saved = await this.tx.run((tx) =>
      this.repo.saveEvidence(
        {
          orgId: actor.orgId,
          kind: 'file',
          documentId: null,
          title: dto.title,
          body: '',
          number: '',
          documentDate: dto.date ?? now,
          sha256: stored.sha256,
          fileName,
          contentType: type.contentType,
          size: stored.size,
          createdByUserId: actor.userId,
          createdAt: now,
        },
        tx,
      ),
    );
    return toEvidenceView(saved, this.config.publicBaseUrl);
  }

  async show(actor: Actor, id: number) {
    const evidence = await this.repo.findEvidence(actor.orgId, id);
    if (!evidence) throw notFound();
    const links = await this.repo.linksOfEvidence(actor.orgId, id);
    return {
      ...toEvidenceView(evidence, this.config.publicBaseUrl),
      links: links.map((l) => ({
        id: l.id,
        code: l.itemCode,
        fiscalYear: l.fiscalYear,
        status: l.status,
      })),
    };
  }

  /** A published file by its hash: only files registered as OIT evidence are served. */
  async publishedFile(sha256: string) {
    const evidence = await this.repo.findPublishedFile(sha256);
    if (!evidence?.sha256) throw notFound();
    const bytes = await this.blobs.get(evidence.sha256);
    const type = detectFileType(bytes, evidence.fileName ?? '');
    if (!type) throw notFound();
    return {
      bytes,
      contentType: type.contentType,
      disposition: contentDisposition(
        type.inline,
        evidence.fileName ?? `evidence.${type.extension}`,
      ),
    };
  }
}

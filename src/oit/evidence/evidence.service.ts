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
import { contentDisposition, detectFileType, storedFileName } from '../../storage/file-types';
import type { UploadedFile } from '../../storage/upload';
import type { PublicView } from '../publication/public-view';
import { fromThaiDigits, toThaiDigits } from '../../common/thai/thai-format';
import { EvidenceSearchRepository } from './evidence-search.repository';

/** Frozen snapshots never change, so which files each one shows is remembered; a few suffice. */
const SNAPSHOTS_REMEMBERED = 64;
const SEARCH_TERMS = 6;
const SEARCH_RESULTS = 20;

/** The words typed, each with its digits in both scripts (a title may use either). */
const searchTerms = (text: string): string[][] =>
  text
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, SEARCH_TERMS)
    .map((term) => [...new Set([term, toThaiDigits(term), fromThaiDigits(term)])]);

/** Evidence that is not an approved memo: files (O1's chart) and web pages (O8's Q&A). */
@Injectable()
export class EvidenceService {
  private readonly snapshotFiles = new Map<string, Set<string>>();

  constructor(
    private readonly repo: OitRepository,
    private readonly blobs: BlobStore,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly search: EvidenceSearchRepository,
  ) {}

  /** Approved, non-secret documents of the office whose title or number has every word typed. */
  async findDocuments(actor: Actor, text: string) {
    const terms = searchTerms(text);
    if (terms.length === 0) return [];
    const rows = await this.search.findDocuments(actor.orgId, terms, SEARCH_RESULTS);
    return rows.map((e) => ({
      documentType: e.kind,
      documentId: e.documentId!,
      title: e.title,
      number: e.number,
      date: e.documentDate,
    }));
  }

  async registerWeb(actor: Actor, dto: WebEvidenceDto) {
    const now = this.clock.now();
    const saved = await this.tx.run((tx) =>
      this.repo.saveEvidence(tx, {
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
      }),
    );
    return toEvidenceView(saved, this.config.publicBaseUrl);
  }

  async registerFile(actor: Actor, file: UploadedFile | undefined, dto: FileEvidenceDto) {
    if (!file || file.size === 0) throw new DomainError('OIT_FILE_MISSING');
    const type = detectFileType(file.buffer, file.originalname);
    if (!type) throw new DomainError('OIT_FILE_TYPE_REFUSED');
    const fileName = storedFileName(file.originalname, type);
    const stored = await this.blobs.put(file.buffer);
    const now = this.clock.now();
    const saved = await this.tx.run((tx) =>
      this.repo.saveEvidence(tx, {
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
      }),
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

  /**
   * A file by its hash, only while a public page shows it: confirmed for an item of a year not
   * yet submitted, or in the snapshot a submission froze. Anything else is 404, as is an unknown
   * hash, so the route tells nothing about unpublished files.
   */
  async publishedFile(sha256: string) {
    const rows = await this.repo.findPublishedFileAcrossOffices(sha256);
    const shown = await this.firstShown(rows, sha256);
    if (!shown) throw notFound();
    const bytes = await this.blobs.get(sha256);
    const type = detectFileType(bytes, shown.fileName ?? '');
    if (!type) throw notFound();
    return {
      bytes,
      contentType: type.contentType,
      // Names stored before storedFileName are made safe on the way out too.
      disposition: contentDisposition(type.inline, storedFileName(shown.fileName ?? '', type)),
    };
  }

  private async firstShown<T extends { snapshotSha256: string | null }>(
    rows: T[],
    sha256: string,
  ): Promise<T | null> {
    for (const row of rows) {
      if (row.snapshotSha256 === null) return row;
      if ((await this.filesOfSnapshot(row.snapshotSha256)).has(sha256)) return row;
    }
    return null;
  }

  /** The file hashes a frozen public page lists (the same JSON the page is rendered from). */
  private async filesOfSnapshot(snapshotSha256: string): Promise<Set<string>> {
    const known = this.snapshotFiles.get(snapshotSha256);
    if (known) return known;
    const view = JSON.parse((await this.blobs.get(snapshotSha256)).toString('utf8')) as PublicView;
    const files = new Set(
      view.items.flatMap((i) => i.evidence.flatMap((e) => (e.sha256 ? [e.sha256] : []))),
    );
    if (this.snapshotFiles.size >= SNAPSHOTS_REMEMBERED) this.snapshotFiles.clear();
    this.snapshotFiles.set(snapshotSha256, files);
    return files;
  }
}

import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { notFound } from '../common/errors/domain-error';
import type { Tx } from '../database/transaction-runner';
import type { Secrecy } from '../memo/memo.enums';
import type { RegisteredDocumentType } from '../registry/register-entry.entity';
import { BlobStore, sha256Hex } from '../storage/blob-store';
import { SealedDocument } from './sealed-document.entity';
import { SealingRepository } from './sealing.repository';
import { newVerifyCode, normalizeVerifyCode } from './verify-code';

export interface SealSpec {
  orgId: number;
  documentType: RegisteredDocumentType;
  documentId: number;
  numberText: string;
  subject: string;
  secrecy: Secrecy;
  signerName: string;
  signerPosition: string;
  signedAt: Date;
}

/**
 * Sealed documents: a verification code fixed at approval, then the PDF rendered once and kept
 * under its SHA-256, so every later download returns the very same bytes.
 */
@Injectable()
export class SealingService {
  constructor(
    private readonly repo: SealingRepository,
    private readonly blobs: BlobStore,
    private readonly config: AppConfig,
  ) {}

  verifyUrl(code: string): string {
    return `${this.config.publicBaseUrl}/verify/${code}`;
  }

  publicPdfUrl(code: string): string {
    return `${this.verifyUrl(code)}/pdf`;
  }

  async create(tx: Tx, spec: SealSpec): Promise<SealedDocument> {
    let verifyCode = newVerifyCode();
    while (await this.repo.codeExistsAcrossOffices(verifyCode, tx)) verifyCode = newVerifyCode();
    return this.repo.insert(tx, {
      ...spec,
      verifyCode,
      sha256: null,
      size: null,
      snapshotSha256: null,
    });
  }

  find(orgId: number, documentType: RegisteredDocumentType, documentId: number, tx?: Tx) {
    return this.repo.find(orgId, documentType, documentId, tx);
  }

  /** In the approval's transaction: what the sealed PDF will print, frozen as a blob. */
  async freeze(tx: Tx, seal: SealedDocument, snapshot: Buffer): Promise<void> {
    const stored = await this.blobs.put(snapshot);
    await this.repo.setSnapshot(tx, seal.orgId, seal.id, stored.sha256);
  }

  /** The frozen snapshot's bytes, or null for seals made before snapshots existed. */
  async snapshot(seal: SealedDocument): Promise<Buffer | null> {
    return seal.snapshotSha256 ? this.blobs.get(seal.snapshotSha256) : null;
  }

  /** Keeps the PDF's bytes (content-addressed: a duplicate write is harmless). */
  keep(pdf: Buffer) {
    return this.blobs.put(pdf);
  }

  /**
   * Records the kept PDF as the seal's, in the caller's transaction; false when the seal
   * already had one (another worker sealed first: theirs stands).
   */
  recordHash(tx: Tx, seal: SealedDocument, stored: { sha256: string; size: number }) {
    return this.repo.storeHash(tx, seal.orgId, seal.id, stored.sha256, stored.size);
  }

  async info(orgId: number, documentType: RegisteredDocumentType, documentId: number) {
    const seal = await this.repo.find(orgId, documentType, documentId);
    return (
      seal && {
        verifyCode: seal.verifyCode,
        sha256: seal.sha256,
        verifyUrl: this.verifyUrl(seal.verifyCode),
      }
    );
  }

  /** The sealed bytes, checked against the recorded hash. */
  async bytes(seal: SealedDocument): Promise<Buffer> {
    if (!seal.sha256) throw notFound();
    const pdf = await this.blobs.get(seal.sha256);
    if (sha256Hex(pdf) !== seal.sha256)
      throw new Error(`sealed PDF ${seal.id} does not match its hash`);
    return pdf;
  }

  async byCode(code: string): Promise<SealedDocument> {
    const normalized = normalizeVerifyCode(code);
    const seal = normalized ? await this.repo.findByCodeAcrossOffices(normalized) : null;
    if (!seal) throw notFound();
    return seal;
  }
}

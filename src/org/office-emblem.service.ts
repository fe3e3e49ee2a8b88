import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { DomainError } from '../common/errors/domain-error';
import { TransactionRunner, type Tx } from '../database/transaction-runner';
import { checkEmblem, emblemType, type EmblemImage } from '../rendering/assets/emblem-image';
import {
  DocumentRenderer,
  type OfficeEmblem,
  type OfficeEmblemState,
} from '../rendering/document-renderer';
import { BlobStore } from '../storage/blob-store';
import type { UploadedFile } from '../storage/upload';
import { OrgRepository } from './org.repository';

/** What the admin page and the API say of an office's emblem. */
export interface EmblemStatus {
  state: OfficeEmblemState;
  /** The uploaded emblem's blob; null when the server's default prints. */
  sha256: string | null;
  /** An approval would be refused now (production, placeholder). */
  sealingRefused: boolean;
}

/** An image to send: the office's own, or the server's default. */
export interface EmblemFile {
  body: Buffer;
  contentType: string;
  state: OfficeEmblemState;
}

/**
 * Sent with the image: an SVG opened on its own runs nothing and loads nothing, even if one
 * slipped past the upload's checks.
 */
export const EMBLEM_IMAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** Emblems are immutable blobs: a few kept in memory spare a read from storage per render. */
const CACHED_EMBLEMS = 32;

/**
 * The office's own Garuda (ตราครุฑ), uploaded by its administrator (issue 21, R3): checked as
 * an image of the right proportions, stored as a content-addressed blob, named on the
 * organization row, audited. Documents of the office print it; without one they print the
 * server's default (EMBLEM_FILE, else the placeholder). Replaced blobs are never deleted:
 * sealed documents frozen with them must print the same when rendered again.
 */
@Injectable()
export class OfficeEmblemService {
  private readonly cache = new Map<string, EmblemImage>();

  constructor(
    private readonly repo: OrgRepository,
    private readonly blobs: BlobStore,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly renderer: DocumentRenderer,
  ) {}

  /** Checks the upload (400 with an EMBLEM_* code), stores it and makes it the office's. */
  async upload(actor: Actor, file: UploadedFile | undefined): Promise<EmblemStatus> {
    if (!file || file.buffer.length === 0) throw new DomainError('EMBLEM_MISSING');
    const contentType = checkEmblem(file.buffer);
    // Bytes first: a stored blob nobody names is harmless; a name without its bytes is not.
    const blob = await this.blobs.put(file.buffer);
    await this.tx.run(async (tx) => {
      const replaced = await this.repo.emblemOf(actor.orgId, tx);
      await this.repo.setEmblem(tx, actor.orgId, blob.sha256);
      await this.record(tx, actor, 'emblem.upload', {
        sha256: blob.sha256,
        size: blob.size,
        contentType,
        replaced,
      });
    });
    return this.status(actor.orgId);
  }

  /** Back to the server's default; nothing is recorded when there was nothing to remove. */
  async remove(actor: Actor): Promise<EmblemStatus> {
    await this.tx.run(async (tx) => {
      const removed = await this.repo.emblemOf(actor.orgId, tx);
      if (removed === null) return;
      await this.repo.setEmblem(tx, actor.orgId, null);
      await this.record(tx, actor, 'emblem.remove', { sha256: removed });
    });
    return this.status(actor.orgId);
  }

  async status(orgId: number): Promise<EmblemStatus> {
    const sha256 = await this.repo.emblemOf(orgId);
    return {
      state: this.renderer.officeEmblemState(sha256 !== null),
      sha256,
      sealingRefused: this.renderer.sealingRefused(sha256 !== null),
    };
  }

  /** The image the office's documents print now: its own, or the server's default. */
  async file(orgId: number): Promise<EmblemFile> {
    const emblem = await this.forOffice(orgId);
    const state = this.renderer.officeEmblemState(emblem !== null);
    return emblem ? { ...emblem, state } : { ...this.renderer.defaultEmblem(), state };
  }

  /**
   * In an approval's transaction: the emblem its documents are sealed with (the blob, or null
   * for the server's default). Throws EMBLEM_PLACEHOLDER (503) where sealing is refused.
   */
  async forSealing(orgId: number, tx: Tx): Promise<string | null> {
    const sha256 = await this.repo.emblemOf(orgId, tx);
    this.renderer.assertSealable(sha256 !== null);
    return sha256;
  }

  /** The office's uploaded emblem for a render, or null for the server's default. */
  async forOffice(orgId: number): Promise<OfficeEmblem> {
    const sha256 = await this.repo.emblemOf(orgId);
    return sha256 === null ? null : this.bySha(sha256);
  }

  /** An emblem a sealed document was frozen with, by its blob. */
  async bySha(sha256: string): Promise<EmblemImage> {
    const cached = this.cache.get(sha256);
    if (cached) return cached;
    const body = await this.blobs.get(sha256);
    const emblem: EmblemImage = { sha256, body, contentType: emblemType(body) };
    if (this.cache.size >= CACHED_EMBLEMS) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(sha256, emblem);
    return emblem;
  }

  private record(tx: Tx, actor: Actor, action: string, data: Record<string, unknown>) {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'organization',
      entityId: actor.orgId,
      data,
    });
  }
}

import { createHash } from 'node:crypto';
import { notFound } from '../common/errors/domain-error';
import { ComponentHealth } from '../health/health-registry';

const SHA256 = /^[0-9a-f]{64}$/;

export interface StoredBlob {
  sha256: string;
  size: number;
}

export const sha256Hex = (bytes: Buffer): string =>
  createHash('sha256').update(bytes).digest('hex');

/** A blob's name as every driver files it: `blobs/<first two hex digits>/<sha256>`. */
export function blobKey(sha256: string): string {
  if (!SHA256.test(sha256)) throw notFound();
  return `blobs/${sha256.slice(0, 2)}/${sha256}`;
}

/**
 * The port to where files are kept (StorageModule picks the driver from STORAGE): content
 * addressed, so the name is the SHA-256 of the bytes, a stored file cannot change and the same
 * upload is kept once. Names never come from users; an unknown or malformed name is notFound().
 */
export abstract class BlobStore {
  /** Stores the bytes under their SHA-256; storing them again changes nothing. */
  abstract put(bytes: Buffer): Promise<StoredBlob>;

  /** The bytes named `sha256`; notFound() when there are none. */
  abstract get(sha256: string): Promise<Buffer>;

  abstract exists(sha256: string): Promise<boolean>;

  /** Run once at start-up: what the driver needs before the first put (a folder, a bucket). */
  abstract prepare(): Promise<void>;

  /** For /api/health: whether files can be stored right now. */
  abstract health(): Promise<ComponentHealth>;

  /** At shutdown: lets go of connections (the S3 client's sockets). */
  close(): Promise<void> {
    return Promise.resolve();
  }
}

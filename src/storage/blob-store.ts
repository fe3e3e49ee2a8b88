import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Global, Injectable, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { notFound } from '../common/errors/domain-error';

const SHA256 = /^[0-9a-f]{64}$/;

export interface StoredBlob {
  sha256: string;
  size: number;
}

export const sha256Hex = (bytes: Buffer): string =>
  createHash('sha256').update(bytes).digest('hex');

/**
 * Content-addressed files under DATA_DIR/blobs: the name is the SHA-256 of the bytes, so a
 * stored file cannot change and the same upload is kept once. Names never come from users.
 */
@Injectable()
export class BlobStore {
  constructor(private readonly config: AppConfig) {}

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw notFound();
    return join(this.config.dataDir, 'blobs', sha256.slice(0, 2), sha256);
  }

  async put(bytes: Buffer): Promise<StoredBlob> {
    const sha256 = sha256Hex(bytes);
    const path = this.pathOf(sha256);
    if (!(await this.exists(sha256))) {
      await mkdir(join(path, '..'), { recursive: true });
      const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temp, bytes, { mode: 0o640 });
      await rename(temp, path);
    }
    return { sha256, size: bytes.length };
  }

  async get(sha256: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(sha256));
    } catch {
      throw notFound();
    }
  }

  async exists(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }
}

@Global()
@Module({ providers: [BlobStore], exports: [BlobStore] })
export class StorageModule {}

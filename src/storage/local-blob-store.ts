import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { notFound } from '../common/errors/domain-error';
import { ComponentHealth } from '../health/health-registry';
import { BlobStore, blobKey, sha256Hex, StoredBlob } from './blob-store';

/** The default driver: files under DATA_DIR/blobs/<aa>/<sha256> on this machine's disk. */
export class LocalBlobStore extends BlobStore {
  constructor(private readonly dataDir: string) {
    super();
  }

  private pathOf(sha256: string): string {
    return join(this.dataDir, blobKey(sha256));
  }

  async put(bytes: Buffer): Promise<StoredBlob> {
    const sha256 = sha256Hex(bytes);
    const path = this.pathOf(sha256);
    if (!(await this.exists(sha256))) {
      await mkdir(dirname(path), { recursive: true });
      // Written aside then renamed, so a reader never sees half a file under its final name.
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

  async prepare(): Promise<void> {
    await mkdir(join(this.dataDir, 'blobs'), { recursive: true });
  }

  /** Up while the blobs folder is writable (the error code only: the path is not public). */
  async health(): Promise<ComponentHealth> {
    return access(join(this.dataDir, 'blobs'), constants.W_OK).then(
      () => ({ up: true, details: { driver: 'local' } }),
      (error: NodeJS.ErrnoException) => ({
        up: false,
        details: { driver: 'local', error: error.code ?? 'unknown' },
      }),
    );
  }
}

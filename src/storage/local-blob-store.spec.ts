import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../common/errors/domain-error';
import { sha256Hex } from './blob-store';
import { LocalBlobStore } from './local-blob-store';

const notFound = expect.objectContaining({ code: 'NOT_FOUND' }) as DomainError;
const MALFORMED = ['../../etc/passwd', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(64)}/x`, ''];

describe('LocalBlobStore', () => {
  let dir: string;
  let store: LocalBlobStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saraban-blobs-'));
    store = new LocalBlobStore(dir);
    await store.prepare();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('files bytes under blobs/<aa>/<sha256>, readable by the owner and group only', async () => {
    const bytes = Buffer.from('บันทึกข้อความ');
    const stored = await store.put(bytes);
    const sha256 = sha256Hex(bytes);
    expect(stored).toEqual({ sha256, size: bytes.length });
    const path = join(dir, 'blobs', sha256.slice(0, 2), sha256);
    expect(readFileSync(path)).toEqual(bytes);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'blobs', sha256.slice(0, 2)))).toEqual([sha256]); // no .tmp
    expect(await store.exists(sha256)).toBe(true);
    expect(await store.get(sha256)).toEqual(bytes);
  });

  it('writes the same bytes once', async () => {
    const bytes = Buffer.from('same');
    const { sha256 } = await store.put(bytes);
    const path = join(dir, 'blobs', sha256.slice(0, 2), sha256);
    const before = statSync(path);
    await Promise.all([store.put(bytes), store.put(bytes)]);
    const after = statSync(path);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('answers notFound for an unknown name and for names that are not a SHA-256', async () => {
    const unknown = sha256Hex(Buffer.from('never stored'));
    expect(await store.exists(unknown)).toBe(false);
    await expect(store.get(unknown)).rejects.toEqual(notFound);
    // A file placed beside the store under a traversal name is not reachable.
    writeFileSync(join(dir, 'secret'), 'x');
    for (const name of [...MALFORMED, '../secret', '../../secret']) {
      await expect(store.get(name)).rejects.toEqual(notFound);
      await expect(store.exists(name)).rejects.toEqual(notFound);
    }
  });

  it('is healthy while its folder exists, and says why not otherwise', async () => {
    expect(await store.health()).toEqual({ up: true, details: { driver: 'local' } });
    await rm(join(dir, 'blobs'), { recursive: true });
    expect(await store.health()).toEqual({
      up: false,
      details: { driver: 'local', error: 'ENOENT' },
    });
  });
});

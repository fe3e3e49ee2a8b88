// The S3 driver against a real S3-compatible server (OpenStack Swift with s3api on loopback):
// the same contract as the local disk, and what only a remote store can get wrong.
import '../support/env.sqlite'; // the app-level check: an embedded database in a fresh DATA_DIR
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DomainError } from '../../src/common/errors/domain-error';
import { blobKey, sha256Hex } from '../../src/storage/blob-store';
import { BlobIntegrityError, S3BlobStore } from '../../src/storage/s3-blob-store';
import type { S3Settings } from '../../src/storage/s3-blob-store';
import type { TestApp } from '../support/app';
import {
  bucketExists,
  describeWithS3,
  dropBucket,
  freshBucket,
  listKeys,
  objectExists,
  rawClient,
} from './support/s3';

jest.setTimeout(60_000);

const isNotFound = (error: unknown): boolean =>
  error instanceof DomainError && error.code === 'NOT_FOUND' && error.status === 404;

describeWithS3('S3 blob store on a real S3-compatible server', (settings) => {
  let raw: S3Client;
  let store: S3BlobStore;
  const buckets: string[] = [];
  const stores: S3BlobStore[] = [];
  const storeOn = (over: Partial<S3Settings> = {}): S3BlobStore => {
    const made = new S3BlobStore({ ...settings, ...over });
    stores.push(made);
    buckets.push(made.bucket);
    return made;
  };

  beforeAll(async () => {
    raw = rawClient(settings);
    store = storeOn();
    await store.prepare();
  });
  afterAll(async () => {
    for (const bucket of new Set(buckets)) await dropBucket(raw, bucket);
    await Promise.all(stores.map((s) => s.close()));
    raw.destroy();
  });

  it('stores bytes under blobs/<aa>/<sha256> and gives them back', async () => {
    const bytes = Buffer.from(`%PDF-1.7 บันทึกข้อความ ${randomBytes(8).toString('hex')}`);
    const stored = await store.put(bytes);
    expect(stored).toEqual({ sha256: sha256Hex(bytes), size: bytes.length });
    expect(blobKey(stored.sha256)).toBe(`blobs/${stored.sha256.slice(0, 2)}/${stored.sha256}`);
    expect(await objectExists(raw, store.bucket, blobKey(stored.sha256))).toBe(true);
    expect(await store.exists(stored.sha256)).toBe(true);
    expect(Buffer.compare(await store.get(stored.sha256), bytes)).toBe(0);
  });

  it('round-trips a 5 MB file and an empty one in single requests', async () => {
    for (const bytes of [randomBytes(5 * 1024 * 1024), Buffer.alloc(0)]) {
      const { sha256 } = await store.put(bytes);
      expect(Buffer.compare(await store.get(sha256), bytes)).toBe(0);
    }
  });

  it('writes the same bytes once however often and however concurrently they are put', async () => {
    const bytes = randomBytes(4096);
    const sha256 = sha256Hex(bytes);
    const lastModified = async () =>
      (await raw.send(new HeadObjectCommand({ Bucket: store.bucket, Key: blobKey(sha256) })))
        .LastModified;
    const results = await Promise.all(Array.from({ length: 6 }, () => store.put(bytes)));
    const first = await lastModified();
    // S3 dates have one-second resolution: a rewrite after this pause would show.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    results.push(...(await Promise.all([store.put(bytes), store.put(bytes)])));
    expect(new Set(results.map((r) => r.sha256))).toEqual(new Set([sha256]));
    expect(await listKeys(raw, store.bucket, `blobs/${sha256.slice(0, 2)}/`)).toEqual([
      blobKey(sha256),
    ]);
    expect(await lastModified()).toEqual(first);
  });

  it('answers 404 for a well-formed name it does not hold', async () => {
    const unknown = sha256Hex(randomBytes(32));
    expect(await store.exists(unknown)).toBe(false);
    const error: unknown = await store.get(unknown).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
  });

  it('refuses malformed names before any request (the endpoint here answers nothing)', async () => {
    // Port 1 on loopback refuses connections: a request would fail with a network error, and
    // only after the SDK's retries, not with NOT_FOUND at once.
    const offline = storeOn({ endpoint: 'http://127.0.0.1:1' });
    const names = ['../../etc/passwd', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(64)}/x`, ''];
    for (const name of names) {
      for (const call of [() => offline.get(name), () => offline.exists(name)]) {
        const error: unknown = await call().catch((e: unknown) => e);
        expect(isNotFound(error)).toBe(true);
      }
    }
    // ...whereas a well-formed name does reach the (absent) server.
    const reached: unknown = await offline.exists('a'.repeat(64)).catch((e: unknown) => e);
    expect(reached).toBeInstanceOf(Error);
    expect(isNotFound(reached)).toBe(false);
  });

  it('refuses to serve an object whose bytes were changed behind its back', async () => {
    const bytes = Buffer.from(`sealed ${randomBytes(8).toString('hex')}`);
    const { sha256 } = await store.put(bytes);
    const tampered = Buffer.from(bytes);
    tampered[0] ^= 0x01;
    await raw.send(
      new PutObjectCommand({ Bucket: store.bucket, Key: blobKey(sha256), Body: tampered }),
    );
    await expect(store.get(sha256)).rejects.toBeInstanceOf(BlobIntegrityError);
    await raw.send(
      new PutObjectCommand({ Bucket: store.bucket, Key: blobKey(sha256), Body: bytes.subarray(1) }),
    );
    await expect(store.get(sha256)).rejects.toThrow(/refused/);
  });

  it('relies on a server that refuses a body its Content-MD5 does not match', async () => {
    const sent = raw.send(
      new PutObjectCommand({
        Bucket: store.bucket,
        Key: 'blobs/md5-check',
        Body: Buffer.from('what was sent'),
        ContentMD5: createHash('md5').update('what was meant').digest('base64'),
      }),
    );
    await expect(sent).rejects.toMatchObject({ name: 'BadDigest' });
    expect(await objectExists(raw, store.bucket, 'blobs/md5-check')).toBe(false);
  });

  it('creates its bucket at start-up when missing, and starts again on the existing one', async () => {
    const fresh = storeOn({ bucket: freshBucket() });
    expect(await bucketExists(raw, fresh.bucket)).toBe(false);
    expect((await fresh.health()).up).toBe(false);
    // Without its bucket the store is out of order (a 500), not a store of unknown files.
    const outage: unknown = await fresh.get('a'.repeat(64)).catch((e: unknown) => e);
    expect(outage).toMatchObject({ name: 'NoSuchBucket' });
    await fresh.prepare();
    expect(await bucketExists(raw, fresh.bucket)).toBe(true);
    await fresh.prepare();
    const { sha256 } = await fresh.put(Buffer.from('first file'));
    expect((await fresh.get(sha256)).toString()).toBe('first file');
    expect(await fresh.health()).toEqual({
      up: true,
      details: { driver: 's3', bucket: fresh.bucket },
    });
  });

  it('fails start-up clearly with wrong credentials, and reports an unreachable store down', async () => {
    const wrong = storeOn({ secretAccessKey: 'not-the-secret' });
    await expect(wrong.prepare()).rejects.toThrow(/S3 storage: bucket .* is not usable/);
    const offline = storeOn({ endpoint: 'http://127.0.0.1:1' });
    const health = await offline.health();
    expect(health.up).toBe(false);
    expect(JSON.stringify(health.details)).not.toContain('127.0.0.1');
  });

  describe('the application with STORAGE=s3', () => {
    let t: TestApp;
    const appBucket = freshBucket();
    const dataDir = process.env.DATA_DIR ?? '';

    beforeAll(async () => {
      buckets.push(appBucket);
      Object.assign(process.env, {
        STORAGE: 's3',
        S3_ENDPOINT: settings.endpoint,
        S3_REGION: settings.region,
        S3_BUCKET: appBucket,
        S3_ACCESS_KEY_ID: settings.accessKeyId,
        S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
      });
      // Imported now: the configuration is read when the app module loads.
      const { createTestApp } = await import('../support/app');
      t = await createTestApp();
    });
    afterAll(() => t?.close());

    it('keeps an uploaded attachment in the bucket, not in DATA_DIR', async () => {
      const { createOffice, loginAll } = await import('../support/factories');
      const { bearer, memoBody } = await import('../support/memos');
      const office = await createOffice(t);
      const { officer } = await loginAll(t, office, ['officer']);
      const pdf = Buffer.from(`%PDF-1.4\n% ${randomBytes(8).toString('hex')}\n%%EOF\n`);
      const draft = await t.http().post('/api/memos').set(bearer(officer)).send(memoBody());
      const url = `/api/memos/${draft.body.id}/attachments`;
      const up = await t
        .http()
        .post(url)
        .set(bearer(officer))
        .attach('file', pdf, 'แนบ.pdf')
        .expect(201);

      expect(await objectExists(raw, appBucket, blobKey(sha256Hex(pdf)))).toBe(true);
      expect(existsSync(join(dataDir, 'blobs'))).toBe(false);
      const down = await t
        .http()
        .get(`${url}/${up.body.id}`)
        .set(bearer(officer))
        .buffer(true)
        .expect(200);
      expect(Buffer.compare(down.body as Buffer, pdf)).toBe(0);
    });

    it('reports the bucket in /api/health', async () => {
      const health = await t.http().get('/api/health').expect(200);
      expect(health.body.info.storage).toEqual({
        status: 'up',
        driver: 's3',
        bucket: appBucket,
      });
    });
  });
});

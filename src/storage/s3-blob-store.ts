import { createHash } from 'node:crypto';
import {
  BucketLocationConstraint,
  CreateBucketCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { notFound } from '../common/errors/domain-error';
import { ComponentHealth } from '../health/health-registry';
import { BlobStore, blobKey, sha256Hex, StoredBlob } from './blob-store';

export interface S3Settings {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/** Bytes read back from the store that are not the bytes the name promises. */
export class BlobIntegrityError extends Error {
  constructor(sha256: string, actual: string) {
    super(`stored object ${sha256} holds bytes hashing to ${actual}; refused`);
    this.name = 'BlobIntegrityError';
  }
}

const HEALTH_TIMEOUT_MS = 3000;

/**
 * The SDK's error for a missing key (HEAD answers a bare 404, named NotFound, also when the bucket
 * is missing). A missing bucket on GET stays a 500: it is an outage, not an unknown file.
 */
const isMissing = (error: unknown): boolean =>
  error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound');

const md5Base64 = (bytes: Buffer): string => createHash('md5').update(bytes).digest('base64');

/**
 * Files in an S3-compatible bucket under `blobs/<aa>/<sha256>`, shared by every instance.
 * Written for what third-party servers (Swift's s3api, Ceph, MinIO) accept: path-style URLs, no
 * SDK checksums unless required (newer SDKs send CRC32 headers and aws-chunked bodies that they
 * refuse), no conditional PutObject (IfNoneMatch: 501 on Swift). The server checks Content-MD5 on
 * the way in; the SHA-256 is checked here on the way out, so a changed object is never served.
 */
export class S3BlobStore extends BlobStore {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    super();
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: {
        accessKeyId: settings.accessKeyId,
        secretAccessKey: settings.secretAccessKey,
      },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    });
  }

  get bucket(): string {
    return this.settings.bucket;
  }

  // Content addressed: two instances racing between HeadObject and PutObject write the same bytes.
  async put(bytes: Buffer): Promise<StoredBlob> {
    const sha256 = sha256Hex(bytes);
    if (!(await this.exists(sha256))) {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: blobKey(sha256),
          Body: bytes,
          ContentLength: bytes.length,
          ContentMD5: md5Base64(bytes),
          ContentType: 'application/octet-stream',
        }),
      );
    }
    return { sha256, size: bytes.length };
  }

  async get(sha256: string): Promise<Buffer> {
    const Key = blobKey(sha256);
    let bytes: Buffer;
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key }));
      if (!out.Body) throw notFound();
      bytes = Buffer.from(await out.Body.transformToByteArray());
    } catch (error) {
      // A missing object is the caller's 404; an unreachable store stays a 500.
      if (isMissing(error)) throw notFound();
      throw error;
    }
    const actual = sha256Hex(bytes);
    if (actual !== sha256) throw new BlobIntegrityError(sha256, actual);
    return bytes;
  }

  async exists(sha256: string): Promise<boolean> {
    const Key = blobKey(sha256);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** Creates the bucket when it is missing (a fresh test server, a first deployment). */
  async prepare(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
      return;
    } catch (error) {
      if (!isMissing(error)) throw this.startupError(error);
    }
    const location =
      this.settings.region === 'us-east-1'
        ? undefined
        : { LocationConstraint: this.settings.region as BucketLocationConstraint };
    try {
      await this.client.send(
        new CreateBucketCommand({ Bucket: this.bucket, CreateBucketConfiguration: location }),
      );
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      if (name === 'BucketAlreadyOwnedByYou' || name === 'BucketAlreadyExists') return;
      throw this.startupError(error);
    }
  }

  /** Up while HeadBucket answers within 3 s; the error's name only (the endpoint is private). */
  async health(): Promise<ComponentHealth> {
    const details = { driver: 's3', bucket: this.bucket };
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }), {
        abortSignal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
      });
      return { up: true, details };
    } catch (error) {
      return { up: false, details: { ...details, error: (error as Error).name } };
    }
  }

  override close(): Promise<void> {
    this.client.destroy();
    return Promise.resolve();
  }

  private startupError(error: unknown): Error {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return new Error(
      `S3 storage: bucket ${this.bucket} at ${this.settings.endpoint} is not usable ` +
        `(ใช้ที่เก็บไฟล์ S3 ไม่ได้): ${reason}`,
      { cause: error },
    );
  }
}

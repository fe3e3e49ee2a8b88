// The S3 server of the scale tier (scripts/swift-s3/start.sh, started by scripts/test-all.js),
// named by S3_* in the environment; and an SDK client of its own to look behind the store's back.
import { randomBytes } from 'node:crypto';
import {
  DeleteBucketCommand,
  DeleteObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import type { S3Settings } from '../../../src/storage/s3-blob-store';

/** A bucket name no other run uses: S3_BUCKET (test-all.js makes one per run) plus a suffix. */
export const freshBucket = (): string =>
  `${process.env.S3_BUCKET ?? 'saraban-test'}-${randomBytes(4).toString('hex')}`.slice(0, 63);

function settingsFromEnv(): S3Settings | undefined {
  const env = process.env;
  if (!env.S3_ENDPOINT || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) return undefined;
  return {
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION ?? 'us-east-1',
    bucket: freshBucket(),
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false',
  };
}

/**
 * describe() with the server's settings (a fresh bucket each); without S3_ENDPOINT a loud skip,
 * or under CI a failure: the tier is required there.
 */
export function describeWithS3(title: string, body: (settings: S3Settings) => void): void {
  const settings = settingsFromEnv();
  if (settings) {
    describe(title, () => body(settings));
    return;
  }
  const why =
    'S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not set: run `npm run test:all`, ' +
    'or `set -a; eval "$(bash scripts/swift-s3/start.sh)"; set +a`';
  if (process.env.CI) {
    describe(title, () => {
      it('has an S3 server (required under CI)', () => {
        throw new Error(why);
      });
    });
    return;
  }
  console.warn(`\n${'!'.repeat(78)}\n!!! ${title}: SKIPPED\n!!! ${why}\n${'!'.repeat(78)}\n`);
  describe.skip(title, () => it.skip(why, () => undefined));
}

/** A client like the store's, for checks and tampering the store must not know about. */
export function rawClient(s: S3Settings): S3Client {
  return new S3Client({
    endpoint: s.endpoint,
    region: s.region,
    forcePathStyle: s.forcePathStyle,
    credentials: { accessKeyId: s.accessKeyId, secretAccessKey: s.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export async function bucketExists(client: S3Client, bucket: string): Promise<boolean> {
  return client.send(new HeadBucketCommand({ Bucket: bucket })).then(
    () => true,
    (error: Error) => {
      if (error.name === 'NotFound' || error.name === 'NoSuchBucket') return false;
      throw error;
    },
  );
}

export async function objectExists(client: S3Client, bucket: string, key: string) {
  return client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
    () => true,
    (error: Error) => {
      if (error.name === 'NotFound') return false;
      throw error;
    },
  );
}

export async function listKeys(client: S3Client, bucket: string, prefix = ''): Promise<string[]> {
  const out = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (out.Contents ?? []).map((o) => o.Key ?? '');
}

/** Empties and deletes a bucket, one DeleteObject at a time (DeleteObjects needs Content-MD5). */
export async function dropBucket(client: S3Client, bucket: string): Promise<void> {
  if (!(await bucketExists(client, bucket))) return;
  for (const key of await listKeys(client, bucket)) {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  }
  await client.send(new DeleteBucketCommand({ Bucket: bucket }));
}

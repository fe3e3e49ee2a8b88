import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import { validateEnvironment } from '../config/environment';
import { LocalBlobStore } from './local-blob-store';
import { S3BlobStore } from './s3-blob-store';
import { blobStoreFrom } from './storage.module';

describe('the storage driver', () => {
  const configOf = (raw: Record<string, string>) =>
    new AppConfig(new ConfigService(validateEnvironment(raw)));
  const s3 = {
    STORAGE: 's3',
    S3_ENDPOINT: 'http://127.0.0.1:8080',
    S3_BUCKET: 'saraban-files',
    S3_ACCESS_KEY_ID: 'test:tester',
    S3_SECRET_ACCESS_KEY: 'testing',
  };
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'saraban-data-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is the data folder unless STORAGE=s3', async () => {
    expect(blobStoreFrom(configOf({ DATA_DIR: dir }))).toBeInstanceOf(LocalBlobStore);
    const remote = blobStoreFrom(configOf({ DATA_DIR: dir, ...s3 }));
    expect(remote).toBeInstanceOf(S3BlobStore);
    expect((remote as S3BlobStore).bucket).toBe('saraban-files');
    await remote.close();
  });
});

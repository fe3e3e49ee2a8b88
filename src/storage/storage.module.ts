import { Global, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { HealthRegistry } from '../health/health-registry';
import { BlobStore } from './blob-store';
import { LocalBlobStore } from './local-blob-store';
import { S3BlobStore, S3Settings } from './s3-blob-store';

/** S3_* from the configuration; validateEnvironment already refused STORAGE=s3 without them. */
export function s3SettingsFrom(config: AppConfig): S3Settings {
  const required = (
    key: 'S3_ENDPOINT' | 'S3_BUCKET' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY',
  ) => {
    const value = config.get(key);
    if (!value) throw new Error(`${key} is required when STORAGE=s3`);
    return value;
  };
  return {
    endpoint: required('S3_ENDPOINT'),
    region: config.get('S3_REGION'),
    bucket: required('S3_BUCKET'),
    accessKeyId: required('S3_ACCESS_KEY_ID'),
    secretAccessKey: required('S3_SECRET_ACCESS_KEY'),
    forcePathStyle: config.get('S3_FORCE_PATH_STYLE') === 'true',
  };
}

/** The driver STORAGE names: the data folder (the default) or an S3-compatible bucket. */
export function blobStoreFrom(config: AppConfig): BlobStore {
  return config.get('STORAGE') === 's3'
    ? new S3BlobStore(s3SettingsFrom(config))
    : new LocalBlobStore(config.dataDir);
}

/** Inject BlobStore; which driver stands behind it is configuration. */
@Global()
@Module({
  providers: [{ provide: BlobStore, inject: [AppConfig], useFactory: blobStoreFrom }],
  exports: [BlobStore],
})
export class StorageModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly blobs: BlobStore,
    private readonly health: HealthRegistry,
  ) {}

  // Fails start-up when the bucket cannot be reached or made: better than a 500 on first upload.
  async onModuleInit(): Promise<void> {
    await this.blobs.prepare();
    this.health.register('storage', () => this.blobs.health());
  }

  onApplicationShutdown(): Promise<void> {
    return this.blobs.close();
  }
}

import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  Validate,
  ValidateIf,
} from 'class-validator';
import { isSet, S3SettingsConstraint } from './s3-settings';

export const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

/** The settings for more than one instance (README "Running more than one instance"). */
export class ScaleOutSettings {
  /**
   * Redis for BullMQ (redis://host:6379/0): with it, what a state change sets off runs on worker
   * processes (`node dist/src/worker.js`) and sign-in failures are counted across instances.
   * Without it everything runs in this process (the embedded default).
   */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must look like redis://host:6379/0' })
  REDIS_URL?: string;

  /** Set by src/worker.ts: a worker takes jobs off the queues and owns Chromium. */
  @IsIn(['api', 'worker'])
  SARABAN_ROLE: 'api' | 'worker' = 'api';

  /** How long a preview waits for a worker before 503 RENDERER_BUSY (with REDIS_URL). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(120_000)
  RENDER_WAIT_MS = 15_000;

  /** Where files are kept: the data folder (local) or an S3-compatible object store (s3). */
  @IsIn(['local', 's3'])
  @Validate(S3SettingsConstraint)
  STORAGE: 'local' | 's3' = 'local';

  @ValidateIf(isSet)
  @IsUrl({ require_tld: false, require_protocol: true })
  S3_ENDPOINT?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @ValidateIf(isSet)
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a bucket name' })
  S3_BUCKET?: string;

  @ValidateIf(isSet)
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf(isSet)
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** Path-style addressing (http://host/bucket/key), which Swift, Ceph and MinIO expect. */
  @IsIn(['true', 'false'])
  S3_FORCE_PATH_STYLE: 'true' | 'false' = 'true';
}

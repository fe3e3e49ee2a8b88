import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  Validate,
  validateSync,
} from 'class-validator';
import { toInt } from './scale-out-settings';
import { LineSettings } from './line-settings';
import { TrustProxyConstraint } from './trust-proxy';

/** Every setting Saraban reads from the environment, validated once at start-up. */
export class Environment extends LineSettings {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^(mysql|mariadb):\/\/.+/, {
    message: 'DATABASE_URL must look like mysql://user:pass@host:3306/db (or mariadb://…)',
  })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = './data';

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS = 900;

  @IsString()
  @MinLength(8)
  DEMO_PASSWORD = 'saraban-demo';

  /** Seed the demo office (published password): unset means yes, except in production. */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'SEED_DEMO must be true or false' })
  SEED_DEMO?: 'true' | 'false';

  /** express `trust proxy` (src/config/trust-proxy.ts): which hops may name the client. */
  @IsString()
  @Validate(TrustProxyConstraint)
  TRUST_PROXY = 'false';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_THROTTLE_LIMIT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  LOGIN_THROTTLE_TTL_MS = 60_000;

  @IsOptional()
  @IsString()
  PUPPETEER_EXECUTABLE_PATH?: string;

  @IsOptional()
  @IsString()
  RENDER_CHROMIUM_PATH?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(16)
  RENDER_CONCURRENCY = 2;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  // A page prints more slowly the more documents it has printed (16 → 23 ms a document between
  // the 200th and the 1,400th); a new page costs about 40 ms (bench/README.md `pdf`).
  RENDER_RECYCLE_AFTER = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  RENDER_TIMEOUT_MS = 20_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  RENDER_QUEUE_LIMIT = 64;

  @IsOptional()
  @IsString()
  OFFICIAL_FONT_FILE?: string;

  /** CSS size-adjust (percent) for OFFICIAL_FONT_FILE: 100 for TH Sarabun New/PSK files. */
  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(200)
  OFFICIAL_FONT_SIZE_ADJUST = 100;

  @IsOptional()
  @IsString()
  EMBLEM_FILE?: string;

  /**
   * Production refuses to seal documents printed with the placeholder emblem (no EMBLEM_FILE);
   * true allows it, e.g. for a demo server.
   */
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'ALLOW_PLACEHOLDER_EMBLEM must be true or false' })
  ALLOW_PLACEHOLDER_EMBLEM?: 'true' | 'false';

  /** More words the documents never break across lines, one a line (templates/words). */
  @IsOptional()
  @IsString()
  DOCUMENT_WORDS_FILE?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must look like smtp://user:pass@host:587' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'saraban@localhost';

  /** How long a one-tap approval link in an e-mail works, unless used or overtaken sooner. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(720)
  ACTION_LINK_TTL_HOURS = 72;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

  /** Suggestions scoring at or above this confirm themselves; above 1 turns auto-confirm off. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? Number(value) : value))
  @IsNumber()
  @Min(0)
  @Max(1.01)
  OIT_AUTO_CONFIRM_SCORE = 0.9;

  /** How often the outbox looks for events a crash or a failure left undelivered. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  OUTBOX_POLL_MS = 1_000;

  /** How often the scheduler looks for reminders and escalations that are due; 0: never. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  REMINDER_POLL_MS = 60_000;
}

/**
 * Demo people carry a published password, so they belong to a demo only: never seeded in
 * production unless SEED_DEMO=true declares a demo server. Also read by scripts/up.js.
 */
export function demoSeedingAllowed(env: Pick<Environment, 'NODE_ENV' | 'SEED_DEMO'>): boolean {
  if (env.SEED_DEMO !== undefined) return env.SEED_DEMO === 'true';
  return env.NODE_ENV !== 'production';
}

/** Used by ConfigModule: fails start-up with every problem listed, in one message. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) =>
      Object.values(e.constraints ?? {}).map((m) => `  - ${e.property}: ${m}`),
    );
    throw new Error(`Invalid configuration (การตั้งค่าไม่ถูกต้อง):\n${lines.join('\n')}`);
  }
  return env;
}

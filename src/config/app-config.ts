import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { demoSeedingAllowed, Environment } from './environment';
import { parseTrustProxy, TrustProxy } from './trust-proxy';

type Key = keyof Environment;

/** Typed, validated settings. Code reads configuration only through this class (STYLE.md #8). */
@Injectable()
export class AppConfig {
  private jwtSecretCache?: string;

  constructor(private readonly config: ConfigService<Environment, true>) {}

  get<K extends Key>(key: K): Environment[K] {
    return this.config.get(key, { infer: true });
  }

  get isProduction(): boolean {
    return this.get('NODE_ENV') === 'production';
  }

  get dataDir(): string {
    const dir = resolve(this.get('DATA_DIR'));
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** Whether the demo office may be seeded here (see demoSeedingAllowed). */
  get demoSeedingAllowed(): boolean {
    return demoSeedingAllowed({ NODE_ENV: this.get('NODE_ENV'), SEED_DEMO: this.get('SEED_DEMO') });
  }

  /** express `trust proxy`; the value was validated at start-up. */
  get trustProxy(): TrustProxy {
    const parsed = parseTrustProxy(this.get('TRUST_PROXY'));
    if (parsed instanceof Error) throw parsed;
    return parsed;
  }

  get publicBaseUrl(): string {
    return this.get('PUBLIC_BASE_URL') ?? `http://localhost:${this.get('PORT')}`;
  }

  /**
   * JWT_SECRET when set; otherwise a random secret kept in DATA_DIR so that a restart of the
   * quick-start server keeps sessions. Production must set JWT_SECRET.
   */
  get jwtSecret(): string {
    this.jwtSecretCache ??= this.get('JWT_SECRET') ?? this.localJwtSecret();
    return this.jwtSecretCache;
  }

  private localJwtSecret(): string {
    if (this.isProduction) {
      throw new Error('JWT_SECRET is required when NODE_ENV=production (ต้องตั้งค่า JWT_SECRET)');
    }
    const file = join(this.dataDir, '.jwt-secret');
    if (!existsSync(file)) {
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    }
    return readFileSync(file, 'utf8').trim();
  }
}

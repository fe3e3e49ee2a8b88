import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';
import { rendererOptionsFrom } from './renderer-options';

const allowed = (env: Record<string, string>): boolean | undefined =>
  rendererOptionsFrom(new AppConfig(new ConfigService(env))).placeholderEmblemAllowed;

describe('sealing with the placeholder emblem', () => {
  it('is allowed outside production', () => {
    expect(allowed({ NODE_ENV: 'development' })).toBe(true);
  });

  it('is refused in production unless allowed, and allowed on a declared demo server', () => {
    expect(allowed({ NODE_ENV: 'production' })).toBe(false);
    expect(allowed({ NODE_ENV: 'production', ALLOW_PLACEHOLDER_EMBLEM: 'true' })).toBe(true);
    expect(allowed({ NODE_ENV: 'production', SEED_DEMO: 'true' })).toBe(true);
    expect(
      allowed({ NODE_ENV: 'production', SEED_DEMO: 'true', ALLOW_PLACEHOLDER_EMBLEM: 'false' }),
    ).toBe(false);
  });
});

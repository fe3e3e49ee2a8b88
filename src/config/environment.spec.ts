import { demoSeedingAllowed, validateEnvironment } from './environment';
import { parseTrustProxy } from './trust-proxy';

describe('TRUST_PROXY', () => {
  it.each([
    ['', false],
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
    ['192.168.1.10,fd00::/8,uniquelocal', ['192.168.1.10', 'fd00::/8', 'uniquelocal']],
    ['10.0.0.0/255.0.0.0', ['10.0.0.0/255.0.0.0']],
  ])('reads %j as express’s %j', (raw, expected) => {
    expect(parseTrustProxy(raw)).toEqual(expected);
    expect(validateEnvironment({ TRUST_PROXY: raw }).TRUST_PROXY).toBe(raw);
  });

  it.each([
    'true',
    'yes',
    '10.0.0.0/33',
    '::1/129',
    'proxy.example',
    '1.2.3',
    '99',
    '10.0.0.1/8/1',
  ])('refuses %j at start-up', (raw) => {
    expect(parseTrustProxy(raw)).toBeInstanceOf(Error);
    expect(() => validateEnvironment({ TRUST_PROXY: raw })).toThrow(/TRUST_PROXY must be/);
  });

  it('is off unless set', () => {
    expect(validateEnvironment({}).TRUST_PROXY).toBe('false');
  });
});

describe('demo seeding', () => {
  it('seeds outside production unless SEED_DEMO=false', () => {
    expect(demoSeedingAllowed({ NODE_ENV: 'development' })).toBe(true);
    expect(demoSeedingAllowed({ NODE_ENV: 'test' })).toBe(true);
    expect(demoSeedingAllowed({ NODE_ENV: 'development', SEED_DEMO: 'false' })).toBe(false);
  });

  it('seeds in production only when SEED_DEMO=true asks for a demo server', () => {
    expect(demoSeedingAllowed({ NODE_ENV: 'production' })).toBe(false);
    expect(demoSeedingAllowed({ NODE_ENV: 'production', SEED_DEMO: 'false' })).toBe(false);
    expect(demoSeedingAllowed({ NODE_ENV: 'production', SEED_DEMO: 'true' })).toBe(true);
  });

  it('refuses a SEED_DEMO that is neither true nor false', () => {
    expect(() => validateEnvironment({ SEED_DEMO: 'yes' })).toThrow(/SEED_DEMO must be/);
  });
});

describe('STORAGE', () => {
  const s3 = {
    STORAGE: 's3',
    S3_ENDPOINT: 'http://127.0.0.1:8080',
    S3_BUCKET: 'saraban-files',
    S3_ACCESS_KEY_ID: 'test:tester',
    S3_SECRET_ACCESS_KEY: 'testing',
  };

  it('is the local disk unless set', () => {
    expect(validateEnvironment({}).STORAGE).toBe('local');
    expect(validateEnvironment(s3).STORAGE).toBe('s3');
  });

  it('refuses to start with STORAGE=s3 and no endpoint, bucket or keys, naming each', () => {
    const keys = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'];
    const error = (() => {
      try {
        validateEnvironment({ STORAGE: 's3' });
      } catch (e) {
        return (e as Error).message;
      }
      return 'started';
    })();
    expect(error).toContain(`STORAGE=s3 needs ${keys.join(', ')}`);
    expect(() => validateEnvironment({ ...s3, S3_SECRET_ACCESS_KEY: '' })).toThrow(
      /STORAGE=s3 needs S3_SECRET_ACCESS_KEY \(/,
    );
    expect(() => validateEnvironment({ ...s3, S3_BUCKET: 'Bad_Bucket' })).toThrow(
      /S3_BUCKET must be a bucket name/,
    );
  });

  it('ignores blank S3 settings on the local disk', () => {
    expect(validateEnvironment({ S3_ENDPOINT: '', S3_ACCESS_KEY_ID: '' }).STORAGE).toBe('local');
  });
});

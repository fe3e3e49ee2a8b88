// Test tiers (README "Tests"): each is a Jest project; scripts/test-all.js runs them in turn.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
// The tiers on the embedded database copy one migrated file per run into each test file's dir.
const sqliteTier = {
  globalSetup: '<rootDir>/test/support/sqlite.global-setup.ts',
  globalTeardown: '<rootDir>/test/support/sqlite.global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/env.sqlite.ts'],
};
const base = {
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  rootDir: __dirname,
};

module.exports = {
  // A hook that boots the app may take longer than Jest's 5 s on a busy machine. testTimeout is
  // a global option: set inside a project it is silently ignored.
  testTimeout: 60_000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'render',
      testMatch: ['<rootDir>/test/render/**/*.spec.ts'],
      ...sqliteTier,
    },
    {
      ...base,
      displayName: 'service',
      testMatch: ['<rootDir>/test/service/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/mysql.global-setup.ts',
      globalTeardown: '<rootDir>/test/support/mysql.global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/env.mysql.ts'],
    },
    {
      ...base,
      displayName: 'e2e-mysql',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      // HTTP behaviour that no database changes (proxies, throttling, form tokens, public pages).
      testPathIgnorePatterns: ['\\.sqlite-only\\.e2e-spec\\.ts$'],
      globalSetup: '<rootDir>/test/support/mysql.global-setup.ts',
      globalTeardown: '<rootDir>/test/support/mysql.global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/env.mysql.ts'],
    },
    {
      ...base,
      displayName: 'e2e-sqlite',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['\\.mysql-only\\.e2e-spec\\.ts$'],
      ...sqliteTier,
    },
    {
      // The compiled server as a child process, killed with SIGKILL mid-approval (issue 13).
      ...base,
      displayName: 'crash',
      testMatch: ['<rootDir>/test/crash/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/crash/support/global-setup.ts',
    },
    {
      // Issue 19: API instances, a worker, HAProxy, Redis and the S3 server as real processes;
      // scripts/test-all.js starts the S3 server (scripts/swift-s3) and passes S3_* on.
      ...base,
      displayName: 'scale',
      testMatch: ['<rootDir>/test/scale/**/*.scale-spec.ts'],
      globalSetup: '<rootDir>/test/crash/support/global-setup.ts',
    },
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.spec.ts'],
      ...sqliteTier,
    },
  ],
};

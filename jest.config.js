// Test tiers (README "Tests"): each is a Jest project; scripts/test-all.js runs them in turn.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
const base = {
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  rootDir: __dirname,
};

// Tiers that start the app: a hook that boots it may take longer than Jest's 5 s on a busy machine.
const slow = { testTimeout: 60_000 };

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...base,
      ...slow,
      displayName: 'render',
      testMatch: ['<rootDir>/test/render/**/*.spec.ts'],
      setupFiles: ['<rootDir>/test/support/env.sqlite.ts'],
    },
    {
      ...base,
      ...slow,
      displayName: 'service',
      testMatch: ['<rootDir>/test/service/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/mysql.global-setup.ts',
      globalTeardown: '<rootDir>/test/support/mysql.global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/env.mysql.ts'],
    },
    {
      ...base,
      ...slow,
      displayName: 'e2e-mysql',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/mysql.global-setup.ts',
      globalTeardown: '<rootDir>/test/support/mysql.global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/env.mysql.ts'],
    },
    {
      ...base,
      ...slow,
      displayName: 'e2e-sqlite',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['\\.mysql-only\\.e2e-spec\\.ts$'],
      setupFiles: ['<rootDir>/test/support/env.sqlite.ts'],
    },
    {
      // The compiled server as a child process, killed with SIGKILL mid-approval (issue 13).
      ...base,
      displayName: 'crash',
      testMatch: ['<rootDir>/test/crash/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/crash/support/global-setup.ts',
    },
    {
      ...base,
      ...slow,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.spec.ts'],
      setupFiles: ['<rootDir>/test/support/env.sqlite.ts'],
    },
  ],
};

// Environment shared by every tier; runs before each test file's imports.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.JWT_SECRET ??= 'test-secret-that-is-long-enough-for-hs256-000000';
process.env.LOGIN_THROTTLE_LIMIT ??= '1000';
// Tests run the reminder sweep themselves, with their own clock (reminders.e2e-spec.ts).
process.env.REMINDER_POLL_MS ??= '0';

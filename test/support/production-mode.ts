// Imported first by the production start-up test, so the app's configuration sees production
// settings (JWT_SECRET is set by env.common.ts) and an office-chosen demo password.
process.env.NODE_ENV = 'production';
process.env.DEMO_PASSWORD = 'office-chosen-demo-password';
delete process.env.SEED_DEMO;
export const CHOSEN_DEMO_PASSWORD = 'office-chosen-demo-password';

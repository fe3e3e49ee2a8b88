// Imported first by src/worker.ts: the configuration is read when AppModule is imported, so
// the role must be in the environment before that.
process.env.SARABAN_ROLE = 'worker';

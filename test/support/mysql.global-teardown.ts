import { adminQuery, probeServer } from './mysql-server';

export default async function teardown(): Promise<void> {
  const [pid, names] = (process.env.SARABAN_TEST_DATABASE_OWNED ?? '').split(':');
  if (!names || Number(pid) !== process.pid || process.env.KEEP_TEST_DATABASE) return;
  const info = await probeServer();
  for (const name of names.split(','))
    await adminQuery(info, `DROP DATABASE IF EXISTS \`${name}\``);
  delete process.env.SARABAN_TEST_DATABASE_URL;
  delete process.env.SARABAN_TEST_DATABASE_OWNED;
}

import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

export default function teardown(): void {
  const template = process.env.SARABAN_SQLITE_TEMPLATE;
  if (template) rmSync(dirname(template), { recursive: true, force: true });
}

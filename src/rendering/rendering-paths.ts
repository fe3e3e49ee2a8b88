import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The nearest folder above `start` that holds a package.json: the repository when running from
 * src/ (ts-jest, ts-node) and the install when running from dist/src/.
 */
export function projectRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The Handlebars document templates (README "Layout"). */
export const templatesDir = (): string => join(projectRoot(), 'templates');

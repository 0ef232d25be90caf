import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared beside the project: read in place, never copied into it. */
export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

export function sharedPath(...parts: string[]): string {
  const p = join(SHARED, ...parts);
  if (!existsSync(p)) throw new Error(`Missing shared material: ${p} (the tests read ../shared beside the project)`);
  return p;
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

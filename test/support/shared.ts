import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared material (seeds, gold, amount suite), read in place and never copied into the
 * project: `DEALLENS_SHARED` if set, else `../shared` beside the project, else beside the
 * local repository this one was cloned from (a throw-away clone in /tmp still finds it).
 */
function findShared(): string {
  const candidates: string[] = [];
  if (process.env.DEALLENS_SHARED) candidates.push(resolve(process.env.DEALLENS_SHARED));
  candidates.push(resolve(PROJECT, '../shared'), resolve(process.cwd(), '../shared'));
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: PROJECT, encoding: 'utf8' }).trim();
    if (origin && isAbsolute(origin)) candidates.push(resolve(origin, '../shared'));
  } catch {
    // Not a clone, or no git: the other places are enough.
  }
  return candidates.find((c) => existsSync(join(c, 'seeds'))) ?? candidates[0];
}

export const SHARED = findShared();

export function sharedPath(...parts: string[]): string {
  const p = join(SHARED, ...parts);
  if (!existsSync(p)) throw new Error(`Missing shared material: ${p} (set DEALLENS_SHARED, or put shared/ beside the project)`);
  return p;
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

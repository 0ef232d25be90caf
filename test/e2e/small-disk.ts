/**
 * A Chromium profile on a small file system: a tmpfs the test mounts (it needs root), filled to
 * the brim with a file when asked. Where mounting is impossible, null: the caller falls back to
 * the browser's own quota (CDP Storage.overrideQuotaForOrigin) and says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  dir: string;
  profile: string;
  /** Bytes free on the file system now. */
  free: () => number;
  /** Fills it until `leave` bytes are free. */
  fill: (leave: number) => void;
  /** Removes the filler. */
  unfill: () => void;
  unmount: () => void;
}

export function mountSmallDisk(megabytes: number): SmallDisk | null {
  const dir = mkdtempSync(join(tmpdir(), 'deallens-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const profile = join(dir, 'profile');
  mkdirSync(profile);
  const filler = join(dir, 'filler');
  const free = () => Number(execFileSync('df', ['-B1', '--output=avail', dir]).toString().trim().split('\n').pop());
  return {
    dir,
    profile,
    free,
    fill: (leave) => {
      const size = free() - leave;
      if (size > 0) execFileSync('fallocate', ['-l', String(size), filler]);
    },
    unfill: () => rmSync(filler, { force: true }),
    unmount: () => {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A Chromium profile on a small file system: a tmpfs the test mounts (it needs root), filled to
 * the brim with a file when asked. Where mounting is impossible, null: the caller falls back to
 * the browser's own quota (CDP Storage.overrideQuotaForOrigin) and says so.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
    // The disk is filled with as many filler files as it takes: while an import writes, the free space
    // shrinks between reading it and allocating, so an allocation that no longer fits is tried smaller.
    fill: (leave) => {
      for (let n = 0, tries = 0; tries < 20; tries++) {
        const size = free() - leave;
        if (size <= 0) return;
        try {
          execFileSync('fallocate', ['-l', String(size), `${filler}-${n++}`], { stdio: 'ignore' });
          return;
        } catch {
          leave += 1024 * 1024;
        }
      }
      throw new Error('could not fill the small disk');
    },
    unfill: () => {
      for (const f of readdirSync(dir)) if (f.startsWith('filler')) rmSync(join(dir, f), { force: true });
    },
    unmount: () => {
      execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

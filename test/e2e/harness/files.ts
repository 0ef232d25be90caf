/** Files a test writes for the browser to read (an import's file picker). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'deallens-file-')), name);
  writeFileSync(path, content);
  return path;
}

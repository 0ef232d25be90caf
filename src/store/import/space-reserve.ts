/**
 * Room kept aside for undoing an import. When the disk fills while an import writes (another
 * program, a download), the browser refuses every write transaction, the undo's deletes included.
 * So before the first batch, the import writes a ballast file in the origin's private file system
 * (a real file, freed the moment it is removed); when a batch fails it removes the ballast first,
 * and the undo has that room to work in. Where there is no such file system (node tests), nothing is kept.
 */
import { originFiles } from './origin-files';

const NAME = 'deallens-import-reserve';
export const RESERVE_BYTES = 8 * 1024 * 1024;

/** Frees the ballast (after an import, before an undo, or left by a browser that died mid-import). */
export async function releaseReserve(): Promise<void> {
  await originFiles()?.remove(NAME);
}

/** Writes the ballast; false when the file system cannot hold it (the import is refused first, by the space check). */
export async function keepReserve(bytes = RESERVE_BYTES): Promise<boolean> {
  const files = originFiles();
  if (!files) return true;
  // Non-zero bytes in chunks: the file system must really allocate them (no sparse file).
  const chunk = new Uint8Array(1024 * 1024).fill(0x5a);
  const chunks = function* () {
    for (let done = 0; done < bytes; done += chunk.length) yield chunk;
  };
  return files.write(NAME, chunks());
}

/**
 * Room kept aside for undoing an import. When the disk fills while an import writes (another
 * program, a download), the browser refuses every write transaction, the undo's deletes included.
 * So before the first batch, the import writes a ballast file in the origin's private file system
 * (OPFS: a real file, freed the moment it is removed); when a batch fails it removes the ballast
 * first, and the undo has that room to work in. Where there is no OPFS (node tests), nothing is kept.
 */
const NAME = 'deallens-import-reserve';
export const RESERVE_BYTES = 8 * 1024 * 1024;

type Dir = {
  getFileHandle: (name: string, o?: { create?: boolean }) => Promise<{ createWritable: () => Promise<{ write: (d: BufferSource) => Promise<void>; close: () => Promise<void> }> }>;
  removeEntry: (name: string) => Promise<void>;
};
const root = async (): Promise<Dir | undefined> => {
  const storage = (globalThis.navigator as { storage?: { getDirectory?: () => Promise<Dir> } } | undefined)?.storage;
  return storage?.getDirectory ? storage.getDirectory().catch(() => undefined) : undefined;
};

/** Frees the ballast (after an import, before an undo, or left by a browser that died mid-import). */
export async function releaseReserve(): Promise<void> {
  await (await root())?.removeEntry(NAME).catch(() => undefined);
}

/** Writes the ballast; false when the file system cannot hold it (the import is refused first, by the space check). */
export async function keepReserve(bytes = RESERVE_BYTES): Promise<boolean> {
  const dir = await root();
  if (!dir) return true;
  try {
    const w = await (await dir.getFileHandle(NAME, { create: true })).createWritable();
    // Non-zero bytes in chunks: the file system must really allocate them (no sparse file).
    const chunk = new Uint8Array(1024 * 1024).fill(0x5a);
    for (let done = 0; done < bytes; done += chunk.length) await w.write(chunk);
    await w.close();
    return true;
  } catch {
    await releaseReserve();
    return false;
  }
}

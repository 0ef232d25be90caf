/**
 * Files in the extension origin's private file system (OPFS): real files on the disk, outside the
 * database, so they survive the browser discarding an IndexedDB it finds damaged. Undefined where
 * there is none (node): callers then keep nothing. Tests pass their own `OriginFiles`.
 */
export interface OriginFiles {
  /** The file's text, or undefined when there is no such file. */
  read(name: string): Promise<string | undefined>;
  /** Writes the file whole, in these parts; false when the disk cannot hold it (nothing is left behind). */
  write(name: string, parts: Iterable<BufferSource | string>): Promise<boolean>;
  remove(name: string): Promise<void>;
}

type Writable = { write: (d: BufferSource | string) => Promise<void>; close: () => Promise<void>; abort?: () => Promise<void> };
type Dir = {
  getFileHandle: (name: string, o?: { create?: boolean }) => Promise<{ createWritable: () => Promise<Writable>; getFile: () => Promise<{ text: () => Promise<string> }> }>;
  removeEntry: (name: string) => Promise<void>;
};

const root = async (): Promise<Dir | undefined> => {
  const storage = (globalThis.navigator as { storage?: { getDirectory?: () => Promise<Dir> } } | undefined)?.storage;
  return storage?.getDirectory ? storage.getDirectory().catch(() => undefined) : undefined;
};

export function originFiles(): OriginFiles | undefined {
  const storage = (globalThis.navigator as { storage?: { getDirectory?: unknown } } | undefined)?.storage;
  if (!storage?.getDirectory) return undefined;
  const remove = async (name: string) => {
    await (await root())?.removeEntry(name).catch(() => undefined);
  };
  return {
    read: async (name) => {
      const dir = await root();
      const handle = await dir?.getFileHandle(name).catch(() => undefined);
      return handle ? (await handle.getFile()).text() : undefined;
    },
    write: async (name, parts) => {
      const dir = await root();
      if (!dir) return false;
      try {
        // A writable stream writes to a swap file and replaces the file on close: a failure leaves the old file whole.
        const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
        try {
          for (const p of parts) await w.write(p);
          await w.close();
        } catch (err) {
          await w.abort?.().catch(() => undefined);
          throw err;
        }
        return true;
      } catch {
        await remove(name);
        return false;
      }
    },
    remove,
  };
}

/** Files kept in memory, for tests and for contexts that want the behaviour without a disk. */
export function memoryFiles(): OriginFiles & { names: () => string[] } {
  const files = new Map<string, string>();
  const decoder = new TextDecoder();
  return {
    read: async (name) => files.get(name),
    write: async (name, parts) => {
      let text = '';
      for (const p of parts) text += typeof p === 'string' ? p : decoder.decode(p);
      files.set(name, text);
      return true;
    },
    remove: async (name) => {
      files.delete(name);
    },
    names: () => [...files.keys()],
  };
}

import type { KbDeal, KbEntity } from './types';
import { dealFiles, entityFiles } from './data-files';
import version from './data/version.json';

/** Bumped whenever the shipped data changes, so stores know to merge it in (data/version.json). */
export const KB_VERSION: number = version.version;

// The data files are JSON: their records are KbEntity / KbDeal because schema.ts says so, and
// the unit tests and `npm run build` check every record against it (check.ts), not because the
// compiler can see it. They are not parsed again here, on every page.

/** Every entity DealLens ships with, file by file in the order of data-files.ts. */
export const kbEntities: readonly KbEntity[] = entityFiles.flatMap((f) => f.records as KbEntity[]);

/** Every sourced deal DealLens ships with. */
export const kbDeals: readonly KbDeal[] = dealFiles.flatMap((f) => f.records as KbDeal[]);

let byId: Map<string, KbEntity> | null = null;

/**
 * The news organisations of the knowledge base (data/entities/media.json), and the data providers,
 * consultancies and stock exchanges news cite (data/entities/cited-media.json): highlighted like any
 * company, but a newspaper a text cites ("according to Reuters") is never a party to its deals.
 */
export const mediaIds: ReadonlySet<string> = new Set(entityFiles.filter((f) => f.file === 'entities/media.json' || f.file === 'entities/cited-media.json').flatMap((f) => (f.records as KbEntity[]).map((e) => e.id)));

export function kbEntity(id: string): KbEntity | undefined {
  byId ??= new Map(kbEntities.map((e) => [e.id, e]));
  return byId.get(id);
}

/**
 * Which shared records changed since the team collection last sent them: every write to the
 * entities, deals or articles, in any context of the extension, marks its records' document ids in
 * `teamDirty` in the same transaction (a Dexie middleware, as Dexie Cloud keeps its mutations), so a
 * send reads what changed, not the whole collection, and a change made while the background slept
 * or the team collection was off is not missed. A write that cannot name its records (a clear, a
 * range deleted) marks everything: the next send looks at every record once.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { docIdOf, KIND_OF_TABLE, type TeamTable } from '../../core/team/team-doc';

export const DIRTY_TABLE = 'teamDirty';
/** The mark that asks the next send to look at every record. */
export const EVERYTHING = '*';

export interface TeamDirtyRecord {
  key: string;
  /** Which write marked it: a send forgets the mark only if no later write replaced it. */
  mark: string;
}

let counter = 0;
const markOf = () => `${Date.now().toString(36)}.${(counter++).toString(36)}.${Math.random().toString(36).slice(2, 8)}`;

const isTeamTable = (name: string): name is TeamTable => Object.hasOwn(KIND_OF_TABLE, name);

/** The ids a mutation wrote or deleted, or null when it named none (a range). */
function keysOf(req: DBCoreMutateRequest, res: DBCoreMutateResponse, table: DBCoreTable): unknown[] | null {
  if (req.type === 'deleteRange') return null;
  if (req.type === 'delete') return req.keys;
  if (req.keys) return req.keys;
  if (res.results) return res.results;
  const extract = table.schema.primaryKey.extractKey;
  return extract ? req.values.map((v) => extract(v)) : null;
}

/** A store created before the table (an upgrade running an older version's step) has nowhere to mark: nothing is marked. */
const canMark = (trans: DBCoreTransaction) => {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return !names || names.contains(DIRTY_TABLE);
};

export const teamDirtyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'teamDirty',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      const widened = mode === 'readwrite' && stores.some(isTeamTable) && !stores.includes(DIRTY_TABLE) && down.schema.tables.some((t) => t.name === DIRTY_TABLE);
      return down.transaction(widened ? [...stores, DIRTY_TABLE] : stores, mode, options);
    },
    table: (name) => {
      const table = down.table(name);
      if (!isTeamTable(name)) return table;
      const kind = KIND_OF_TABLE[name];
      return {
        ...table,
        mutate: async (req) => {
          const res = await table.mutate(req);
          if (!canMark(req.trans)) return res;
          const keys = keysOf(req, res, table);
          const failed = res.numFailures ? new Set(Object.keys(res.failures).map(Number)) : undefined;
          const values: TeamDirtyRecord[] =
            keys === null
              ? [{ key: EVERYTHING, mark: markOf() }]
              : keys.flatMap((k, i) => (typeof k === 'string' && !failed?.has(i) ? [{ key: docIdOf(kind, k), mark: markOf() }] : []));
          if (values.length) await down.table(DIRTY_TABLE).mutate({ type: 'put', trans: req.trans, values });
          return res;
        },
      };
    },
  }),
};

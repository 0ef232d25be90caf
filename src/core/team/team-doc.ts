/**
 * A record of the collection as a document of the team's CouchDB database: its kind and id in
 * the document id, the record whole, and who changed it last and when (the CouchDB user). A
 * digest of a record tells whether the store's copy moved since it was last in step.
 */
export const TEAM_KINDS = { entity: 'entities', deal: 'deals', article: 'articles' } as const;
export type TeamKind = keyof typeof TEAM_KINDS;
export type TeamTable = (typeof TEAM_KINDS)[TeamKind];
export const KIND_OF_TABLE: Record<TeamTable, TeamKind> = { entities: 'entity', deals: 'deal', articles: 'article' };

export interface TeamDocBody {
  kind: TeamKind;
  /** Absent on a deletion. */
  record?: unknown;
  changedBy: string;
  changedAt: number;
}

export const docIdOf = (kind: TeamKind, id: string) => `${kind}:${id}`;

export function parseDocId(docId: string): { kind: TeamKind; table: TeamTable; id: string } | null {
  const colon = docId.indexOf(':');
  if (colon < 0) return null;
  const kind = docId.slice(0, colon);
  if (!Object.hasOwn(TEAM_KINDS, kind)) return null;
  return { kind: kind as TeamKind, table: TEAM_KINDS[kind as TeamKind], id: docId.slice(colon + 1) };
}

/** The JSON of a value with its keys sorted and undefined fields left out: the same record gives the same text whatever its key order. */
export function stableJson(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map((y) => (y === undefined ? 'null' : stableJson(y))).join(',')}]`;
  if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(x) ?? 'null';
}

/** Two FNV-1a hashes (different seeds) of the record's stable JSON, as 16 hex digits: a change detector, not a signature. */
export function digestOf(record: unknown): string {
  const s = stableJson(record);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * A record in conflict merged by a reader: field by field, the value of the version they pick.
 * Fields the store derives (party ids, fingerprints...) and the time of change are not offered:
 * they follow from the rest when the merge is stored.
 */
import { stableJson } from './team-doc';

const NOT_OFFERED = new Set(['id', 'updatedAt', 'partyIds', 'partyKey', 'entityIds', 'fingerprint', 'unknownKeys']);

type Fields = Record<string, unknown>;
const fieldsOf = (r: unknown): Fields => (r && typeof r === 'object' && !Array.isArray(r) ? (r as Fields) : {});

/** The fields whose values differ between the versions, in the order of the first version's fields, then the others'. */
export function differingFields(records: readonly unknown[]): string[] {
  const all = [...new Set(records.flatMap((r) => Object.keys(fieldsOf(r))))];
  return all.filter((f) => !NOT_OFFERED.has(f) && new Set(records.map((r) => stableJson(fieldsOf(r)[f] ?? null))).size > 1);
}

/** The first version with each field in `picked` taken from the version of that index (absent there: absent here); a pick of no version is ignored. */
export function mergeVersions(records: readonly unknown[], picked: Readonly<Record<string, number>>): Fields {
  const out: Fields = { ...fieldsOf(records[0]) };
  for (const [field, i] of Object.entries(picked)) {
    if (NOT_OFFERED.has(field) || !Number.isInteger(i) || i < 0 || i >= records.length) continue;
    const from = fieldsOf(records[i]);
    if (Object.hasOwn(from, field)) out[field] = from[field];
    else delete out[field];
  }
  return out;
}

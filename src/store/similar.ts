/**
 * Entities whose name or an alias is close to a text the reader selected: the same words, or
 * one contained in the other as whole words ("Voltaro" and "Voltaro Mobility"). Then adding it
 * may be a mistake, or an alias: the reader chooses.
 */
import { foldString } from '../core/text/char-class';
import { aliasText } from '../core/kb/alias-text';
import type { EntityRecord } from './schema';

const words = (s: string) => foldString(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** Below this, containment says nothing ("AG", "Ford" in "Fordham"). */
const MIN_CONTAINED = 4;

export function similarEntities(entities: Iterable<EntityRecord>, text: string, limit = 8): EntityRecord[] {
  const f = words(text);
  if (f === '') return [];
  const exact: EntityRecord[] = [];
  const close: EntityRecord[] = [];
  for (const e of entities) {
    if (e.mergedInto || e.hidden) continue;
    let best = 0;
    for (const a of [e.name, ...(e.aliases ?? []).map(aliasText)]) {
      const w = words(a);
      if (w === f) best = 2;
      else if (Math.min(w.length, f.length) >= MIN_CONTAINED && (` ${w} `.includes(` ${f} `) || ` ${f} `.includes(` ${w} `))) best = Math.max(best, 1);
      if (best === 2) break;
    }
    if (best === 2) exact.push(e);
    else if (best === 1) close.push(e);
  }
  return [...exact, ...close].slice(0, limit);
}

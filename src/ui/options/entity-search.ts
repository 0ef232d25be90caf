/**
 * Searching the knowledge base by name and alias, whatever the case and accents ("skoda"
 * finds Škoda): names starting with the query first, then names or aliases holding it.
 */
import { foldString } from '../../core/text/char-class';
import { aliasText } from '../../core/kb/alias-text';
import type { Alias } from '../../core/kb/types';

export interface Searchable {
  id: string;
  name: string;
  aliases?: Alias[];
}

/** At most `limit` entities matching `query`, best first, and how many match in all. */
export function searchEntities<E extends Searchable>(entities: readonly E[], query: string, limit: number): { shown: E[]; total: number } {
  const q = foldString(query.trim());
  const ranked: [number, string, E][] = [];
  for (const e of entities) {
    const name = foldString(e.name);
    let rank = -1;
    if (q === '') rank = 2;
    else if (name === q) rank = 0;
    else if (name.startsWith(q)) rank = 1;
    else if (name.includes(q)) rank = 2;
    else if ((e.aliases ?? []).some((a) => foldString(aliasText(a)).includes(q))) rank = 3;
    if (rank >= 0) ranked.push([rank, name, e]);
  }
  ranked.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return { shown: ranked.slice(0, limit).map((r) => r[2]), total: ranked.length };
}

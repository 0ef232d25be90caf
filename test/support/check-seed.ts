import { expect } from 'vitest';
import { gold, occurrences, seedText, slug, tallyMentions, type FoundMention } from './gold';

export interface FoundAmount {
  text: string;
  value: number | null;
  currency: string;
  qualifier: string | null;
  start: number;
  end: number;
}

/** Everything gold.json asks of one seed, checked against what analyse or scan found. */
export function checkSeed(file: string, found: { lang: string; entities: (FoundMention & { start: number; end: number })[]; amounts: FoundAmount[] }): void {
  const article = gold.articles[file];
  const text = seedText(file);
  expect(found.lang, `${file}: language`).toBe(article.lang);

  for (const m of found.entities) expect(text.slice(m.start, m.end), `${file}: offsets of ${m.text}`).toBe(m.text);
  const { bySurface } = tallyMentions(article, found.entities);
  for (const g of article.entities) {
    const mentions = bySurface.get(g.surface)!;
    const allowed = [slug(g.canonical), ...(g.also ?? []).map(slug)];
    expect(mentions.length, `${file}: "${g.surface}" found ${mentions.length} times, gold says ${g.count}`).toBe(g.count);
    for (const m of mentions) {
      expect(allowed, `${file}: "${m.text}" linked to ${m.id}`).toContain(m.id);
      if (m.id === slug(g.canonical)) expect(m.type, `${file}: type of ${m.text}`).toBe(g.type);
    }
  }

  for (const a of found.amounts) expect(text.slice(a.start, a.end), `${file}: offsets of ${a.text}`).toBe(a.text);
  const expectedTotal = article.amounts.reduce((n, a) => n + (a.count ?? 1), 0);
  const fold = (s: string) => s.replace(/[’]/g, "'").toLowerCase();
  for (const g of article.amounts) {
    const hits = found.amounts.filter((a) => (fold(g.surface).includes(fold(a.text)) || fold(a.text).includes(fold(g.surface))));
    const right = hits.filter((a) => a.value === g.value && a.currency === g.currency && a.qualifier === (g.qualifier ?? null));
    expect(right.length, `${file}: amount "${g.surface}" (${JSON.stringify(hits)})`).toBe(g.count ?? 1);
  }
  expect(found.amounts.length, `${file}: amounts ${JSON.stringify(found.amounts.map((a) => a.text))}`).toBe(expectedTotal);

  for (const nm of article.not_money) {
    const spots = occurrences(text, nm);
    expect(spots.length, `${file}: "${nm}" stands in the seed`).toBeGreaterThan(0);
    for (const [s, e] of spots) {
      const clash = found.amounts.find((a) => a.start < e && s < a.end);
      expect(clash, `${file}: "${nm}" is not money`).toBeUndefined();
    }
  }
}

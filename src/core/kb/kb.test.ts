import { describe, expect, test } from 'vitest';
import { gold } from '../../../test/support/gold';
import { slug } from '../../../test/support/gold';
import { foldString } from '../text/char-class';
import { aliasText } from './alias-text';
import { kbDeals, kbEntities, kbEntity } from '.';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

describe('knowledge base', () => {
  test('ids are unique stable slugs', () => {
    const seen = new Map<string, number>();
    for (const e of kbEntities) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
    expect(kbEntities.filter((e) => !ID.test(e.id)).map((e) => e.id)).toEqual([]);
    const dealIds = kbDeals.map((d) => d.id);
    expect(dealIds.filter((id, n) => dealIds.indexOf(id) !== n)).toEqual([]);
    expect(dealIds.filter((id) => !ID.test(id))).toEqual([]);
  });

  test('at least 400 entities and 100 sourced deals beyond the seeds', () => {
    expect(kbEntities.length).toBeGreaterThanOrEqual(400);
    expect(kbDeals.filter((d) => d.sources.every((s) => !s.seed)).length).toBeGreaterThanOrEqual(100);
  });

  test('every entity has a type, a name and a one-line description', () => {
    for (const e of kbEntities) {
      expect(['fund', 'company', 'accelerator', 'person'], e.id).toContain(e.type);
      expect(e.name.trim(), e.id).not.toBe('');
      expect(e.description.trim(), e.id).not.toBe('');
      expect(e.description, e.id).not.toMatch(/\n/);
      if (e.country) expect(e.country, e.id).toMatch(/^[A-Z]{2}$/);
      if (e.website) expect(e.website, e.id).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  test('every relation points at an existing entity', () => {
    const dangling = kbEntities.flatMap((e) => (e.relations ?? []).filter((r) => !kbEntity(r.entity)).map((r) => `${e.id} → ${r.entity}`));
    expect(dangling).toEqual([]);
  });

  test('every deal points at existing entities, has a source, and is well formed', () => {
    for (const d of kbDeals) {
      const parties = [...(d.parties.investors ?? []), ...(d.parties.targets ?? []), ...(d.parties.partners ?? []), ...(d.parties.sponsors ?? []).map((s) => s.entity)];
      expect(parties.length, d.id).toBeGreaterThan(0);
      for (const p of parties) expect(kbEntity(p), `${d.id} → ${p}`).toBeDefined();
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      for (const s of d.sources) expect(Boolean(s.seed) || /^https?:\/\//.test(s.url ?? ''), `${d.id}: source ${JSON.stringify(s)}`).toBe(true);
      // A seed article, or at least one public page named by its address and its title.
      expect(d.sources.some((s) => s.seed || (s.url && s.title?.trim())), `${d.id}: a source with URL and title`).toBe(true);
      expect(['investment', 'fund', 'partnership', 'acquisition', 'program'], d.id).toContain(d.type);
      if (d.date) expect(d.date, d.id).toMatch(DATE);
      if (d.amount) {
        expect(d.amount.value, d.id).toBeGreaterThan(0);
        expect(d.amount.currency, d.id).toMatch(/^[A-Z]{3}$/);
      }
      expect(d.summary.trim(), d.id).not.toBe('');
    }
  });

  test('no alias stands on two entities', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of kbEntities) {
      const forms = new Set([...(e.nameIsAmbiguous ? [] : [e.name]), ...(e.aliases ?? []).map(aliasText)].map(foldString));
      for (const f of forms) {
        const other = owner.get(f);
        if (other && other !== e.id) clashes.push(`"${f}": ${other} and ${e.id}`);
        owner.set(f, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('every entity and deal of gold.json is in the knowledge base, the deals sourced to their seed', () => {
    for (const [file, article] of Object.entries(gold.articles)) {
      for (const g of article.entities) {
        const e = kbEntity(slug(g.canonical));
        expect(e, `${file}: ${g.canonical}`).toBeDefined();
        expect(e!.type, g.canonical).toBe(g.type);
      }
      for (const g of article.deals) {
        const names = [g.investors, g.parties, g.target, g.fund, g.name, g.owner].flat().filter(Boolean) as string[];
        const ids = names.map(slug);
        const match = kbDeals.find((d) => {
          const parties = new Set([...(d.parties.investors ?? []), ...(d.parties.targets ?? []), ...(d.parties.partners ?? []), ...(d.parties.sponsors ?? []).map((s) => s.entity)]);
          return d.type === g.type && ids.every((id) => parties.has(id)) && d.sources.some((s) => s.seed === file);
        });
        expect(match, `${file}: ${JSON.stringify(g)}`).toBeDefined();
        if (g.date) expect(match!.date).toBe(g.date);
        const amount = g.amount as { value: number; currency: string } | undefined;
        if (amount) expect(match!.amount).toMatchObject(amount);
      }
    }
  });
});

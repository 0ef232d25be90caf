import { describe, expect, test } from 'vitest';
import { kbEntities } from '../../core/kb';
import { searchEntities } from './entity-search';

describe('searching the knowledge base', () => {
  test.each([
    ['renault', 'renault'],
    ['RENAULT', 'renault'],
    ['Groupe Renault', 'renault'],
  ])('"%s" finds %s first', (query, id) => {
    expect(searchEntities(kbEntities, query, 10).shown[0].id).toBe(id);
  });

  test('"alliance ven" finds the two Alliance funds first (Renault-Nissan-Mitsubishi\'s, and the Norwegian Alliance Venture)', () => {
    expect(searchEntities(kbEntities, 'alliance ven', 10).shown.slice(0, 2).map((e) => e.id).sort()).toEqual(['alliance-venture', 'alliance-ventures']);
  });

  test('accents and case are folded, in names and aliases', () => {
    const list = [{ id: 'skoda', name: 'Škoda Auto' }, { id: 'x', name: 'X', aliases: ['Société Générale'] }];
    expect(searchEntities(list, 'skoda', 5).shown.map((e) => e.id)).toEqual(['skoda']);
    expect(searchEntities(list, 'SOCIETE', 5).shown.map((e) => e.id)).toEqual(['x']);
    expect(searchEntities(list, 'nothing', 5)).toEqual({ shown: [], total: 0 });
  });

  test('the list is capped, the total says how many match', () => {
    const r = searchEntities(kbEntities, '', 50);
    expect(r.shown).toHaveLength(50);
    expect(r.total).toBe(kbEntities.length);
  });
});

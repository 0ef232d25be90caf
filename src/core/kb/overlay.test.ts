import { describe, expect, test } from 'vitest';
import { applyOverlay, EMPTY_OVERLAY, parseOverlay } from './overlay';

describe('the published overlay, read from storage', () => {
  test.each([
    ['nothing', undefined],
    ['a string', 'kbOverlay'],
    ['an array', [1, 2]],
    ['lists of the wrong things', { added: 'x', hidden: {}, hiddenAliases: [] }],
  ])('%s reads as an empty overlay', (_name, raw) => {
    expect(parseOverlay(raw)).toEqual(EMPTY_OVERLAY);
  });

  test('malformed entries are skipped, the valid ones kept', () => {
    const o = parseOverlay({
      added: [
        { id: 'voltaro-mobility', type: 'company', name: 'Voltaro Mobility', aliases: ['Voltaro', { text: 'VM', caps: true }] },
        { id: 'Bad Id', type: 'company', name: 'X' },
        { id: 'no-type', name: 'X' },
        { id: 'empty-name', type: 'fund', name: '' },
        { id: 'bad-alias', type: 'fund', name: 'Y', aliases: [{ text: 3 }] },
        null,
      ],
      hidden: ['nexus', 42, '__proto__', 'Not An Id'],
      hiddenAliases: { renault: ['Renault Group'], bmw: 'BMW', 'BAD ID': ['x'] },
    });
    expect(o.added.map((e) => e.id)).toEqual(['voltaro-mobility']);
    expect(o.hidden).toEqual(['nexus']);
    expect(o.hiddenAliases).toEqual({ renault: ['Renault Group'] });
  });

  test('applied to the shipped entities: hidden and replaced ones go, hidden aliases go, added ones come apart', () => {
    const shipped = [
      { id: 'renault', type: 'company' as const, name: 'Renault', aliases: ['Renault Group', 'Groupe Renault'] },
      { id: 'nexus', type: 'company' as const, name: 'Nexus' },
      { id: 'bmw', type: 'company' as const, name: 'BMW' },
    ];
    const { base, added } = applyOverlay(shipped, {
      added: [{ id: 'bmw', type: 'company', name: 'BMW AG' }, { id: 'mine', type: 'fund', name: 'Mine' }, { id: 'gone', type: 'fund', name: 'Gone' }],
      hidden: ['nexus', 'gone'],
      hiddenAliases: { renault: ['Renault Group', 'Renault'] },
    });
    expect(base).toEqual([{ id: 'renault', type: 'company', name: 'Renault', aliases: ['Groupe Renault'], nameIsAmbiguous: true }]);
    expect(added.map((e) => e.id)).toEqual(['bmw', 'mine']);
  });
});

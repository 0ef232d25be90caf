import { describe, expect, test } from 'vitest';
import type { EntityRecord } from './schema';
import { similarEntities } from './similar';

const e = (id: string, name: string, aliases: string[] = [], over: Partial<EntityRecord> = {}): EntityRecord => ({ id, type: 'company', name, aliases, description: '', origin: 'kb', updatedAt: 0, ...over });
const all = [
  e('voltaro-mobility', 'Voltaro Mobility'),
  e('renault', 'Renault', ['Renault Group', 'Groupe Renault']),
  e('ford', 'Ford'),
  e('bmw', 'BMW', ['Bayerische Motoren Werke']),
  e('gone', 'Voltaro Labs', [], { mergedInto: 'voltaro-mobility', hidden: true }),
];

describe('entities close to a selection', () => {
  test.each([
    ['Voltaro', ['voltaro-mobility']],
    ['voltaro mobility', ['voltaro-mobility']],
    ['Renault Group', ['renault']],
    ['groupe  RENAULT', ['renault']],
    ['Renault Trucks', ['renault']],
    ['Fordham', []],
    ['Acme Motors', []],
    ['Voltaro Labs', []], // a tombstone is never offered; nor is a name sharing only its first word
    ['', []],
  ])('"%s" → %j', (text, ids) => {
    expect(similarEntities(all, text).map((x) => x.id)).toEqual(ids);
  });

  test('an exact match comes before a close one', () => {
    const list = [e('a', 'Acme Motors Europe'), e('b', 'Acme Motors')];
    expect(similarEntities(list, 'Acme Motors').map((x) => x.id)).toEqual(['b', 'a']);
  });
});

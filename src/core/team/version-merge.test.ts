import { describe, expect, test } from 'vitest';
import { differingFields, mergeVersions } from './version-merge';

const ann = { id: 'd1', summary: 'Ann: a $20m round', amount: { value: 20e6, currency: 'USD' }, date: '2024-03', partyIds: ['a', 'b'], updatedAt: 1 };
const bob = { id: 'd1', summary: 'Bob: 20 million dollars', amount: { currency: 'USD', value: 20e6 }, date: '2024-04', where: 'Paris', partyIds: ['a', 'b', 'c'], updatedAt: 2 };

describe('merging the versions of a record in conflict', () => {
  test('offers the fields a reader changed, not the derived ones nor key order', () => {
    expect(differingFields([ann, bob])).toEqual(['summary', 'date', 'where']);
    expect(differingFields([ann, { ...ann }])).toEqual([]);
  });

  test("takes each picked field from its version, and a field one version lacks goes when that version's is picked", () => {
    expect(mergeVersions([ann, bob], { summary: 1, date: 0 })).toEqual({ ...ann, summary: bob.summary });
    expect(mergeVersions([bob, ann], { where: 1 })).not.toHaveProperty('where');
    // The derived fields and the id are never taken from another version.
    expect(mergeVersions([ann, bob], { partyIds: 1, id: 1 })).toEqual(ann);
  });

  test('a hostile pick (an index with no version, a prototype key) changes nothing it should not', () => {
    const merged = mergeVersions([ann, bob], { summary: 7, __proto__: 1 } as Record<string, number>);
    expect(merged).toEqual(ann);
    expect(({} as Record<string, unknown>).summary).toBeUndefined();
  });
});

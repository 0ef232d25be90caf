/**
 * The figures `npm run eval` prints may not drop below their floors (test/corpus/floors.json).
 * The floors are what the recogniser reaches today; an issue that improves a figure raises its floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { grouping } from '../../scripts/corpus/grouping';
import { CORPUS, loadCorpus } from '../../scripts/corpus/load';
import { evaluate, loadAliases, type Figures } from '../../scripts/corpus/report';

type Floors = Record<string, Partial<Record<keyof Figures, number>>>;
const floors = JSON.parse(readFileSync(join(CORPUS, 'floors.json'), 'utf8')) as { floors: Floors; ceilings: Floors; sameDeal: { acrossLanguages: number; oneRecord: number } };
const pages = loadCorpus();
const { groups, scores, analyses } = evaluate(pages, loadAliases());

describe.each(Object.keys(floors.floors))('%s', (group) => {
  test.each(Object.entries(floors.floors[group]))('%s at least %s', (figure, floor) => {
    expect(groups.get(group)?.[figure as keyof Figures]).toBeGreaterThanOrEqual(floor as number);
  });
  test.each(Object.entries(floors.ceilings[group] ?? {}))('%s at most %s', (figure, ceiling) => {
    expect(groups.get(group)?.[figure as keyof Figures]).toBeLessThanOrEqual(ceiling as number);
  });
});

test('the corpus has at least 25 news pages a language and 40 general pages', () => {
  for (const lang of ['fr', 'nl', 'de', 'en']) expect(groups.get(lang)?.pages).toBeGreaterThanOrEqual(25);
  expect(groups.get('general')?.pages).toBeGreaterThanOrEqual(40);
});

test('the same deal reported by pages in different languages: at least ten such deals found, and as many as before one deal in the store', async () => {
  const same = await grouping(pages, scores, analyses);
  expect(same.acrossLanguages).toBeGreaterThanOrEqual(Math.max(10, floors.sameDeal.acrossLanguages));
  expect(same.oneRecord, same.errors.join('\n')).toBeGreaterThanOrEqual(floors.sameDeal.oneRecord);
}, 60_000);

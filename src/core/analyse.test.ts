import { describe, expect, test } from 'vitest';
import { checkSeed } from '../../test/support/check-seed';
import { seedFiles, seedText } from '../../test/support/gold';
import { analyse } from './analyse';

describe('analyse on the seed articles (../shared/seeds/gold.json)', () => {
  test('all five seeds are there', () => expect(seedFiles).toHaveLength(5));
  test.each(seedFiles)('%s', (file) => {
    checkSeed(file, analyse(seedText(file)));
  });
});

describe('analyse', () => {
  test('returns the language, entities, amounts, and no deal when the text names no target', () => {
    const a = analyse('BMW i Ventures a investi 20 millions d’euros dans la start-up, selon le groupe BMW.');
    expect(a.lang).toBe('fr');
    expect(a.entities.map((e) => e.id)).toContain('bmw-i-ventures');
    expect(a.amounts).toEqual([expect.objectContaining({ value: 2e7, currency: 'EUR', text: '20 millions d’euros' })]);
    expect(a.deals).toEqual([]);
  });
  test('a language hint decides a text too short to tell', () => {
    expect(analyse('BMW', { langHint: 'de-DE' }).lang).toBe('de');
  });
});

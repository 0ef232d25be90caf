import { describe, expect, test } from 'vitest';
import { checkSeed } from '../../test/support/check-seed';
import { seedFiles, seedText } from '../../test/support/gold';
import { analyse } from './analyse';
import { detectLanguage } from './text/language';

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
  test.each(seedFiles)('the language it detects in its one pass is detectLanguage’s, and a given one is kept: %s', (file) => {
    const text = seedText(file);
    for (const hint of [undefined, 'en', 'fr', 'nl-BE', 'de']) {
      expect(analyse(text, { langHint: hint, deals: false }).lang).toBe(detectLanguage(text, hint));
      const forced = analyse(text, { langHint: hint, lang: 'nl', deals: false });
      expect(forced.lang).toBe('nl');
      expect(forced).toEqual(analyse(text, { lang: 'nl', deals: false }));
    }
  });
});

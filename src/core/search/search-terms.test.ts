import { describe, expect, test } from 'vitest';
import { foldedWords, indexTerms, MAX_TERMS, parseQuery } from './search-terms';

describe('indexTerms', () => {
  test.each([
    ['Société Générale investit', ['societe', 'generale', 'investit']],
    ['Plug and Play Tech Center', ['plug', 'play', 'tech', 'center']],
    ['Die Übernahme von Zoox durch Amazon', ['ubernahme', 'zoox', 'durch', 'amazon']],
    ["L'Alliance investit 200 miljoen dollar", ['alliance', 'investit', '200', 'miljoen', 'dollar']],
  ])('%s', (text, expected) => {
    expect(indexTerms(text)).toEqual(expected);
  });

  test('each word once, and never more than the cap', () => {
    expect(indexTerms('BMW bmw Bmw')).toEqual(['bmw']);
    const huge = Array.from({ length: MAX_TERMS + 50 }, (_, i) => `w${i}`).join(' ');
    expect(indexTerms(huge)).toHaveLength(MAX_TERMS);
  });
});

describe('parseQuery', () => {
  test('stop words and single letters are left out', () => {
    expect(parseQuery('Plug and Play')).toEqual(['plug', 'play']);
    expect(parseQuery('a b plug')).toEqual(['plug']);
  });
  test('accents and case are folded', () => {
    expect(parseQuery('ALIBABA')).toEqual(['alibaba']);
    expect(parseQuery('Génération')).toEqual(['generation']);
  });
  test('a query of stop words only is still a query', () => {
    expect(parseQuery('die')).toEqual(['die']);
  });
  test('punctuation alone is no query', () => {
    expect(parseQuery(' — ! ')).toEqual([]);
    expect(foldedWords('')).toEqual([]);
  });
});

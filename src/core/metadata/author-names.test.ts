import { describe, expect, test } from 'vitest';
import { authorList, namesIn } from './author-names';

describe('a credit string as the names a reader writes', () => {
  test.each([
    ['By Jane Doe', ['Jane Doe']],
    ['Par Marie Dupont', ['Marie Dupont']],
    ['Door Jan de Vries', ['Jan de Vries']],
    ['Von Anna Schmidt', ['Anna Schmidt']],
    ['di Mario Rossi', ['Mario Rossi']],
    ['By John Smith and Sarah Lee', ['John Smith', 'Sarah Lee']],
    ['Marie Dupont et Paul Martin', ['Marie Dupont', 'Paul Martin']],
    ['Jan Jansen en Piet de Boer', ['Jan Jansen', 'Piet de Boer']],
    ['Jane Doe, Automotive correspondent', ['Jane Doe']],
    ['By Sarah Lindqvist, co-founder and CEO', ['Sarah Lindqvist']],
    ['Jane Doe in Detroit', ['Jane Doe']],
    ['Jane Doe, Reuters', ['Jane Doe']],
    ['Reuters', ['Reuters']],
    ['MARIE DUPONT', ['Marie Dupont']],
    ['Jane Doe (@janedoe)', ['Jane Doe']],
    ['@janedoe', []],
    ['https://www.facebook.com/janedoe', []],
    ['La rédaction', []],
    ['admin', []],
    ['Lumière Mobility Ventures', []],
    ['Halden Automotive AG', []],
    ["Jean d'Ormesson", ["Jean d'Ormesson"]],
    ['Written by Jane Doe', ['Jane Doe']],
    ['山田 太郎', ['山田 太郎']],
    ['김민준 기자', ['김민준']],
  ])('%s', (credit, names) => expect(namesIn(credit)).toEqual(names));

  test('several credits: each name once, whatever its case or accents', () => {
    expect(authorList(['Marie Dupont', 'MARIE DUPONT', 'Marie Dupónt', 'Paul Martin'])).toEqual(['Marie Dupont', 'Paul Martin']);
  });

  test("the site's own name is not an author", () => {
    expect(namesIn('Les Echos', 'Les Echos')).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import type { Lang } from '../kb/types';
import { recogniseAmounts } from './recognise';

type Case = [text: string, lang: Lang, expected: [value: number, currency: string, qualifier?: string | null][]];
const amounts = (text: string, lang: Lang) => recogniseAmounts(text, lang).map((a) => [a.value, a.currency, a.qualifier] as const);
const check = ([text, lang, expected]: Case) => {
  const found = recogniseAmounts(text, lang);
  expect(found.map((a) => [a.value, a.currency]), JSON.stringify(found)).toEqual(expected.map(([v, c]) => [v, c]));
  expected.forEach(([, , q], n) => {
    if (q !== undefined) expect(found[n].qualifier).toBe(q);
  });
  for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.text);
};

describe('digits, either decimal convention, any thousands separator', () => {
  test.each<Case>([
    ['raised $1,500,000 in seed money', 'en', [[1_500_000, 'USD']]],
    ['a €1.500.000 round', 'de', [[1_500_000, 'EUR']]],
    ['une levée de 1 500 000 €', 'fr', [[1_500_000, 'EUR']]],
    ['une levée de 1\u00a0500\u00a0000 €', 'fr', [[1_500_000, 'EUR']]],
    ['une levée de 1\u202f500\u202f000 €', 'fr', [[1_500_000, 'EUR']]],
    ['eine Runde von 2,3 Mrd. Euro', 'de', [[2.3e9, 'EUR']]],
    ['a $2.5bn deal', 'en', [[2.5e9, 'USD']]],
    ['12,345 $ in French is a decimal', 'fr', [[12.345, 'USD']]],
    ['$12,345 in English is a count of dollars', 'en', [[12345, 'USD']]],
    ['€ 125.000,50', 'nl', [[125000.5, 'EUR']]],
    ['$20,000.00', 'en', [[20000, 'USD']]],
    ['CHF 1\'250\'000', 'de', [[1_250_000, 'CHF']]],
    ['€ 24,-', 'nl', [[24, 'EUR']]],
  ])('%s', (...c) => check(c));
});

describe('numbers in words', () => {
  test.each<Case>([
    ['y investira jusqu’à un milliard de dollars', 'fr', [[1e9, 'USD', 'up_to']]],
    ['waarin één miljard dollar beschikbaar komt', 'nl', [[1e9, 'USD']]],
    ['geeft negen miljard dollar per jaar uit', 'nl', [[9e9, 'USD', 'per_year']]],
    ['deux cents millions d’euros', 'fr', [[2e8, 'EUR']]],
    ['zwei Milliarden Euro', 'de', [[2e9, 'EUR']]],
    ['half a billion dollars', 'en', [[5e8, 'USD']]],
    ['a quarter million dollars', 'en', [[250_000, 'USD']]],
    ['three quarters billion us dollars', 'en', [[7.5e8, 'USD']]],
    ['een half miljoen euro', 'nl', [[5e5, 'EUR']]],
    ['anderhalf miljard euro', 'nl', [[1.5e9, 'EUR']]],
    ['un demi-milliard d’euros', 'fr', [[5e8, 'EUR']]],
    ['achtundsiebzig Millionen Dollar', 'de', [[7.8e7, 'USD']]],
    ['quatre-vingt-dix millions de dollars', 'fr', [[9e7, 'USD']]],
    ['vijfenveertig miljoen euro', 'nl', [[4.5e7, 'EUR']]],
    ['a million dollars', 'en', [[1e6, 'USD']]],
    ['thirteen dollars and forty-five cents', 'en', [[13.45, 'USD']]],
  ])('%s', (...c) => check(c));
});

describe('scale words and abbreviations', () => {
  test.each<Case>([
    ['$5 million', 'en', [[5e6, 'USD']]], ['5 millions d’euros', 'fr', [[5e6, 'EUR']]], ['5 miljoen euro', 'nl', [[5e6, 'EUR']]],
    ['5 Millionen Euro', 'de', [[5e6, 'EUR']]], ['5 Mio. Euro', 'de', [[5e6, 'EUR']]], ['5 Mio. €', 'de', [[5e6, 'EUR']]],
    ['€5m', 'en', [[5e6, 'EUR']]], ['$5mn', 'en', [[5e6, 'USD']]], ['5 mln euro', 'nl', [[5e6, 'EUR']]], ['$5M', 'en', [[5e6, 'USD']]],
    ['$5 billion', 'en', [[5e9, 'USD']]], ['5 milliards de dollars', 'fr', [[5e9, 'USD']]], ['5 miljard dollar', 'nl', [[5e9, 'USD']]],
    ['5 Milliarden Euro', 'de', [[5e9, 'EUR']]], ['1 Milliarde Euro', 'de', [[1e9, 'EUR']]], ['5 Mrd. Euro', 'de', [[5e9, 'EUR']]],
    ['$5bn', 'en', [[5e9, 'USD']]], ['5 Md€', 'fr', [[5e9, 'EUR']]], ['5 Mds€', 'fr', [[5e9, 'EUR']]], ['5 Md$', 'fr', [[5e9, 'USD']]],
    ['$500k', 'en', [[5e5, 'USD']]], ['500 k€', 'fr', [[5e5, 'EUR']]], ['100 M€', 'fr', [[1e8, 'EUR']]],
    ['deux billions d’euros', 'fr', [[2e12, 'EUR']]], ['zwei Billionen Euro', 'de', [[2e12, 'EUR']]],
  ])('%s', (...c) => check(c));
});

describe('symbols and codes, before or after', () => {
  test.each<Case>([
    ['€100m', 'en', [[1e8, 'EUR']]], ['$100m', 'en', [[1e8, 'USD']]], ['US$100m', 'en', [[1e8, 'USD']]], ['£100m', 'en', [[1e8, 'GBP']]],
    ['¥100m', 'en', [[1e8, 'JPY']]], ['CHF 100 million', 'en', [[1e8, 'CHF']]], ['USD 100 million', 'en', [[1e8, 'USD']]],
    ['EUR 100 million', 'en', [[1e8, 'EUR']]], ['100 millions USD', 'fr', [[1e8, 'USD']]], ['100 Mio. EUR', 'de', [[1e8, 'EUR']]],
    ['100 millions de $', 'fr', [[1e8, 'USD']]], ['C$100 million', 'en', [[1e8, 'CAD']]], ['HK$3 billion', 'en', [[3e9, 'HKD']]],
    ['100 000 yens', 'fr', [[100000, 'JPY']]], ['10 millions de livres sterling', 'fr', [[1e7, 'GBP']]],
    ['a bare $ is the US dollar: $40', 'en', [[40, 'USD']]],
    ['200 millions de dollars canadiens', 'fr', [[2e8, 'CAD']]],
  ])('%s', (...c) => check(c));
});

describe('ranges give two amounts', () => {
  test.each<Case>([
    ['entre 3 et 4 millions d’euros', 'fr', [[3e6, 'EUR'], [4e6, 'EUR']]],
    ['$10-15 million', 'en', [[1e7, 'USD'], [1.5e7, 'USD']]],
    ['$10–15 million', 'en', [[1e7, 'USD'], [1.5e7, 'USD']]],
    ['between $3 and $4 million', 'en', [[3e6, 'USD'], [4e6, 'USD']]],
    ['tussen 3 en 4 miljoen euro', 'nl', [[3e6, 'EUR'], [4e6, 'EUR']]],
    ['zwischen 3 und 4 Millionen Euro', 'de', [[3e6, 'EUR'], [4e6, 'EUR']]],
    ['de 3 à 4 millions d’euros', 'fr', [[3e6, 'EUR'], [4e6, 'EUR']]],
    ['10 to 15 million dollars', 'en', [[1e7, 'USD'], [1.5e7, 'USD']]],
  ])('%s', (...c) => check(c));

  test('each part of a range is its own span', () => {
    expect(recogniseAmounts('entre 3 et 4 millions d’euros', 'fr').map((a) => a.text)).toEqual(['3', '4 millions d’euros']);
    expect(recogniseAmounts('$10-15 million', 'en').map((a) => a.text)).toEqual(['$10', '15 million']);
  });
});

describe('qualifiers', () => {
  test.each<Case>([
    ['up to $1 billion', 'en', [[1e9, 'USD', 'up_to']]], ['jusqu’à 1 milliard d’euros', 'fr', [[1e9, 'EUR', 'up_to']]],
    ["jusqu'à 1 milliard d'euros", 'fr', [[1e9, 'EUR', 'up_to']]], ['tot 5 miljoen euro', 'nl', [[5e6, 'EUR', 'up_to']]],
    ['bis zu 5 Millionen Euro', 'de', [[5e6, 'EUR', 'up_to']]],
    ['more than $1 billion', 'en', [[1e9, 'USD', 'more_than']]], ['plus d’un milliard de dollars', 'fr', [[1e9, 'USD', 'more_than']]],
    ['plus de 100 millions d’euros', 'fr', [[1e8, 'EUR', 'more_than']]], ['meer dan 5 miljoen euro', 'nl', [[5e6, 'EUR', 'more_than']]],
    ['mehr als 5 Millionen Euro', 'de', [[5e6, 'EUR', 'more_than']]],
    ['about $5 million', 'en', [[5e6, 'USD', 'about']]], ['environ 5 millions d’euros', 'fr', [[5e6, 'EUR', 'about']]],
    ['ongeveer 5 miljoen euro', 'nl', [[5e6, 'EUR', 'about']]], ['rund 5 Millionen Euro', 'de', [[5e6, 'EUR', 'about']]],
    ['$200 million per year', 'en', [[2e8, 'USD', 'per_year']]], ['200 millions d’euros par an', 'fr', [[2e8, 'EUR', 'per_year']]],
    ['200 miljoen dollar investeringen per jaar', 'nl', [[2e8, 'USD', 'per_year']]], ['200 Millionen Euro pro Jahr', 'de', [[2e8, 'EUR', 'per_year']]],
    ['$5 million a year ago', 'en', [[5e6, 'USD', null]]],
    ['$5 million', 'en', [[5e6, 'USD', null]]],
  ])('%s', (...c) => check(c));
});

describe('not money', () => {
  test.each<[string, Lang]>([
    ['d’ici à 2022, en 2018 et 1994', 'fr'],
    ['Renault draagt daar 40% aan bij, Mitsubishi 20%', 'nl'],
    ['en hausse de 13,1% sur un an', 'fr'],
    ['un total de 723 680 véhicules', 'fr'],
    ['au moins 300 entreprises en trois ans', 'fr'],
    ['les 26 et 27 mars 2019 à Shanghai', 'fr'],
    ['entre 3 et 4 000 start-up intégreront la plateforme', 'fr'],
    ['entre 8 et 10 % comme prétendants', 'fr'],
    ['lors de la 26e édition d’Equip Auto', 'fr'],
    ['the 1st, 2nd and 3rd rounds', 'en'],
    ['la norme Euro 7 entrera en vigueur', 'fr'],
    ['Euro-7-Norm und Euro 6d', 'de'],
    ['the Euro 7 emission standard', 'en'],
    ['op 10 januari, over de periode 2018-2022', 'nl'],
    ['costs in 2019 dollars rose', 'en'],
    ['un euro fort face au dollar', 'fr'],
    ['a 100 m sprint and 5 km', 'en'],
    ['the 3M company and 4K screens', 'en'],
    ['Dollar General and the euro zone', 'en'],
  ])('%s', (text, lang) => {
    expect(amounts(text, lang)).toEqual([]);
  });
});

describe('robustness', () => {
  test('long digit runs and repeated separators are read once', () => {
    const text = `${'1,'.repeat(5000)}000 $ and ${'9'.repeat(3000)} €`;
    const found = recogniseAmounts(text, 'en');
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});

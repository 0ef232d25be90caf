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

type RangeCase = [text: string, lang: Lang, low: number, high: number, currency: string];
const checkRange = ([text, lang, low, high, currency]: RangeCase) => {
  const found = recogniseAmounts(text, lang);
  expect(found.map((a) => [a.value, a.max, a.currency, a.qualifier]), JSON.stringify(found)).toEqual([[low, high, currency, 'range']]);
  expect(text.slice(found[0].start, found[0].end)).toBe(found[0].text);
};

describe('a range is one amount, its upper end in max', () => {
  test.each<RangeCase>([
    ['entre 3 et 4 millions d’euros', 'fr', 3e6, 4e6, 'EUR'],
    ['$10-15 million', 'en', 1e7, 1.5e7, 'USD'],
    ['$10–15 million', 'en', 1e7, 1.5e7, 'USD'],
    ['between $3 and $4 million', 'en', 3e6, 4e6, 'USD'],
    ['tussen 3 en 4 miljoen euro', 'nl', 3e6, 4e6, 'EUR'],
    ['zwischen 3 und 4 Millionen Euro', 'de', 3e6, 4e6, 'EUR'],
    ['de 3 à 4 millions d’euros', 'fr', 3e6, 4e6, 'EUR'],
    ['10 to 15 million dollars', 'en', 1e7, 1.5e7, 'USD'],
    ['€30 to €40', 'en', 30, 40, 'EUR'],
  ])('%s', (...c) => checkRange(c));

  test('with a scale on each side', () => {
    for (const c of [
      ['entre 800 millions et 1 milliard d’euros', 'fr', 8e8, 1e9, 'EUR'],
      ["entre 800 millions d'euros et 1 milliard d'euros", 'fr', 8e8, 1e9, 'EUR'],
      ['800 Mio. bis 1 Mrd. Euro', 'de', 8e8, 1e9, 'EUR'],
      ['between $800 million and $1 billion', 'en', 8e8, 1e9, 'USD'],
      ['$736 million to $828 million', 'en', 7.36e8, 8.28e8, 'USD'],
      ['between €130 million and €150 million', 'en', 1.3e8, 1.5e8, 'EUR'],
      ['tussen 800 miljoen en 1 miljard euro', 'nl', 8e8, 1e9, 'EUR'],
      ['800 billion to 900 billion won', 'en', 8e11, 9e11, 'KRW'],
    ] as RangeCase[]) checkRange(c);
  });

  test('a scale never spreads to a number that is already whole', () => {
    checkRange(['zwischen 500.000 und zehn Millionen Dollar', 'de', 5e5, 1e7, 'USD']);
    checkRange(['between 500,000 and 2 million dollars', 'en', 5e5, 2e6, 'USD']);
    checkRange(['entre 500 000 et 2 millions d’euros', 'fr', 5e5, 2e6, 'EUR']);
  });

  test('two whole amounts after "from" are a change, not a range', () => {
    expect(amounts('sales rose from $800 million to $1 billion', 'en')).toEqual([[8e8, 'USD', null], [1e9, 'USD', null]]);
    expect(amounts('passé de 5 millions d’euros à 10 millions d’euros', 'fr')).toEqual([[5e6, 'EUR', null], [1e7, 'EUR', null]]);
  });

  test('the range is one span, from its first number to its currency', () => {
    expect(recogniseAmounts('entre 3 et 4 millions d’euros', 'fr').map((a) => a.text)).toEqual(['3 et 4 millions d’euros']);
    expect(recogniseAmounts('$10-15 million', 'en').map((a) => a.text)).toEqual(['$10-15 million']);
  });
});

describe('won, yuan, yen and rupees', () => {
  test.each<Case>([
    ['Hyundai will invest 1.2 trillion won', 'en', [[1.2e12, 'KRW']]],
    ['a ₩1.5tn plan', 'en', [[1.5e12, 'KRW']]],
    ['₩500 billion', 'en', [[5e11, 'KRW']]],
    ['3000원', 'en', [[3000, 'KRW']]],
    ['1,2 Billionen Won', 'de', [[1.2e12, 'KRW']]],
    ['environ 2 400 milliards de wons', 'fr', [[2.4e12, 'KRW', 'about']]],
    ['500 miljard won', 'nl', [[5e11, 'KRW']]],
    ['100 billion yuan', 'en', [[1e11, 'CNY']]], ['RMB 3 billion', 'en', [[3e9, 'CNY']]], ['CNY 3 billion', 'en', [[3e9, 'CNY']]],
    ['5 milliards de renminbi', 'fr', [[5e9, 'CNY']]], ['CN¥5 bn', 'en', [[5e9, 'CNY']]],
    ['Rs 500 crore', 'en', [[5e9, 'INR']]], ['Rs. 500 crore', 'en', [[5e9, 'INR']]], ['₹500 crore', 'en', [[5e9, 'INR']]],
    ['INR 2 lakh crore', 'en', [[2e12, 'INR']]], ['2 lakh crore rupees', 'en', [[2e12, 'INR']]], ['35 lakh rupees', 'en', [[3.5e6, 'INR']]],
  ])('%s', (...c) => check(c));

  test('"won" before a number is the verb; after a bare small number it is no money', () => {
    expect(amounts('Hyundai won a $48.2 million contract', 'en')).toEqual([[4.82e7, 'USD', null]]);
    expect(amounts('Hyundai won 2 billion dollars of orders', 'en')).toEqual([[2e9, 'USD', null]]);
    expect(amounts('the team of 11 won the cup', 'en')).toEqual([]);
  });

  test('¥ is the yen unless the words around it say China', () => {
    expect(amounts('Toyota will spend ¥10 billion', 'en')).toEqual([[1e10, 'JPY', null]]);
    expect(amounts('BYD, the Chinese carmaker, will spend ¥10 billion', 'en')).toEqual([[1e10, 'CNY', null]]);
    expect(amounts('¥10 billion yuan', 'en')).toEqual([[1e10, 'CNY', null]]);
    expect(amounts('Chinese buyers love Japanese cars: Toyota will spend ¥10 billion in Japan', 'en')).toEqual([[1e10, 'JPY', null]]);
  });
});

describe('trillions in four languages', () => {
  test.each<Case>([
    ['2 trillion dollars', 'en', [[2e12, 'USD']]], ['$3tn', 'en', [[3e12, 'USD']]], ['$3 trn', 'en', [[3e12, 'USD']]],
    ['$5 billion', 'en', [[5e9, 'USD']]],
    ['2 Billionen Euro', 'de', [[2e12, 'EUR']]], ['2 Billion Euro', 'de', [[2e12, 'EUR']]], ['2 Bio. Euro', 'de', [[2e12, 'EUR']]],
    ['2 Mrd. Euro', 'de', [[2e9, 'EUR']]], ['2 Milliarden Euro', 'de', [[2e9, 'EUR']]],
    ['drie biljoen euro', 'nl', [[3e12, 'EUR']]], ['3 miljard euro', 'nl', [[3e9, 'EUR']]],
    ['2 billions d’euros', 'fr', [[2e12, 'EUR']]], ['1 billion de dollars', 'fr', [[1e12, 'USD']]], ['2 milliards d’euros', 'fr', [[2e9, 'EUR']]],
  ])('%s', (...c) => check(c));

  test('"Bio." is a German abbreviation only (French "bio" is organic)', () => {
    expect(amounts('5 bio euros', 'fr').map(([v]) => v)).not.toContain(5e12);
  });
});

describe('a bare scaled number after an amount takes its currency', () => {
  test.each<Case>([
    ['3,2 milliards d’euros, dont 900 millions pour la France', 'fr', [[3.2e9, 'EUR'], [9e8, 'EUR']]],
    ['$2 billion, of which 500 million will go to R&D', 'en', [[2e9, 'USD'], [5e8, 'USD']]],
    ['2 Mrd. Euro, davon 800 Millionen für Deutschland', 'de', [[2e9, 'EUR'], [8e8, 'EUR']]],
    ['2 Mrd. Euro, darunter 800 Millionen aus China', 'de', [[2e9, 'EUR'], [8e8, 'EUR']]],
    ['2 miljard euro, waarvan 500 miljoen voor Nederland', 'nl', [[2e9, 'EUR'], [5e8, 'EUR']]],
    ['2 miljard euro, waaronder 500 miljoen van de staat', 'nl', [[2e9, 'EUR']]],
    ['1 milliard d’euros et 200 millions.', 'fr', [[1e9, 'EUR'], [2e8, 'EUR']]],
    ['$2 billion, including 500 million in cash', 'en', [[2e9, 'USD'], [5e8, 'USD']]],
    ['3,2 milliards d’euros, dont près de 900 millions pour la France', 'fr', [[3.2e9, 'EUR'], [9e8, 'EUR', 'about']]],
    ['environ 3 milliards de dollars, contre 1 milliard en octobre', 'fr', [[3e9, 'USD', 'about'], [1e9, 'USD']]],
    ['$2 billion, up from 500 million last year', 'en', [[2e9, 'USD'], [5e8, 'USD']]],
    ['$2 billion and another 500 million in 2023', 'en', [[2e9, 'USD'], [5e8, 'USD']]],
    ['100 Mio. Dollar und weitere 75 Millionen, sobald', 'de', [[1e8, 'USD'], [7.5e7, 'USD']]],
    ['2 Mrd. Euro, davon 800 Millionen fließen sofort', 'de', [[2e9, 'EUR'], [8e8, 'EUR']]],
  ])('%s', (...c) => check(c));

  test('never what counts people or things', () => {
    expect(amounts('3 milliards d’euros, dont 500 millions de personnes', 'fr')).toEqual([[3e9, 'EUR', null]]);
    expect(amounts('$2 billion, of which 500 million people', 'en')).toEqual([[2e9, 'USD', null]]);
    expect(amounts('2 Mrd. Euro, davon 800 Millionen Menschen', 'de')).toEqual([[2e9, 'EUR', null]]);
    expect(amounts('2 Mrd. Euro, davon 800 Millionen neue Aktien', 'de')).toEqual([[2e9, 'EUR', null]]);
    expect(amounts('500 millions de personnes', 'fr')).toEqual([]);
    expect(amounts('$2 billion and 500 million shares', 'en')).toEqual([[2e9, 'USD', null]]);
    // The next sentence still speaks of the text's one currency: "Of which 500 million will go" is money.
    expect(amounts('$2 billion. Of which 500 million will go', 'en')).toEqual([[2e9, 'USD', null], [5e8, 'USD', null]]);
    expect(amounts('$2 billion and €1 billion. Another 500 million will go', 'en')).toEqual([[2e9, 'USD', null], [1e9, 'EUR', null]]);
  });

  test('before the first amount, from the amounts a few sentences on: a headline, a subheading', () => {
    expect(amounts('Zwei Milliarden für China\nVW zahlt 2 Mrd. Euro für Anteile.', 'de')).toEqual([[2e9, 'EUR', null], [2e9, 'EUR', null]]);
    // The nearest amounts decide, not the last one before: the subheading opens a paragraph in euros.
    const text = `Der Fonds investierte 200 Millionen Dollar in Start-ups. ${'Das Team wuchs. '.repeat(30)}\nVon 100 Millionen auf eine halbe Milliarde\nGegründet 2011 mit 100 Mio. Euro.`;
    expect(amounts(text, 'de')).toEqual([[2e8, 'USD', null], [1e8, 'EUR', null], [5e8, 'EUR', null], [1e8, 'EUR', null]]);
    // Amounts in two currencies around it leave it unsure.
    expect(amounts('Eine Milliarde: 2 Mrd. Euro und 3 Mrd. Dollar.', 'de')).toEqual([[2e9, 'EUR', null], [3e9, 'USD', null]]);
  });

  test('one more of a scale: "eine weitere Milliarde", "un autre milliard"', () => {
    expect(amounts('3,5 Milliarden Dollar für Aktien. Eine weitere Milliarde ist für ein Darlehen reserviert.', 'de')).toEqual([[3.5e9, 'USD', null], [1e9, 'USD', null]]);
    expect(amounts('Il a versé 2 milliards d’euros, et un autre milliard ira à la recherche.', 'fr')).toEqual([[2e9, 'EUR', null], [1e9, 'EUR', null]]);
  });

  test('a scale alone names one of it: "steken miljard in"; a compound that names money: "130-Millionen-Runde"', () => {
    expect(amounts('BMW en Daimler steken miljard in mobiliteitsdiensten. Eerder ging er 500 miljoen euro naar DriveNow.', 'nl')).toEqual([[1e9, 'EUR', null], [5e8, 'EUR', null]]);
    expect(amounts('BMW und Ford führen 130-Millionen-Runde bei Solid Power an. Insgesamt flossen 130 Mio. Dollar.', 'de')).toEqual([[1.3e8, 'USD', null], [1.3e8, 'USD', null]]);
    // Never after an article (read as a number) nor at a sentence's end.
    expect(amounts('Sales were counted in the millions. The firm paid $5 million.', 'en')).toEqual([[5e6, 'USD', null]]);
  });

  test('never a compound that names a thing', () => {
    expect(amounts('Schale einer Bio-Zitrone. Der Kuchen kostet 12 Euro.', 'de')).toEqual([[12, 'EUR', null]]);
  });
});

describe('money without a value', () => {
  test.each<[string, Lang, string, string]>([
    ['Die Beteiligung liegt im zweistelligen Millionenbetrag.', 'de', 'zweistelligen Millionenbetrag', 'EUR'],
    ['Porsche zahlt einen dreistelligen Millionenbetrag', 'de', 'dreistelligen Millionenbetrag', 'EUR'],
    ['einen zweistelligen Milliardenbetrag', 'de', 'zweistelligen Milliardenbetrag', 'EUR'],
    ['ein zweistelliger Millionenbetrag in Dollar', 'de', 'zweistelliger Millionenbetrag in Dollar', 'USD'],
    ['ein hoher zweistelliger Millionen-Euro-Betrag', 'de', 'zweistelliger Millionen-Euro-Betrag', 'EUR'],
  ])('%s', (text, lang, span, currency) => {
    const found = recogniseAmounts(text, lang);
    expect(found.map((a) => [a.text, a.value, a.currency, a.qualifier])).toEqual([[span, null, currency, 'unquantified']]);
  });

  test.each<[string, Lang, string, string]>([
    ['Volkswagen is wagering a few hundred million dollars.', 'en', 'a few hundred million dollars', 'USD'],
    ['getting there takes billions of dollars', 'en', 'billions of dollars', 'USD'],
    ['hundreds of millions of dollars', 'en', 'hundreds of millions of dollars', 'USD'],
    ['the average guest spends several hundred pounds on it', 'en', 'several hundred pounds', 'GBP'],
    ['scrap yards pay a few cents a pound', 'en', 'a few cents', 'USD'],
    ['il s’agirait de plusieurs dizaines de millions d’euros', 'fr', 'plusieurs dizaines de millions d’euros', 'EUR'],
    ['plusieurs centaines de millions de dollars', 'fr', 'plusieurs centaines de millions de dollars', 'USD'],
    ['des milliards d’euros', 'fr', 'milliards d’euros', 'EUR'],
    ['mehrere Milliarden Euro', 'de', 'mehrere Milliarden Euro', 'EUR'],
    ['Milliarden Euro an Fördergeld', 'de', 'Milliarden Euro', 'EUR'],
    ['enkele miljoenen euro', 'nl', 'enkele miljoenen euro', 'EUR'],
  ])('sized by words: %s', (text, lang, span, currency) => {
    expect(recogniseAmounts(text, lang).map((a) => [a.text, a.value, a.currency, a.qualifier])).toEqual([[span, null, currency, 'unquantified']]);
  });

  test('sized by words, but not money', () => {
    for (const text of ['millions of people', 'several hundred pounds of scrap', 'a few hundred people', 'Millions\nof dollars', 'des millions de personnes']) {
      expect(amounts(text, 'en'), text).toEqual([]);
    }
    expect(amounts('a few $5 million deals', 'en')).toEqual([[5e6, 'USD', null]]);
  });

  test('Dutch "vijf ton" is 500,000 euros, a tonne before what it weighs', () => {
    expect(amounts('De start-up haalde vijf ton op', 'nl')).toEqual([[5e5, 'EUR', 'about']]);
    expect(amounts('drie ton subsidie', 'nl')).toEqual([[3e5, 'EUR', 'about']]);
    expect(amounts('Het kost anderhalve ton.', 'nl')).toEqual([[1.5e5, 'EUR', 'about']]);
    for (const text of ['vijf ton staal', 'De vrachtwagen weegt vijf ton.', 'drie ton CO2 per jaar', 'twee ton per jaar', '1 ton aan guldens']) {
      expect(amounts(text, 'nl'), text).toEqual([]);
    }
    expect(amounts('drie ton subsidie', 'en')).toEqual([]);
  });
});

describe('words that look like money', () => {
  test.each<[string, Lang]>([
    ['The baby weighed 8.4 pounds', 'en'],
    ['a 300-pound manhole cover', 'en'],
    ['it weighs 2 pounds', 'en'],
    ['he lost 20 pounds of fat', 'en'],
    ['the film 99 Francs', 'en'],
    ['le film 99 Francs de Jan Kounen', 'fr'],
    ['Two Cents: the wedding budget', 'en'],
    ['1 kg de pommes fermes (environ 2 livres ; des reinettes)', 'fr'],
    // Titles and coins' names count no money.
    ['adapted from the 1893 story “The £1,000,000 Bank-Note”, it is a comedy', 'en'],
    ['the story “Le Million de Monsieur Dupont” was filmed', 'fr'],
    ['in America it went out under the title Man with a Million, and a pound was worth more', 'en'],
    ['The one-cent coin has carried Lincoln since 1909.', 'en'],
    ['pour une pièce de 2 euros commémorative', 'fr'],
    ['De 2 euromunt met de koning', 'nl'],
  ])('%s', (text, lang) => expect(amounts(text, lang)).toEqual([]));

  test.each<Case>([
    // A quote is no title unless it is written as one.
    ['“We raised $5 million from BMW,” she said.', 'en', [[5e6, 'USD']]],
    ['« Nous avons levé 5 millions d’euros », dit-il.', 'fr', [[5e6, 'EUR']]],
    // A bare scale after an amount stays money, and so does a German capital (every noun has one).
    ['The fund raised $2 billion, of which 900 million came from Asia.', 'en', [[2e9, 'USD'], [9e8, 'USD']]],
    ['Das Start-up sammelte 5 Milliarden Euro. Eine weitere Milliarde folgt 2026.', 'de', [[5e9, 'EUR'], [1e9, 'EUR']]],
    // A coin worth more than change is money: the 100 is no coin's name.
    ['a $100 coin collection', 'en', [[100, 'USD']]],
  ])('%s', (...c) => check(c));

  test('a bare scale among amounts in two currencies takes the one of an amount of its value near it', () => {
    const text = 'Gotion sammelt 7,3 Milliarden Yuan ein, VW zeichnet 6 Milliarden Yuan. Die zweite Milliarde betrifft den Partner JAC. Dafür veranschlagt der Konzern rund 1 Mrd. Euro.';
    expect(amounts(text, 'de')).toEqual([[7.3e9, 'CNY', null], [6e9, 'CNY', null], [1e9, 'EUR', null], [1e9, 'EUR', 'about']]);
    // With no such amount it stays unsure, and is dropped.
    expect(amounts('Gotion sammelt 7,3 Milliarden Yuan ein. Die zweite Milliarde betrifft den Partner JAC. Dafür zahlt VW 2 Mrd. Euro.', 'de')).toEqual([[7.3e9, 'CNY', null], [2e9, 'EUR', null]]);
  });

  test('dollars and cents in words, in a sentence naming Canada or Australia, are that country\'s', () => {
    expect(amounts('Canada stopped making its penny in 2012 and rounds cash payments to the nearest five cents.', 'en')).toEqual([[0.05, 'CAD', null]]);
    expect(amounts('La start-up canadienne a levé 20 millions de dollars.', 'fr')).toEqual([[2e7, 'CAD', null]]);
    expect(amounts('Het Australische bedrijf haalde 5 miljoen dollar op.', 'nl')).toEqual([[5e6, 'AUD', null]]);
    // A sign says which dollar; a sentence naming both countries, or neither, keeps the US one.
    expect(amounts('The Canadian start-up raised $20 million.', 'en')).toEqual([[2e7, 'USD', null]]);
    expect(amounts('Investors from Canada and Australia put in 20 million dollars.', 'en')).toEqual([[2e7, 'USD', null]]);
    expect(amounts('It raised 20 million dollars. Canada was next.', 'en')).toEqual([[2e7, 'USD', null]]);
  });

  test('a penny among dollars is a US cent; among pounds, a British one', () => {
    // The first penny, which costs, is the coin.
    expect(amounts('The US Mint lost $85 million on coins: a penny costs more than a penny.', 'en')).toEqual([[8.5e7, 'USD', null], [0.01, 'USD', 'more_than']]);
    expect(amounts('The ticket is £6, and not a penny less.', 'en').map(([, c]) => c)).toEqual(['GBP', 'GBP']);
  });

  test.each<Case>([
    ['it cost 20 pounds', 'en', [[20, 'GBP']]],
    ['tickets are priced at 15 pounds', 'en', [[15, 'GBP']]],
    ['361 million pounds', 'en', [[3.61e8, 'GBP']]],
    ['£8.4', 'en', [[8.4, 'GBP']]],
    ['500 pounds sterling', 'en', [[500, 'GBP']]],
    ['il coûte 99 francs', 'fr', [[99, 'CHF']]],
    ['il parie vingt mille livres avec ses collègues', 'fr', [[20000, 'GBP']]],
    ['£449.00 £549.00 Add to basket', 'en', [[449, 'GBP'], [549, 'GBP']]],
    ['$89.99 $99.99', 'en', [[89.99, 'USD'], [99.99, 'USD']]],
    ['two cents', 'en', [[0.02, 'USD']]],
  ])('%s', (...c) => check(c));

  test('words of Object.prototype are no number words (no NaN)', () => {
    for (const w of ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty']) {
      // Before, "constructor" read as a number word and gave NaN; now the words are no number, and
      // what is left is money sized by words alone.
      const found = recogniseAmounts(`${w} millions d’euros et ${w} Millionen Euro`, 'fr');
      expect(found.map((a) => [a.text, a.value, a.qualifier]), w).toEqual([['millions d’euros', null, 'unquantified'], ['Millionen Euro', null, 'unquantified']]);
      expect(recogniseAmounts(`${w} million dollars`, 'en'), w).toEqual([]);
    }
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

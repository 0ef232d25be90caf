import { describe, expect, test } from 'vitest';
import { dateNearHeadline, normaliseDate } from './page-date';
import { readPageMetadata } from './read-metadata';

describe('a date from metadata, as a calendar date in the page’s time zone', () => {
  test.each([
    ['2024-03-12T23:30:00-05:00', undefined, '2024-03-12'],
    ['2024-03-12T01:30:00+02:00', undefined, '2024-03-12'],
    ['2024-03-12', undefined, '2024-03-12'],
    ['2024-03', undefined, '2024-03'],
    ['20240312', undefined, '2024-03-12'],
    ['2024/03/12 10:30', undefined, '2024-03-12'],
    ['12.03.2024', 'de', '2024-03-12'],
    ['03/12/2024', 'en-US', '2024-03-12'],
    ['03/12/2024', 'fr', '2024-12-03'],
    ['Tue, 12 Mar 2024 10:30:00 +0100', undefined, '2024-03-12'],
    ['March 12, 2024', undefined, '2024-03-12'],
    ['12 mars 2024', undefined, '2024-03-12'],
    ['12. März 2024', undefined, '2024-03-12'],
    ['1710240000', undefined, '2024-03-12'],
    ['2024-02-30', undefined, undefined],
    ['soon', undefined, undefined],
    ['1850-01-01', undefined, undefined],
  ])('%s (%s)', (raw, lang, date) => expect(normaliseDate(raw, lang)).toBe(date));
});

describe('a time in UTC, on the page’s own clock', () => {
  test('the offset another of its dates gives', () => {
    const e = (metas: [string, string][], head = '') => ({ url: 'https://x.test/a', metas: metas.map(([key, content]) => ({ key, content })), jsonLd: [], relAuthors: [], siteTitles: [], bylines: [], times: [], headText: head, bodyText: '' });
    expect(readPageMetadata(e([['article:published_time', '2024-04-09T22:15:00Z'], ['article:modified_time', '2024-04-10T08:00:00+02:00']])).published).toBe('2024-04-10');
    // No offset anywhere: the day shown by the headline, when it is the next or the previous one.
    expect(readPageMetadata(e([['article:published_time', '2024-04-09T22:15:00Z']], 'Titel\n10 april 2024, 00:15')).published).toBe('2024-04-10');
    expect(readPageMetadata(e([['article:published_time', '2024-04-09T22:15:00Z']], 'Titel\n2 april 2024')).published).toBe('2024-04-09');
    // Written in local time already: as written.
    expect(readPageMetadata(e([['article:published_time', '2024-02-21T23:42:00-08:00']])).published).toBe('2024-02-21');
  });
});

describe('a date written by the headline', () => {
  test.each([
    ['Renault lance un fonds\nPublié le 12 mars 2024 à 10h30\nPar Marie Dupont', '2024-03-12'],
    ['Ein Fonds\n12.03.2024, 14:05 Uhr\nVon Anna Schmidt', '2024-03-12'],
    ['Een fonds\nGepubliceerd: 5 april 2023', '2023-04-05'],
    ['A fund\nMarch 5, 2024', '2024-03-05'],
    ['补能\n作者：李明远 ·2024/03/12 08:30', '2024-03-12'],
    ['ファンド\n2024年3月12日 5:00', '2024-03-12'],
  ])('%s', (head, date) => expect(dateNearHeadline(head)).toBe(date));

  test("a date in the article's sentences is an event, not the publication", () => {
    expect(dateNearHeadline('A fund\nThe fund, created on 12 March 2019 by the three carmakers, invested in forty start-ups over the following years.')).toBeUndefined();
  });

  test('"le 07/07": the year from the address', () => {
    expect(dateNearHeadline('Titre\nMis à jour le 07/07', 'fr', 2020)).toBe('2020-07-07');
  });
});

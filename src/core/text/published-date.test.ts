import { describe, expect, test } from 'vitest';
import { declaredDate, isoDate, jsonLdDate } from './published-date';

describe('isoDate', () => {
  test.each([
    ['2022-10-20T08:00:00Z', '2022-10-20'],
    [' 2022-10-20 ', '2022-10-20'],
    ['2022-10', '2022-10'],
    ['2022', '2022'],
    ['20221020', undefined],
    ['1850-01-01', undefined],
    ['2022-13-01', undefined],
    ['2022-02-40', undefined],
    ['yesterday', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (raw, want) => expect(isoDate(raw)).toBe(want));
});

test('jsonLdDate reads datePublished from a block that does not parse', () => {
  expect(jsonLdDate('{"@type":"NewsArticle","datePublished": "2019-03-04T10:00:00+01:00", oops')).toBe('2019-03-04');
  expect(jsonLdDate('{"dateModified":"2019-03-04"}')).toBeUndefined();
});

test('declaredDate trusts meta, then JSON-LD, then <time>, and skips what does not read', () => {
  expect(declaredDate({ meta: '2020-01-02', jsonLd: '2021-01-01', time: '2022-01-01' })).toEqual({ date: '2020-01-02', from: 'meta' });
  expect(declaredDate({ meta: 'soon', jsonLd: '2021-01-01', time: '2022-01-01' })).toEqual({ date: '2021-01-01', from: 'json-ld' });
  expect(declaredDate({ time: '2022-05' })).toEqual({ date: '2022-05', from: 'time' });
  expect(declaredDate({})).toBeUndefined();
});

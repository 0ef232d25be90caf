import { describe, expect, test } from 'vitest';
import { conversions, formatMoney } from './format';
import { EUR_RATES } from './fx-rates';

describe('formatMoney', () => {
  test.each([
    [1e9, 'USD', 'US$1.0 bn'],
    [1e8, 'EUR', '€100.0 m'],
    [2.3e9, 'EUR', '€2.3 bn'],
    [8.1e6, 'GBP', '£8.1 m'],
    [94000, 'USD', 'US$94,000'],
    [4.25, 'EUR', '€4.25'],
    [2e12, 'EUR', '€2.0 tn'],
    [5e6, 'SEK', 'SEK 5.0 m'],
  ])('%d %s → %s', (v, c, text) => expect(formatMoney(v, c)).toBe(text));
});

describe('conversions', () => {
  test('a dollar amount in EUR at that year’s average rate', () => {
    const [eur] = conversions(1e9, 'USD', 2018);
    expect(eur.currency).toBe('EUR');
    expect(eur.year).toBe(2018);
    expect(eur.value).toBeCloseTo(1e9 / EUR_RATES[2018].USD, 0);
  });
  test('a euro amount gets USD only; an unknown currency gets nothing', () => {
    expect(conversions(1e8, 'EUR', 2022).map((c) => c.currency)).toEqual(['USD']);
    expect(conversions(1e8, 'XYZ', 2022)).toEqual([]);
  });
});

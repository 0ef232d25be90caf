import { describe, expect, test } from 'vitest';
import { conversions, formatAmount, formatMoney, qualifierKey } from './format';
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

describe('formatAmount', () => {
  test('a figure, a range with both ends, none when the text gives none', () => {
    expect(formatAmount({ value: 1e8, currency: 'EUR' })).toBe('€100.0 m');
    expect(formatAmount({ value: 8e8, max: 1e9, currency: 'EUR' })).toBe('€800.0 m – €1.0 bn');
    expect(formatAmount({ value: null, currency: 'EUR' })).toBeNull();
    expect(formatMoney(1.2e12, 'KRW')).toBe('₩1.2 tn');
  });
  test('the words before the figure: none for a range or an unquantified amount', () => {
    expect(qualifierKey('up_to')).toBe('q_up_to');
    expect(qualifierKey('range')).toBeNull();
    expect(qualifierKey('unquantified')).toBeNull();
    expect(qualifierKey(null)).toBeNull();
  });
  test('a currency code that is a name of Object.prototype has no symbol', () => {
    expect(formatMoney(5, 'constructor')).toBe('constructor 5');
  });
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

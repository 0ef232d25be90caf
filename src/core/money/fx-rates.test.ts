import { describe, expect, test } from 'vitest';
import { EUR_RATES, FX_SOURCE, convert, knownCurrencies } from './fx-rates';

describe('fx-rates', () => {
  test('EUR to USD in 2018 is the table rate for 2018', () => {
    expect(convert(1, 'EUR', 'USD', 2018)).toEqual({ value: EUR_RATES[2018].USD, year: 2018 });
    expect(convert(1_000_000, 'eur', 'usd', 2018)?.value).toBeCloseTo(1_181_000, 6);
  });

  test('USD to EUR and back returns the value', () => {
    const eur = convert(250_000_000, 'USD', 'EUR', 2015);
    expect(eur?.year).toBe(2015);
    expect(eur?.value).toBeCloseTo(250_000_000 / EUR_RATES[2015].USD, 4);
    expect(convert(eur?.value ?? NaN, 'EUR', 'USD', 2015)?.value).toBeCloseTo(250_000_000, 4);
  });

  test('cross rates go through EUR', () => {
    expect(convert(100, 'GBP', 'JPY', 2020)?.value).toBeCloseTo((100 / EUR_RATES[2020].GBP) * EUR_RATES[2020].JPY, 6);
  });

  test('an unknown currency gives null', () => {
    expect(convert(100, 'XYZ', 'EUR', 2018)).toBeNull();
    expect(convert(100, 'USD', 'ABC', 2018)).toBeNull();
  });

  test('a year outside the table uses the nearest one and says which', () => {
    const [first, last] = FX_SOURCE.years;
    expect(convert(1, 'EUR', 'USD', 1995)).toEqual({ value: EUR_RATES[first].USD, year: first });
    expect(convert(1, 'EUR', 'USD', 2031)).toEqual({ value: EUR_RATES[last].USD, year: last });
  });

  test('a currency missing for the year uses the nearest year that has it', () => {
    expect(convert(1, 'EUR', 'KRW', 2012)?.year).toBe(2024);
  });

  test('every year has USD, and the table spans FX_SOURCE.years', () => {
    const years = Object.keys(EUR_RATES).map(Number);
    expect(Math.min(...years)).toBe(FX_SOURCE.years[0]);
    expect(Math.max(...years)).toBe(FX_SOURCE.years[1]);
    for (const y of years) expect(EUR_RATES[y].USD, String(y)).toBeGreaterThan(0);
  });

  test('knownCurrencies includes EUR and the table currencies', () => {
    expect(knownCurrencies()).toEqual(expect.arrayContaining(['EUR', 'USD', 'GBP', 'JPY', 'CHF']));
  });
});

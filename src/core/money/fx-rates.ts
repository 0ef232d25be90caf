/**
 * Yearly average exchange rates of the euro: for each year, units of a currency per 1 EUR.
 *
 * Source: annual averages of the ECB euro foreign exchange reference rates (European Central Bank),
 * as republished by Eurostat in table ert_bil_eur_a "Euro/ECU exchange rates - annual data"
 * (statinfo = AVG, unit = NAC):
 *   https://ec.europa.eu/eurostat/databrowser/view/ert_bil_eur_a/default/table
 *   ECB series EXR.A.<CUR>.EUR.SP00.A, e.g. https://data.ecb.europa.eu/data/datasets/EXR/EXR.A.USD.EUR.SP00.A
 *
 * How the figures were read (no live access to either site from here): USD, GBP, JPY and CHF for
 * 2000-2025 are transcribed from an extract of ert_bil_eur_a kept in public source code (extract
 * retrieved 2026-08-17, Eurostat data status 2026-07-08; trailing zeros dropped, so 1.13 is 1.1300).
 * USD 2000-2023 agrees with a second, independent copy of the ECB annual series. Where they differ
 * the Eurostat extract is kept: 2024 1.0824 (the other copy 1.0817; a third note quoting
 * ert_bil_eur_a also gives 1.0824) and 2025 1.13 (the other copy 1.1306, a FRED figure).
 * CNY and KRW are given for 2024 only, from a stored copy of the ECB data API response for
 * EXR.A.CNY/KRW.EUR.SP00.A (7.787469921875 and 1475.4041015624998), rounded as the ECB publishes them;
 * the same response gives GBP 0.84662 and JPY 163.85 for 2024, matching the Eurostat extract.
 * No other currency or year could be read from a source, so none is given: never fill a gap by hand.
 * No 2026 (year-to-date) average is included.
 */
export const FX_SOURCE = {
  name: 'ECB euro foreign exchange reference rates, annual averages (Eurostat ert_bil_eur_a)',
  url: 'https://ec.europa.eu/eurostat/databrowser/view/ert_bil_eur_a/default/table',
  years: [2000, 2025] as const,
};

/** Units of currency per 1 EUR, yearly average. EUR itself is implicit (1). */
export const EUR_RATES: Record<number, Record<string, number>> = {
  2000: { USD: 0.9236, GBP: 0.60948, JPY: 99.47, CHF: 1.5579 },
  2001: { USD: 0.8956, GBP: 0.62187, JPY: 108.68, CHF: 1.5105 },
  2002: { USD: 0.9456, GBP: 0.62883, JPY: 118.06, CHF: 1.467 },
  2003: { USD: 1.1312, GBP: 0.69199, JPY: 130.97, CHF: 1.5212 },
  2004: { USD: 1.2439, GBP: 0.67866, JPY: 134.44, CHF: 1.5438 },
  2005: { USD: 1.2441, GBP: 0.6838, JPY: 136.85, CHF: 1.5483 },
  2006: { USD: 1.2556, GBP: 0.68173, JPY: 146.02, CHF: 1.5729 },
  2007: { USD: 1.3705, GBP: 0.68434, JPY: 161.25, CHF: 1.6427 },
  2008: { USD: 1.4708, GBP: 0.79628, JPY: 152.45, CHF: 1.5874 },
  2009: { USD: 1.3948, GBP: 0.89094, JPY: 130.34, CHF: 1.51 },
  2010: { USD: 1.3257, GBP: 0.85784, JPY: 116.24, CHF: 1.3803 },
  2011: { USD: 1.392, GBP: 0.86788, JPY: 110.96, CHF: 1.2326 },
  2012: { USD: 1.2848, GBP: 0.81087, JPY: 102.49, CHF: 1.2053 },
  2013: { USD: 1.3281, GBP: 0.84926, JPY: 129.66, CHF: 1.2311 },
  2014: { USD: 1.3285, GBP: 0.80612, JPY: 140.31, CHF: 1.2146 },
  2015: { USD: 1.1095, GBP: 0.72584, JPY: 134.31, CHF: 1.0679 },
  2016: { USD: 1.1069, GBP: 0.81948, JPY: 120.2, CHF: 1.0902 },
  2017: { USD: 1.1297, GBP: 0.87667, JPY: 126.71, CHF: 1.1117 },
  2018: { USD: 1.181, GBP: 0.88471, JPY: 130.4, CHF: 1.155 },
  2019: { USD: 1.1195, GBP: 0.87777, JPY: 122.01, CHF: 1.1124 },
  2020: { USD: 1.1422, GBP: 0.8897, JPY: 121.85, CHF: 1.0705 },
  2021: { USD: 1.1827, GBP: 0.8596, JPY: 129.88, CHF: 1.0811 },
  2022: { USD: 1.053, GBP: 0.85276, JPY: 138.03, CHF: 1.0047 },
  2023: { USD: 1.0813, GBP: 0.86979, JPY: 151.99, CHF: 0.9718 },
  2024: { USD: 1.0824, GBP: 0.84662, JPY: 163.85, CHF: 0.9526, CNY: 7.7875, KRW: 1475.40 },
  2025: { USD: 1.13, GBP: 0.85679, JPY: 169.04, CHF: 0.937 },
};

const YEARS: readonly number[] = Object.keys(EUR_RATES)
  .map(Number)
  .sort((a, b) => a - b);

const KNOWN: readonly string[] = [...new Set(['EUR', ...Object.values(EUR_RATES).flatMap((r) => Object.keys(r))])].sort();

/** Every currency code the table can convert (EUR included). */
export function knownCurrencies(): string[] {
  return [...KNOWN];
}

function rateIn(year: number, code: string): number | undefined {
  return code === 'EUR' ? 1 : EUR_RATES[year]?.[code];
}

/**
 * Converts `value` from one currency to another through EUR at the yearly average rate.
 * Uses `year` when the table has both currencies for it; otherwise the nearest year that has both
 * (the earlier one on a tie), so a year outside 2000-2025 uses the nearest end of the table.
 * Returns the value and the year actually used, or null when a currency is unknown.
 */
export function convert(value: number, from: string, to: string, year: number): { value: number; year: number } | null {
  const src = from.toUpperCase();
  const dst = to.toUpperCase();
  if (!KNOWN.includes(src) || !KNOWN.includes(dst)) return null;
  let best: number | null = null;
  for (const y of YEARS) {
    if (rateIn(y, src) === undefined || rateIn(y, dst) === undefined) continue;
    if (best === null || Math.abs(y - year) < Math.abs(best - year)) best = y;
  }
  if (best === null) return null;
  const eur = value / (rateIn(best, src) as number);
  return { value: eur * (rateIn(best, dst) as number), year: best };
}

import { convert } from './fx-rates';

const SYMBOLS: Record<string, string> = { USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', CHF: 'CHF ', CAD: 'C$', AUD: 'A$', HKD: 'HK$', INR: '₹', KRW: '₩' };

/** "US$1.0 bn", "€100 m", "£8.1 m", "€4.25": one decimal for scaled values, the scale as a word. */
export function formatMoney(value: number, currency: string): string {
  const sym = SYMBOLS[currency] ?? `${currency} `;
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  const scaled = (n: number, unit: string) => `${sign}${sym}${n.toFixed(1)} ${unit}`;
  if (abs >= 1e12) return scaled(abs / 1e12, 'tn');
  if (abs >= 1e9) return scaled(abs / 1e9, 'bn');
  if (abs >= 1e6) return scaled(abs / 1e6, 'm');
  if (abs >= 1e4) return `${sign}${sym}${Math.round(abs).toLocaleString('en')}`;
  return `${sign}${sym}${Number.isInteger(abs) ? abs : abs.toFixed(2)}`;
}

export interface Conversion {
  currency: string;
  value: number;
  text: string;
  /** The year whose average rate was used (the nearest one the table has). */
  year: number;
}

/** The amount in EUR and in USD at the year's average rate (none for the currency it is already in). */
export function conversions(value: number, currency: string, year: number): Conversion[] {
  const out: Conversion[] = [];
  for (const to of ['EUR', 'USD']) {
    if (to === currency) continue;
    const c = convert(value, currency, to, year);
    if (c) out.push({ currency: to, value: c.value, text: formatMoney(c.value, to), year: c.year });
  }
  return out;
}

import { convert } from './fx-rates';

const SYMBOLS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', CHF: 'CHF ', CAD: 'C$', AUD: 'A$', HKD: 'HK$', INR: '₹', KRW: '₩' });

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

/**
 * An amount's figure as the card and the popup show it: "€100.0 m", a range "€800.0 m – €1.0 bn";
 * null for money the text sizes but does not count (its viewer says so in words).
 */
export function formatAmount(a: { value: number | null; max?: number; currency: string }): string | null {
  if (a.value === null) return null;
  const low = formatMoney(a.value, a.currency);
  return a.max === undefined ? low : `${low} – ${formatMoney(a.max, a.currency)}`;
}

/**
 * The message key of the words shown before the figure ("up to"): none for a range (the dash
 * between its ends says it) nor for an unquantified amount (shown as a sentence of its own).
 */
export function qualifierKey(qualifier: string | null): string | null {
  return qualifier && qualifier !== 'range' && qualifier !== 'unquantified' ? `q_${qualifier}` : null;
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

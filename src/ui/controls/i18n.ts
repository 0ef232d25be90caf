/**
 * Strings and dates for the UI pages, in the browser's language: the platform's t(), and what
 * both pages format the same way.
 */
import browser from 'webextension-polyfill';

export { t } from '../../platform/i18n';

export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** Formatters by language and precision: building one costs more than formatting with it (a list of rows formats hundreds). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${withDay}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', ...(withDay ? { day: 'numeric' } : {}), timeZone: 'UTC' })));
  return f;
}

/** A YYYY[-MM[-DD]] date as the reader writes dates; partial dates stay partial. */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  return dateFormat(uiLanguage(), Boolean(d)).format(new Date(Date.UTC(y, m - 1, d || 1)));
}

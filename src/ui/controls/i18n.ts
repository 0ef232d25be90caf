/**
 * Strings and dates for the UI pages, in the browser's language: the platform's t(), and what
 * both pages format the same way.
 */
import browser from 'webextension-polyfill';

export { t } from '../../platform/i18n';

export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** A YYYY[-MM[-DD]] date as the reader writes dates; partial dates stay partial. */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const options: Intl.DateTimeFormatOptions = d ? { year: 'numeric', month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short' };
  return new Date(Date.UTC(y, m - 1, d || 1)).toLocaleDateString(uiLanguage(), { ...options, timeZone: 'UTC' });
}

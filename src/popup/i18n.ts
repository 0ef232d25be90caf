import browser from 'webextension-polyfill';

/** A user-visible string in the browser's language; the key itself if a locale lacks it (a test keeps them complete). */
export const t = (key: string, subs?: string | string[]): string => browser.i18n.getMessage(key, subs) || key;

export const uiLanguage = (): string => browser.i18n.getUILanguage();

/** A YYYY[-MM[-DD]] date as the reader writes dates; partial dates stay partial. */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  if (!m) return String(y);
  const options: Intl.DateTimeFormatOptions = d ? { year: 'numeric', month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short' };
  return new Date(Date.UTC(y, m - 1, d || 1)).toLocaleDateString(uiLanguage(), { ...options, timeZone: 'UTC' });
}

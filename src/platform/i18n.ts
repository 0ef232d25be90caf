import browser from 'webextension-polyfill';

/** A user-visible string in the browser's language; the key itself if a locale lacks it (a test keeps them complete). */
export const t = (key: string, subs?: string | string[]): string => browser.i18n.getMessage(key, subs) || key;

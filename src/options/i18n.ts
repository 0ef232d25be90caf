import browser from 'webextension-polyfill';

/** A string of _locales in the browser's language (the key itself if it is missing, so a gap shows). */
export const t = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key, subs) || key;

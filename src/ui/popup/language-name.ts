/** A page's language as the reader reads it, and what is said of a language DealLens does not recognise names in. */
import { t, uiLanguage } from '../controls/i18n';

/** The languages names and amounts are recognised in. */
const RECOGNISED = ['en', 'fr', 'nl', 'de'];

/** "Czech", "français"…; "und" is a language no one could tell. */
export function languageName(tag: string): string {
  if (tag === 'und') return t('langUnknown');
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** What is said of a page in a language DealLens does not recognise names in, or '' for one of the four. */
export function languageNotice(tag: string): string {
  // A page whose language could not be told is read in whichever of the four fits it best: nothing to warn of.
  return tag === 'und' || RECOGNISED.includes(tag.split('-')[0]) ? '' : t('langNotRead', languageName(tag));
}


/** A page's language as the reader reads it, and what is said of a language DealLens does not recognise names in. */
import { t, uiLanguage } from '../controls/i18n';

/** The languages names and amounts are recognised in. */
const RECOGNISED = ['en', 'fr', 'nl', 'de'];

const names = new Map<string, Intl.DisplayNames>();
/** Built once per language: a list of rows names a language per row. */
function displayNames(lang: string): Intl.DisplayNames {
  let n = names.get(lang);
  if (!n) names.set(lang, (n = new Intl.DisplayNames([lang], { type: 'language' })));
  return n;
}

const named = new Map<string, string>();
/** "Czech", "français"…; "und" is a language no one could tell. Each name is looked up once: a list names one per row at every render. */
export function languageName(tag: string): string {
  if (tag === 'und') return t('langUnknown');
  const lang = uiLanguage();
  const key = `${lang}|${tag}`;
  let name = named.get(key);
  if (name === undefined) {
    try {
      name = displayNames(lang).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    named.set(key, name);
  }
  return name;
}

/** What is said of a page in a language DealLens does not recognise names in, or '' for one of the four. */
export function languageNotice(tag: string): string {
  // A page whose language could not be told is read in whichever of the four fits it best: nothing to warn of.
  return tag === 'und' || RECOGNISED.includes(tag.split('-')[0]) ? '' : t('langNotRead', languageName(tag));
}


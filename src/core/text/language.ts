import type { Lang } from '../kb/types';
import { HashFlags } from './hash-flags';
import { TokenKind, hashFolded, tokenize, type Tokens } from './tokenize';

/** Frequent short words that only one of the four languages uses (folded). */
const STOPWORDS: Record<Lang, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'which', 'has', 'have', 'its', 'this', 'from', 'by', 'are', 'will', 'it', 'said', 'their', 'been', 'an', 'at', 'but'],
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'que', 'sur', 'avec', 'pas', 'au', 'aux', 'ce', 'cette', 'sont', 'par', 'plus', 'ont', 'leur', 'il', 'elle', 'd', 'l', 'a'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'voor', 'met', 'zijn', 'niet', 'ook', 'aan', 'wordt', 'bij', 'naar', 'deze', 'heeft', 'hebben', 'maar', 'om', 'worden', 'nog', 'wil'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'ein', 'eine', 'auf', 'fur', 'sich', 'auch', 'wird', 'zu', 'im', 'werden', 'hat', 'sind', 'nach', 'bei', 'aus'],
};

const LANGS: Lang[] = ['en', 'fr', 'nl', 'de'];
/** hash → bit set of the languages that use the word */
const table = new HashFlags(LANGS.flatMap((lang, n) => STOPWORDS[lang].map((w) => [hashFolded(w), 1 << n] as const)), 64);

/**
 * The page's language from its most frequent function words. Good on a paragraph, and
 * cheap: one hash look-up per word. `hint` (the page's lang attribute) wins ties and short texts.
 */
export function detectLanguage(text: string | Tokens, hint?: string): Lang {
  const tokens = typeof text === 'string' ? tokenize(text) : text;
  const { count, kind, hash } = tokens;
  let en = 0;
  let fr = 0;
  let nl = 0;
  let de = 0;
  for (let i = 0; i < count; i++) {
    if (kind[i] !== TokenKind.Word) continue;
    const bits = table.get(hash[i]);
    en += bits & 1;
    fr += (bits >> 1) & 1;
    nl += (bits >> 2) & 1;
    de += (bits >> 3) & 1;
  }
  const scores = [en, fr, nl, de];
  const hinted = LANGS.find((l) => hint?.toLowerCase().startsWith(l));
  let best = hinted ?? 'en';
  let bestScore = hinted ? scores[LANGS.indexOf(hinted)] + 2 : -1;
  for (const [n, lang] of LANGS.entries()) {
    if (scores[n] > bestScore) {
      best = lang;
      bestScore = scores[n];
    }
  }
  return best;
}

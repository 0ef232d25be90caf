/**
 * The words an article is found by, and the words of a query, folded the same way: case and
 * accents gone ("Société" and "societe" are one word), so search in French, Dutch, English and
 * German needs no per-language analyser. The commonest function words of the four languages
 * are left out: they are in nearly every article, so they would only make the index heavy.
 */
import { foldString } from '../text/char-class';

const STOP_WORDS = new Set(
  (
    // en
    'the a an and or of to in on at by for with from as is are was were be been it its this that these those has have had not but ' +
    // fr
    'le la les un une des du de et ou au aux en dans par pour sur avec est sont ete qui que qu ce cette ces il elle ils se sa son ses leur leurs ne pas plus ' +
    // nl
    'het een en van in op te voor met door bij aan om dat die dit is zijn was werd wordt ook naar als er niet maar nog ' +
    // de
    'der die das den dem des ein eine einer eines einem und oder von zu im in am an auf mit fur ist sind war wurde wird auch als bei nach aus nicht sich'
  ).split(' '),
);

/** Above this, an article's further new words are not indexed (a pathological page must not fill the disk). */
export const MAX_TERMS = 4000;

/** The folded words of a text, in order, stop words kept (for phrase checks). */
export function foldedWords(text: string): string[] {
  return foldString(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The distinct words an article is indexed by: folded, at least 2 characters, no stop words. */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const w of foldedWords(text)) {
    if (w.length < 2 || w.length > 40 || STOP_WORDS.has(w)) continue;
    terms.add(w);
    if (terms.size >= MAX_TERMS) break;
  }
  return [...terms];
}

/**
 * The words a query needs, each matching the words that start with it: "Plug and Play" → plug,
 * play; "allian" finds "Alliance". Words of one letter are dropped (the index has none).
 */
export function parseQuery(query: string): string[] {
  const all = foldedWords(query).filter((w) => w.length >= 2 && w.length <= 40);
  const words = all.filter((w) => !STOP_WORDS.has(w));
  // A query of only stop words ("die") still means something: search for them as words.
  return [...new Set(words.length > 0 ? words : all)];
}

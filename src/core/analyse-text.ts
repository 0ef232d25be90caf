/**
 * A text's language, entity mentions (short forms and names never seen included) and money
 * amounts: what a page needs to paint its highlights. It reads no knowledge-base record beyond
 * the matcher's tables, so the content script carries no entity data; deal proposals, which
 * read the knowledge base, are analyse.ts's.
 */
import type { Lang } from './kb/types';
import type { Matcher, Mention } from './match/matcher';
import { shippedMatcher } from './match/shipped';
import { recogniseAmounts, type Amount } from './money/recognise';
import type { DocumentNames } from './names/document-names';
import { documentNames, findNames, type UnknownMention } from './names/find-names';
import { detectLanguage } from './text/language';
import { tokenize, type Tokens } from './text/tokenize';
import { outsideTitles, titleKey, workTitles, type Span } from './text/work-titles';
import { WARM_UP_RUNS, WARM_UP_TEXT } from './warm-up';

export interface TextAnalysis {
  lang: Lang;
  /** Known entities, short forms of those the text named in full included. */
  entities: Mention[];
  /** Names DealLens has never seen (contract 6), and their short forms. */
  unknown: UnknownMention[];
  amounts: Amount[];
}

export interface TextOptions {
  /** The page's declared language (html lang), used when the text is short or mixed. */
  langHint?: string;
  /** Force a language (a page's, once known); detected from the text's own tokens otherwise. */
  lang?: Lang;
  /** A matcher with the user's own entities; the shipped knowledge base otherwise. */
  matcher?: Matcher;
  /**
   * What the document named so far (names/document-names.ts), for a text read in parts (a page's
   * slices): short forms link to a full mention in an earlier part. One of its own otherwise.
   */
  names?: DocumentNames;
  /** Find names DealLens has never seen (default); the reader may switch it off. */
  discover?: boolean;
  /**
   * The spans of `text` the page set apart in italics or <cite> (text/work-titles.ts): those that
   * read as a work's title ("Ford v Ferrari", "99 Francs") hold no company, person or money.
   */
  setApart?: readonly Span[];
}

export type { DocumentNames } from './names/document-names';
export type { UnknownMention } from './names/find-names';
/** A memory of names for a document read in parts, short forms checked against `matcher`. */
export { documentNames } from './names/find-names';

let warm = false;
/** The last text's tokens: nothing keeps them after an analysis, so the next one writes over their arrays. */
let spare: Tokens | undefined;

export function analyseText(text: string, options: TextOptions = {}): TextAnalysis {
  if (!warm) {
    warm = true;
    const warmUp = { matcher: options.matcher };
    // Long and short in turn, as slices come: token arrays are reused for both.
    for (let n = 0; n < WARM_UP_RUNS; n++) once(n % 2 ? WARM_UP_TEXT : WARM_UP_TEXT.slice(0, 200), warmUp);
  }
  return once(text, options);
}

function once(text: string, options: TextOptions): TextAnalysis {
  const tokens = tokenize(text, spare);
  spare = tokens;
  const lang = options.lang ?? detectLanguage(tokens, options.langHint);
  const matcher = options.matcher ?? shippedMatcher();
  const found = matcher.find(text, tokens, lang);
  const amounts = recogniseAmounts(text, lang, tokens);
  const memory = options.names ?? documentNames(matcher);
  const names = findNames(text, tokens, found, amounts, memory, options.discover !== false, lang, matcher.weakFound);
  const entities = names.short.length ? [...names.known, ...names.short].sort((a, b) => a.start - b.start) : (names.known as Mention[]);
  const titles = options.setApart?.length ? workTitles(text, options.setApart) : [];
  for (const t of titles) memory.titles.add(titleKey(text.slice(t.start, t.end)));
  if (!titles.length && !memory.titles.size) return { lang, entities, unknown: names.unknown, amounts };
  return {
    lang,
    entities: outsideTitles(text, entities, titles, (m) => m.type) as Mention[],
    unknown: outsideTitles(text, names.unknown, titles, (m) => m.type) as UnknownMention[],
    amounts: outsideTitles(text, amounts, titles, () => 'amount').filter((a) => !memory.titles.has(titleKey(a.text))),
  };
}

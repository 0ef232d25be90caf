import { kbEntities } from './kb';
import type { Lang } from './kb/types';
import { Matcher, type Mention } from './match/matcher';
import { recogniseAmounts, type Amount } from './money/recognise';
import { detectLanguage } from './text/language';
import { tokenize } from './text/tokenize';

export interface DealProposal {
  type: string;
  investors: string[];
  targets: string[];
  amount: { value: number; currency: string } | null;
  date: string | null;
  start: number;
  end: number;
}

export interface Analysis {
  lang: Lang;
  entities: Mention[];
  amounts: Amount[];
  deals: DealProposal[];
}

export interface AnalyseOptions {
  /** The page's declared language (html lang), used when the text is short or mixed. */
  langHint?: string;
  /** Force a language. */
  lang?: Lang;
  /** A matcher with the user's own entities; the shipped knowledge base otherwise. */
  matcher?: Matcher;
}

let shipped: Matcher | null = null;

/** The matcher for the shipped knowledge base, built once on first use. */
export function shippedMatcher(): Matcher {
  shipped ??= new Matcher(kbEntities);
  return shipped;
}

/** Language, entity mentions and money amounts of a text: the one entry point of the core. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const tokens = tokenize(text);
  const lang = options.lang ?? detectLanguage(tokens, options.langHint);
  const matcher = options.matcher ?? shippedMatcher();
  return {
    lang,
    entities: matcher.find(text, tokens, lang),
    amounts: recogniseAmounts(text, lang, tokens),
    // Deal proposals come with the deal store; until then the field is present and empty.
    deals: [],
  };
}

/**
 * The core's one entry point for a whole text: language, mentions, amounts (analyse-text.ts) and
 * the deals the text reports, proposed for the reader to confirm (deals/propose.ts, which reads
 * the knowledge base: the content script uses analyse-text.ts alone).
 */
import { analyseText, type TextAnalysis, type TextOptions } from './analyse-text';
import { proposeDeals, type Proposal } from './deals/propose';

export interface Analysis extends TextAnalysis {
  /** Deals the text reports, proposed for the reader to confirm (see deals/propose.ts). */
  deals: Proposal[];
}

export interface AnalyseOptions extends TextOptions {
  /** Propose deals (default). Highlighting a page slice by slice has no use for them. */
  deals?: boolean;
  /** The article's publication date (YYYY[-MM[-DD]]), for undated deals and "10 januari". */
  published?: string;
}

export { documentNames, type DocumentNames, type UnknownMention } from './analyse-text';
/** The shipped knowledge base's matcher (shared), and one of its own to add a reader's entities to. */
export { newShippedMatcher, shippedMatcher } from './match/shipped';

export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const a = analyseText(text, options);
  return { ...a, deals: options.deals === false ? [] : proposeDeals(text, a.entities, a.amounts, { published: options.published }) };
}

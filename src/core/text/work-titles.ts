/**
 * Titles of works: a film, an album, a book or a series named in the text ("he made *Ford v
 * Ferrari*", "*Mercedes Sosa en Argentina* (1982)", "in the *John Wick* films"). The page sets
 * them apart (italics, <cite>); the contexts that read a page give their spans, and a name or an
 * amount that is part of one is the title's, not a company's, a person's or money.
 *
 * Not every italic is a title: a styled paragraph, a caption, an interview's speaker label
 * ("*Luca de Meo:*") or a stressed word are read as they are. A publication's name in italics
 * ("told *Handelsblatt*") is an organisation, and stays one.
 */
import type { EntityType } from '../kb/types';

export interface Span {
  start: number;
  end: number;
}

/**
 * The inline elements that set a stretch apart, as a title of a work is: one list for the content
 * script's slices, the saved article's text and `scan`/`eval`. Lower-case local names.
 */
export const SET_APART_TAGS: ReadonlySet<string> = new Set(['cite', 'em', 'i']);

/** Longer than this, italics are a passage, not a title. */
const MAX_CHARS = 100;
const MAX_WORDS = 10;
/** A title ends on a word or a closing mark, not on the punctuation of a label or a sentence. */
const LABEL_END = /[:.,;!?…–—-]$/u;
const CAPITAL_WORD = /(?:^|[\s(«"“'‘-])\p{Lu}/u;
/** Around a mention, what does not make the title longer than the name: spaces, quotes, a possessive. */
const TRIM = /^[\s"“”'‘’«»()[\]]+|(?:['’]s?|[\s"“”'‘’«»()[\]])+$/gu;

const trimmed = (s: string) => s.replace(TRIM, '');
/** A title's article does not make a publication's name longer: *The Wall Street Journal*, *Le Monde*, *Die Zeit*. */
const ARTICLE = /^(?:the|le|la|les|l['’]|die|der|das|de|het|el)\s*/iu;

/** The line of `text` around `span` (the contexts break a line at every block). */
function lineOf(text: string, span: Span): string {
  const from = text.lastIndexOf('\n', span.start - 1) + 1;
  const nl = text.indexOf('\n', span.end);
  return text.slice(from, nl < 0 ? text.length : nl);
}

/** Whether the span set apart reads as a work's title: short, capitalised, not a whole line, not a label. */
export function isWorkTitle(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end).trim();
  if (t.length < 2 || t.length > MAX_CHARS || t.includes('\n')) return false;
  if (t.split(/\s+/u).length > MAX_WORDS || LABEL_END.test(t) || !CAPITAL_WORD.test(t)) return false;
  // Italics that fill their line are the line's style (a standfirst, a caption, a pull quote).
  return trimmed(lineOf(text, span)) !== trimmed(t);
}

export type TitleKind = EntityType | 'amount';

/**
 * Whether a mention (its span and kind) inside a title is the title's: any name that is only part
 * of a longer title; a person or an amount written in title case ("99 Francs") that is the whole
 * of it. An organisation that is the whole title is a publication and stays.
 */
export function partOfTitle(text: string, mention: Span, kind: TitleKind, title: Span): boolean {
  if (mention.start < title.start || mention.end > title.end) return false;
  const name = trimmed(text.slice(mention.start, mention.end));
  const whole = trimmed(text.slice(title.start, title.end));
  if (whole.length > name.length && whole.replace(ARTICLE, '') !== name) return true;
  if (kind === 'person') return true;
  // "99 Francs", "Fifty Million Dollars": money in title case; "€1bn" in italics is stressed, not a title.
  return kind === 'amount' && /\s\p{Lu}/u.test(name);
}

/** The mentions of `list` that are not part of one of `titles` (work titles only: see workTitles; a text has few). */
export function outsideTitles<M extends Span>(text: string, list: readonly M[], titles: readonly Span[], kindOf: (m: M) => TitleKind): readonly M[] {
  if (!titles.length || !list.length) return list;
  return list.filter((m) => !titles.some((t) => partOfTitle(text, m, kindOf(m), t)));
}

/** Of the spans a page set apart, the work titles. */
export function workTitles(text: string, spans: readonly Span[]): Span[] {
  return spans.filter((s) => isWorkTitle(text, s));
}

/** How a title is remembered across a document: an amount elsewhere written as it ("the title's 99 francs") is the title's too. */
export const titleKey = (s: string) => trimmed(s).normalize('NFC').toLowerCase().replace(/\s+/gu, ' ');

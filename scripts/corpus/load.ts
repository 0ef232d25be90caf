/**
 * The development corpus (test/corpus, FORMAT.md there): each page's article text and its gold,
 * with every gold surface located in the text, so a score compares spans, not strings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText } from '../html-text';

export const CORPUS = join(import.meta.dirname, '../../test/corpus');

export interface GoldEntity {
  surface: string;
  canonical: string;
  type: string;
  count: number;
}
export interface GoldAmount {
  surface: string;
  value: number | null;
  currency: string;
  qualifier: string | null;
  max?: number;
}
export interface GoldDeal {
  type: string;
  investors?: string[] | null;
  lead?: string[] | null;
  target?: string | null;
  sponsors?: { name: string; share: number | null }[] | null;
  parties?: string[] | null;
  jv?: string | null;
  accelerator?: string | null;
  amount: { value: number; currency: string } | null;
  date: string | null;
  form: string;
  multi_investor?: boolean;
  evidence: string;
  shared: string | null;
}
export interface Gold {
  lang: string;
  published: string;
  entities: GoldEntity[];
  amounts: GoldAmount[];
  not_money: string[];
  traps: { surface: string; why: string }[];
  noise: string[];
  deals: GoldDeal[];
}

export interface Span {
  start: number;
  end: number;
}
export interface LocatedEntity extends Span {
  gold: GoldEntity;
}
export interface LocatedAmount extends Span {
  gold: GoldAmount;
}

export interface CorpusPage {
  /** `news/fr/01-alliance-ventures-lancement` or `general/07-…`. */
  name: string;
  set: 'news' | 'general';
  lang: string;
  html: string;
  /** The text a reader sees inside <article> (the gold's scope). */
  article: string;
  /** The text a reader sees on the whole page (for noise). */
  page: string;
  /** Spans of `article` and of `page` in italics or <cite>, as the content script gives them. */
  articleSetApart: Span[];
  pageSetApart: Span[];
  gold: Gold;
  entities: LocatedEntity[];
  amounts: LocatedAmount[];
  traps: Span[];
  notMoney: Span[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordChar = /[\p{L}\p{N}]/u;

/** Every occurrence of `surface` in `text` as a whole word (white space may differ: blocks break lines). */
export function occurrences(text: string, surface: string): Span[] {
  const out: Span[] = [];
  const re = new RegExp(escape(surface.trim()).replace(/\s+/g, '\\s+'), 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text[m.index - 1] ?? ' ';
    const after = text[m.index + m[0].length] ?? ' ';
    // A word inside a longer word is not it ("Ford" in "Fordham"), unless the surface itself ends in a non-word character.
    const startsOk = !wordChar.test(surface[0]) || !wordChar.test(before);
    const endsOk = !wordChar.test(surface.at(-1)!) || !wordChar.test(after);
    if (startsOk && endsOk) out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Longest surfaces first; a place already taken by a longer surface is not counted again (FORMAT.md). */
function locate<T extends { surface: string }>(text: string, items: T[]): (Span & { gold: T })[] {
  const out: (Span & { gold: T })[] = [];
  const taken: Span[] = [];
  const sorted = [...items].sort((a, b) => b.surface.length - a.surface.length);
  const free = (s: Span) => !taken.some((t) => s.start < t.end && t.start < s.end);
  for (const item of sorted) {
    for (const span of occurrences(text, item.surface)) {
      if (!free(span)) continue;
      taken.push(span);
      out.push({ ...span, gold: item });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function loadPage(dir: string, file: string, set: 'news' | 'general'): CorpusPage {
  const html = readFileSync(join(dir, `${file}.html`), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, `${file}.gold.json`), 'utf8')) as Gold;
  const { text: article, setApart: articleSetApart } = htmlToText(html, { within: 'article' });
  const { text: page, setApart: pageSetApart } = htmlToText(html);
  // Names and traps take their places together, longest first: a name inside a trap ("Tesla" in "Tesla coil")
  // is not gold, and a trap inside a name ("Ford" in "Harrison Ford") is not a trap there.
  const both = locate(article, [...gold.entities.map((e) => ({ surface: e.surface, entity: e })), ...(gold.traps ?? []).map((t) => ({ surface: t.surface, entity: null }))]);
  const entities = both.filter((b) => b.gold.entity).map(({ start, end, gold: g }) => ({ start, end, gold: g.entity! }));
  const traps = both.filter((b) => !b.gold.entity).map(({ start, end }) => ({ start, end }));
  const amounts = locate(article, gold.amounts);
  const notMoney = locate(article, (gold.not_money ?? []).map((surface) => ({ surface }))).map(({ start, end }) => ({ start, end }));
  const name = `${set === 'news' ? `news/${gold.lang}` : 'general'}/${file}`;
  return { name, set, lang: gold.lang, html, article, page, articleSetApart, pageSetApart, gold, entities, amounts, traps, notMoney };
}

export function loadCorpus(root = CORPUS): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const read = (dir: string, set: 'news' | 'general') => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) pages.push(loadPage(dir, f.replace(/\.gold\.json$/, ''), set));
  };
  const news = join(root, 'news');
  if (existsSync(news)) for (const lang of readdirSync(news).sort()) read(join(news, lang), 'news');
  read(join(root, 'general'), 'general');
  return pages;
}

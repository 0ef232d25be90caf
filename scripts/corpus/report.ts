/** The corpus scores summed per language (and for the general pages), as the figures `npm run eval` prints and the floors check. */
import { loadCorpus, CORPUS, type CorpusPage } from './load';
import type { Analysis } from '../../src/core/analyse';
import { articleAnalysis, scorePage, type Aliases, type Counts, type PageScore } from './score';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Figures {
  pages: number;
  orgRecall: number;
  orgPrecision: number;
  personRecall: number;
  personPrecision: number;
  /** Of the names never seen that were painted, the share that are right. */
  discoveryPrecision: number;
  /** How many names never seen were painted. */
  discovered: number;
  amountRecall: number;
  amountPrecision: number;
  /** Precision of every name and amount together (the general pages' figure). */
  precision: number;
  traps: number;
  noise: number;
  dealRecall: number;
  dealPrecision: number;
  dealsGold: number;
  dealsFound: number;
  rolesReversed: number;
  dealAmountRight: number;
  dealMonthRight: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const add = (x: Counts, y: Counts): Counts => ({ gold: x.gold + y.gold, recalled: x.recalled + y.recalled, found: x.found + y.found, right: x.right + y.right });

export function figures(scores: PageScore[]): Figures {
  const zero = { gold: 0, recalled: 0, found: 0, right: 0 };
  const orgs = scores.reduce((n, s) => add(n, s.orgs), zero);
  const people = scores.reduce((n, s) => add(n, s.people), zero);
  const amounts = scores.reduce((n, s) => add(n, s.amounts), zero);
  const unknown = scores.reduce((n, s) => add(n, s.unknown), zero);
  const deals = scores.reduce((n, s) => add(n, s.deals), zero);
  const sum = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  return {
    pages: scores.length,
    orgRecall: ratio(orgs.recalled, orgs.gold),
    orgPrecision: ratio(orgs.right, orgs.found),
    personRecall: ratio(people.recalled, people.gold),
    personPrecision: ratio(people.right, people.found),
    discoveryPrecision: ratio(unknown.right, unknown.found),
    discovered: unknown.found,
    amountRecall: ratio(amounts.recalled, amounts.gold),
    amountPrecision: ratio(amounts.right, amounts.found),
    precision: ratio(orgs.right + people.right + amounts.right, orgs.found + people.found + amounts.found),
    traps: sum((s) => s.traps),
    noise: sum((s) => s.noise),
    dealRecall: ratio(deals.recalled, deals.gold),
    dealPrecision: ratio(deals.right, deals.found),
    dealsGold: deals.gold,
    dealsFound: deals.found,
    rolesReversed: sum((s) => s.deals.reversed),
    dealAmountRight: ratio(sum((s) => s.deals.amountRight), sum((s) => s.deals.amountStated)),
    dealMonthRight: ratio(sum((s) => s.deals.monthRight), sum((s) => s.deals.monthStated)),
  };
}

/** test/corpus/entities.json: each canonical name with the other canonical strings used for the same entity. */
export function loadAliases(root = CORPUS): Aliases {
  const file = join(root, 'entities.json');
  const aliases: Aliases = new Map();
  if (!existsSync(file)) return aliases;
  for (const e of JSON.parse(readFileSync(file, 'utf8')) as { canonical: string; also?: string[] }[]) aliases.set(e.canonical, e.also ?? []);
  return aliases;
}

export interface Report {
  /** By group: fr, nl, de, en, general. */
  groups: Map<string, Figures>;
  scores: PageScore[];
  /** Each page's article analysis, the one its score read (its `shared` deals index into it). */
  analyses: Analysis[];
}

export function evaluate(pages: CorpusPage[] = loadCorpus(), aliases: Aliases = loadAliases()): Report {
  const analyses = pages.map(articleAnalysis);
  const scores = pages.map((p, i) => scorePage(p, aliases, analyses[i]));
  const groups = new Map<string, Figures>();
  const keys = [...new Set(pages.map((p) => (p.set === 'general' ? 'general' : p.lang)))];
  for (const k of keys) groups.set(k, figures(scores.filter((s, i) => (pages[i].set === 'general' ? 'general' : pages[i].lang) === k)));
  return { groups, scores, analyses };
}

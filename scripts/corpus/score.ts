/**
 * Scores the core's analysis of the development corpus against its gold, by spans:
 * - a name is right when its span is the gold's, its kind is the gold's, and (for a known entity)
 *   the entity it links to is the gold's canonical one (by name or alias);
 * - an amount is right when it overlaps a gold amount and has its value (or a range's end) and currency;
 * - a trap is painted when a name or an amount covers a trap's place;
 * - a deal is right when its type, its target and one investor are right (issue 14's rule).
 */
import { analyse, type Analysis } from '../../src/core/analyse';
import { kbEntities } from '../../src/core/kb';
import { aliasText } from '../../src/core/kb/alias-text';
import type { Lang } from '../../src/core/kb/types';
import { occurrences, type CorpusPage, type GoldDeal, type Span } from './load';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Every name a known entity goes by, folded, by id. */
const namesById = new Map(kbEntities.map((e) => [e.id, new Set([e.name, ...(e.aliases ?? []).map(aliasText)].map(fold))]));

/** Whether a known entity (by id and name) is the gold's canonical one, given the surface it was found on. */
export function linksTo(id: string | null, name: string, canonical: string, also: readonly string[] = []): boolean {
  const wanted = [canonical, ...also].map(fold);
  const names = (id && namesById.get(id)) || new Set([fold(name)]);
  return wanted.some((w) => names.has(w));
}

export interface Counts {
  /** In the gold; of them, found. */
  gold: number;
  recalled: number;
  /** Found by the core; of them, right. */
  found: number;
  right: number;
}
const counts = (): Counts => ({ gold: 0, recalled: 0, found: 0, right: 0 });

export interface PageScore {
  page: string;
  lang: string;
  orgs: Counts;
  people: Counts;
  /** Names never seen (the sixth highlight): found, and of them right (span and kind the gold's). */
  unknown: Counts;
  amounts: Counts;
  traps: number;
  /** Names and amounts painted on the page's visible text outside <article> that the gold lists as noise. */
  noise: number;
  deals: Counts & { reversed: number; amountRight: number; amountStated: number; monthRight: number; monthStated: number };
  /** The page's proposals (by index) matched to a gold deal other pages report too (its `shared` key). */
  shared: { key: string; deal: number }[];
  errors: string[];
}

const ORG = new Set(['fund', 'company', 'accelerator']);
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The canonical names a gold canonical may also go by (test/corpus/entities.json), folded. */
export type Aliases = Map<string, string[]>;

function scoreEntities(page: CorpusPage, a: Analysis, also: Aliases, s: PageScore): void {
  const byStart = new Map(page.entities.map((g) => [`${g.start}:${g.end}`, g]));
  // A name painted without its possessive ("Sega" of a gold "Sega's") is the same mention.
  for (const g of page.entities) if (/['’]s$/.test(g.gold.surface)) byStart.set(`${g.start}:${g.end - 2}`, g);
  const recalled = new Set<string>();
  for (const g of page.entities) (ORG.has(g.gold.type) ? s.orgs : s.people).gold++;
  const unknown = a.unknown.map((u) => ({ ...u, id: null, known: false }));
  for (const m of [...a.entities, ...unknown]) {
    const g = byStart.get(`${m.start}:${m.end}`);
    const kind = g ? (ORG.has(g.gold.type) ? s.orgs : s.people) : ORG.has(m.type) ? s.orgs : s.people;
    kind.found++;
    const known = !('known' in m);
    if (!known) s.unknown.found++;
    if (g && g.gold.type === m.type && (!known || linksTo(m.id, m.name, g.gold.canonical, also.get(g.gold.canonical)))) {
      kind.right++;
      kind.recalled++;
      if (!known) s.unknown.right++;
      recalled.add(`${g.start}:${g.end}`);
      continue;
    }
    if (page.traps.some((t) => overlaps(t, m))) s.traps++;
    s.errors.push(g ? `name "${m.text}" as ${m.type} ${m.name}, gold ${g.gold.type} ${g.gold.canonical}` : `name "${m.text}" (${m.type} ${m.name}) not in the gold`);
  }
  for (const g of page.entities) if (!recalled.has(`${g.start}:${g.end}`)) s.errors.push(`missed ${g.gold.type} "${g.gold.surface}" (${g.gold.canonical})`);
}

function scoreAmounts(page: CorpusPage, a: Analysis, s: PageScore): void {
  s.amounts.gold += page.amounts.length;
  const recalled = new Set<number>();
  for (const x of a.amounts) {
    s.amounts.found++;
    // Both ends of a range the gold writes as one amount are right ("entre 800 millions et 1 milliard").
    // An amount without a value is right only where the gold has none either ("zweistelliger Millionenbetrag").
    const v = x.value;
    const i = page.amounts.findIndex((g) => overlaps(g, x) && g.gold.currency === x.currency && (g.gold.value === null || (v !== null && (near(v, g.gold.value) || (g.gold.max !== undefined && near(v, g.gold.max))))));
    if (i >= 0) {
      recalled.add(i);
      s.amounts.right++;
      continue;
    }
    if (page.traps.some((t) => overlaps(t, x)) || page.notMoney.some((t) => overlaps(t, x))) s.traps++;
    s.errors.push(`amount "${x.text}" = ${x.value} ${x.currency} not in the gold`);
  }
  s.amounts.recalled += recalled.size;
  for (const [n, g] of page.amounts.entries()) if (!recalled.has(n)) s.errors.push(`amount "${g.gold.surface}" missed`);
}

const near = (x: number, y: number) => Math.abs(x - y) <= Math.max(1e-6, Math.abs(y) * 0.005);

/** The gold deal's roles as investors (who gives or buys) and targets (who is funded, bought, created or admitted). */
function roles(d: GoldDeal): { investors: string[]; targets: string[] } {
  switch (d.type) {
    case 'fund':
      return { investors: (d.sponsors ?? []).map((x) => x.name), targets: d.target ? [d.target] : [] };
    case 'partnership':
      return { investors: d.parties ?? [], targets: d.parties ?? [] };
    case 'program':
      return { investors: d.accelerator ? [d.accelerator] : d.investors ?? [], targets: d.target ? [d.target] : [] };
    default:
      return { investors: d.investors ?? [], targets: d.target ? [d.target] : [] };
  }
}

function scoreDeals(page: CorpusPage, a: Analysis, also: Aliases, s: PageScore): void {
  const gold = page.gold.deals ?? [];
  s.deals.gold += gold.length;
  const used = new Set<number>();
  const named = (p: { id: string; name: string }, names: string[]) => names.some((n) => linksTo(p.id, p.name, n, also.get(n)));
  const sides = (d: Analysis['deals'][number]) => ({
    investors: [...d.investors, ...d.sponsors, ...(d.type === 'partnership' ? d.partners : [])],
    targets: [...d.targets, ...(d.type === 'partnership' ? d.partners : [])],
  });
  const fits = (d: Analysis['deals'][number], g: GoldDeal) => {
    if (g.type !== d.type) return false;
    const r = roles(g);
    const { investors, targets } = sides(d);
    if (g.type === 'partnership') return investors.filter((p) => named(p, r.investors)).length >= Math.min(2, r.investors.length);
    // A round whose investors the text does not name is right when the proposal names none either: it leaves them to the reader.
    if (r.investors.length === 0) return investors.length === 0 && targets.some((p) => named(p, r.targets));
    return targets.some((p) => named(p, r.targets)) && investors.some((p) => named(p, r.investors));
  };
  // Where the gold's evidence sits in the text: a proposal drawn from a deal's own sentence is matched to that deal first,
  // so that a summary sentence naming the same parties ("has raised $3.65 billion from Amazon, Ford…") does not take it.
  const at = gold.map((g) => {
    const head = g.evidence.trim().slice(0, 80).split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const found = new RegExp(head.join('\\s+')).exec(page.article);
    return found ? { start: found.index, end: found.index + g.evidence.length } : undefined;
  });
  const overlaps = (d: { start: number; end: number }, n: number) => at[n] !== undefined && d.start < at[n]!.end && at[n]!.start < d.end;
  // The most proposals matched to distinct gold deals (augmenting paths), each trying its own sentence's deals first.
  const options = a.deals.map((d) => gold.map((_, n) => n).filter((n) => fits(d, gold[n])).sort((x, y) => Number(overlaps(d, y)) - Number(overlaps(d, x))));
  const owner = new Map<number, number>();
  const take = (k: number, seen: Set<number>): boolean =>
    options[k].some((n) => {
      if (seen.has(n)) return false;
      seen.add(n);
      if (owner.has(n) && !take(owner.get(n)!, seen)) return false;
      owner.set(n, k);
      return true;
    });
  a.deals.forEach((_, k) => take(k, new Set()));
  const match = new Map([...owner].map(([n, k]) => [k, n]));
  for (const [k, d] of a.deals.entries()) {
    s.deals.found++;
    const { investors, targets } = sides(d);
    const i = match.get(k) ?? -1;
    if (i < 0) {
      // Roles are reversed in a deal of the same kind that has roles: a partnership has none to swap.
      const reversed = d.type !== 'partnership' && gold.some((g) => {
        const r = roles(g);
        return g.type === d.type && targets.some((p) => named(p, r.investors)) && investors.some((p) => named(p, r.targets));
      });
      if (reversed) s.deals.reversed++;
      s.errors.push(`deal ${d.type} ${investors.map((p) => p.name).join(', ')} → ${targets.map((p) => p.name).join(', ')}${reversed ? ' (roles reversed)' : ''} not in the gold: "${page.article.slice(d.start, d.end).replace(/\s+/g, ' ').slice(0, 160)}"`);
      continue;
    }
    used.add(i);
    if (gold[i].shared) s.shared.push({ key: gold[i].shared!, deal: k });
    s.deals.right++;
    s.deals.recalled++;
    const g = gold[i];
    if (g.amount) {
      s.deals.amountStated++;
      if (d.amount && d.amount.currency === g.amount.currency && near(d.amount.value, g.amount.value)) s.deals.amountRight++;
      else s.errors.push(`deal amount: ${d.type} → ${d.targets.map((p) => p.name).join(', ')}: ${d.amount ? `${d.amount.value} ${d.amount.currency}` : 'none'}, gold ${g.amount.value} ${g.amount.currency}: "${page.article.slice(d.start, d.end).replace(/\s+/g, ' ').slice(0, 140)}"`);
    }
    if (g.date && g.date.length >= 7) {
      s.deals.monthStated++;
      if (d.date?.slice(0, 7) === g.date.slice(0, 7)) s.deals.monthRight++;
    }
  }
  for (const [n, g] of gold.entries()) {
    if (used.has(n)) continue;
    const r = roles(g);
    s.errors.push(`deal missed: ${g.type} ${r.investors.join(', ')} → ${r.targets.join(', ')} (${g.form}): "${g.evidence.slice(0, 160)}"`);
  }
}

/** The page's language when DealLens reads names in it, as a hint. */
const langOf = (page: CorpusPage) => ((['en', 'fr', 'nl', 'de'] as const).includes(page.lang as Lang) ? (page.lang as Lang) : undefined);

/** The article's analysis, as the extension makes it of a saved article (the scores and the grouping read the same one). */
export function articleAnalysis(page: CorpusPage): Analysis {
  return analyse(page.article, { langHint: langOf(page), published: page.gold.published, setApart: page.articleSetApart });
}

export function scorePage(page: CorpusPage, also: Aliases, a: Analysis = articleAnalysis(page)): PageScore {
  const s: PageScore = { page: page.name, lang: page.lang, orgs: counts(), people: counts(), unknown: counts(), amounts: counts(), traps: 0, noise: 0, deals: { ...counts(), reversed: 0, amountRight: 0, amountStated: 0, monthRight: 0, monthStated: 0 }, shared: [], errors: [] };
  const lang = langOf(page);
  scoreEntities(page, a, also, s);
  scoreAmounts(page, a, s);
  scoreDeals(page, a, also, s);
  // Noise: what the page shows outside the article and the gold says must stay unpainted.
  const whole = analyse(page.page, { langHint: lang, deals: false, setApart: page.pageSetApart });
  const outside = page.page.replace(page.article.trim(), ' '.repeat(page.article.trim().length));
  for (const n of page.gold.noise ?? []) {
    for (const at of occurrences(outside, n)) if ([...whole.entities, ...whole.amounts].some((m) => overlaps(m, at))) s.noise++;
  }
  return s;
}

/**
 * A store checked from scratch: every record against its table's schema, every derived field and
 * row recomputed (party ids and keys, entity ids, fingerprints, link rows, full-text rows), every
 * reference resolved. Returns what disagrees; an empty list is a consistent store.
 */
import { checkRecord } from '../../src/store/records/check-record';
import { derivedOfArticle, derivedOfDeal, disagreements } from '../../src/store/records/derived';
import { articleLinks, dealLinks, termRows, type DealLensDB } from '../../src/store/schema';

const key = (r: object) => JSON.stringify(Object.entries(r).sort());

export async function storeProblems(db: DealLensDB): Promise<string[]> {
  const out: string[] = [];
  const [entities, deals, articles, links, rows, batched, journal] = await Promise.all([db.entities.toArray(), db.deals.toArray(), db.articles.toArray(), db.links.toArray(), db.terms.toArray(), db.termBatches.toArray(), db.journal.count()]);
  // Full-text rows as (word, article) pairs, whether saved one by one or imported in bulk.
  const terms = [...rows, ...batched.flatMap((b) => b.refs.map((ref) => ({ term: b.term, ref })))];
  if (batched.some((b) => b.refs.length === 0)) out.push('termBatches: a row with no article');
  if (journal) out.push(`journal holds ${journal} rows`);
  const entityIds = new Set(entities.map((e) => e.id));
  const dealIds = new Set(deals.map((d) => d.id));
  const articleIds = new Set(articles.map((a) => a.id));
  for (const [table, records] of [['entities', entities], ['deals', deals], ['articles', articles]] as const) {
    records.forEach((r, i) => {
      const c = checkRecord(table, r, i);
      if (!c.ok) out.push(`${table} ${r.id}: schema ${JSON.stringify(c.problem)}`);
    });
  }
  for (const e of entities) {
    for (const r of e.relations ?? []) if (!entityIds.has(r.entity) || r.entity === e.id) out.push(`entity ${e.id}: relation to ${r.entity}`);
    if (e.mergedInto && (!entityIds.has(e.mergedInto) || e.mergedInto === e.id)) out.push(`entity ${e.id}: merged into ${e.mergedInto}`);
  }
  for (const d of deals) {
    for (const f of disagreements(d, derivedOfDeal(d))) out.push(`deal ${d.id}: ${f} is not derived`);
    for (const p of d.partyIds) if (!entityIds.has(p)) out.push(`deal ${d.id}: party ${p} missing`);
    for (const s of d.sources) if (s.articleId && !articleIds.has(s.articleId)) out.push(`deal ${d.id}: source ${s.articleId} missing`);
  }
  const canonicals = new Set<string>();
  for (const a of articles) {
    for (const f of disagreements(a, derivedOfArticle(a))) out.push(`article ${a.id}: ${f} is not derived`);
    for (const e of a.entityIds) if (!entityIds.has(e)) out.push(`article ${a.id}: entity ${e} missing`);
    for (const d of a.dealIds) if (!dealIds.has(d)) out.push(`article ${a.id}: deal ${d} missing`);
    if (a.canonicalUrl && canonicals.has(a.canonicalUrl)) out.push(`article ${a.id}: canonical ${a.canonicalUrl} twice`);
    if (a.canonicalUrl) canonicals.add(a.canonicalUrl);
  }
  const wantLinks = new Set([...deals.flatMap(dealLinks), ...articles.flatMap(articleLinks)].map(key));
  const haveLinks = new Set(links.map(key));
  if (wantLinks.size !== haveLinks.size || [...wantLinks].some((l) => !haveLinks.has(l))) out.push(`links: ${haveLinks.size} rows, ${wantLinks.size} expected`);
  const wantTerms = new Set(articles.flatMap(termRows).map(key));
  const haveTerms = new Set(terms.map(key));
  if (haveTerms.size !== terms.length) out.push(`terms: ${terms.length - haveTerms.size} rows twice`);
  if (wantTerms.size !== haveTerms.size || [...wantTerms].some((t) => !haveTerms.has(t))) out.push(`terms: ${haveTerms.size} rows, ${wantTerms.size} expected`);
  return out;
}

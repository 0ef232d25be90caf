/**
 * Saving an article: the article itself (one record per article, whatever address it was
 * reached by), and the deals it reports. A deal already in the store (shipped, confirmed or
 * proposed by another article, in any language) gets this article as one more source; a new
 * one is stored as `proposed`. When articles disagree on a deal's figure, the deal keeps both.
 */
import type { Proposal } from '../core/deals/propose';
import { textFingerprint } from '../core/text/char-class';
import { cleanUrl } from '../core/text/url';
import { slugOf } from '../core/text/slug';
import { isHomePage } from '../core/text/safe-link';
import { sameArticleText } from '../core/text/same-text';
import { fitSaveInput, type SaveNotice } from './fit-article';
import { SaidError } from './store-errors';
import { checkRecord } from './records/check-record';
import { problemText } from './records/problem';
import type { Mention } from '../core/match/matcher';
import type { UnknownMention } from '../core/analyse';
import { unknownKeysOf } from './records/derived';
import type { Amount } from '../core/money/recognise';
import { withCorrections, type Corrections } from './article-corrections';
import { dealEvidence } from './deal-evidence';
import { proposalParties, sameFigure, storedDealOf, widened } from './same-deal';
import { partyKeyOf as partyKey, reindex, relink, type ArticleRecord, type DealLensDB, type DealRecord, type DealSource } from './schema';

/** What saving needs: the article as read from the page, and what analyse found in it. */
export interface SaveInput extends Pick<ArticleRecord, 'title' | 'site' | 'authors' | 'lang' | 'published' | 'text'> {
  /** As the page gives them: any scheme (only http(s) is kept). */
  url: string;
  canonicalUrl: string;
  entities: Mention[];
  /** Names DealLens did not know (kept, so that adding one later links this article). */
  unknown?: Pick<UnknownMention, 'name' | 'type'>[];
  amounts: Amount[];
  deals: Proposal[];
  notes?: string;
  tags?: string[];
  /** What the reader corrected of the page's metadata before saving: kept, now and when the page is saved again. */
  corrections?: Corrections;
}

export interface SaveResult {
  article: ArticleRecord;
  /** false when the article was already saved (from this or another address): it was updated. */
  created: boolean;
  linkedDeals: string[];
  proposedDeals: string[];
  /** For each of the input's deals, in order, the deal record it became or joined (null: the reader had dismissed it). */
  dealOf: (string | null)[];
  conflicts: string[];
  /** What was cut or dropped to fit the record, or ignored (a canonical link naming another article). */
  notices: SaveNotice[];
}

/** The names never seen, once each with how often the article names them (a short form counts for its full name). */
function unknownFields(unknown: readonly Pick<UnknownMention, 'name' | 'type'>[]): Pick<ArticleRecord, 'unknownNames' | 'unknownKeys'> {
  if (unknown.length === 0) return {};
  const byName = new Map<string, { name: string; type: UnknownMention['type']; count: number }>();
  for (const u of unknown) {
    const had = byName.get(u.name);
    if (had) had.count++;
    else byName.set(u.name, { name: u.name, type: u.type, count: 1 });
  }
  const unknownNames = [...byName.values()];
  return { unknownNames, unknownKeys: unknownKeysOf(unknownNames) };
}

/**
 * The stored article this page is: by its canonical address, unless that address is the site's
 * home page (many sites declare it on every page) or an article with another text (a page may
 * declare any canonical link: it must not replace another saved article); else by its text.
 */
async function sameStoredArticle(db: DealLensDB, input: SaveInput, fingerprint: string): Promise<{ existing?: ArticleRecord; canonicalUrl?: string; ignored: boolean }> {
  const own = input.url ? cleanUrl(input.url) : undefined;
  let canonical = input.canonicalUrl || undefined;
  let ignored = false;
  if (canonical && own && canonical !== own && isHomePage(canonical) && !isHomePage(own)) [canonical, ignored] = [own, true];
  let existing = canonical ? await db.articles.where('canonicalUrl').equals(canonical).first() : undefined;
  if (existing && canonical !== own && !sameArticleText(existing.text, input.text)) {
    ignored = true;
    canonical = own;
    existing = own ? await db.articles.where('canonicalUrl').equals(own).first() : undefined;
    // Even the page's own address is another article's: saved with no address rather than over it.
    if (existing && !sameArticleText(existing.text, input.text)) [existing, canonical] = [undefined, undefined];
  }
  existing ??= await db.articles.where('fingerprint').equals(fingerprint).first();
  return { existing, canonicalUrl: existing?.canonicalUrl ?? canonical, ignored };
}

export async function saveArticle(db: DealLensDB, given: SaveInput, now = Date.now()): Promise<SaveResult> {
  const fitted = fitSaveInput(given);
  const { notices } = fitted;
  const fingerprint = textFingerprint(fitted.input.text);
  return db.transaction('rw', [db.articles, db.deals, db.links, db.terms, db.termBatches], async () => {
    const { existing, canonicalUrl, ignored } = await sameStoredArticle(db, fitted.input, fingerprint);
    // The reader's corrections, old and new, win over what the page says.
    const { input, corrected } = withCorrections(fitted.input, existing);
    if (ignored) notices.push('noticeCanonicalIgnored');
    const id = existing?.id ?? `article-${slugOf(input.site, '')}-${fingerprint}`;
    const counts = new Map<string, number>();
    for (const m of input.entities) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    const source: DealSource = { articleId: id, ...(canonicalUrl ? { url: canonicalUrl } : {}), title: input.title, ...(input.published ? { date: input.published } : {}) };
    const year = Number((input.published ?? new Date(now).toISOString()).slice(0, 4));

    const linked: string[] = [];
    const proposed: string[] = [];
    // The sentence, and where in it the deal's parties and the sentence's amounts stand.
    const evidenceOf = (p: Proposal) => {
      const ids = new Set(proposalParties(p));
      const { summary, marks } = dealEvidence(input.text, p.start, p.end, input.entities.filter((m) => ids.has(m.id)), input.amounts);
      return { summary, ...(marks.length ? { marks } : {}) };
    };
    const conflicts: string[] = [];
    const dealOf: (string | null)[] = [];
    for (const p of input.deals) {
      const parties = proposalParties(p);
      const key = partyKey(parties);
      const { same, dismissed } = await storedDealOf(db, p);
      // The reader said no to this deal once: do not bring it back.
      if (dismissed) {
        dealOf.push(null);
        continue;
      }
      if (same) {
        const update: Partial<DealRecord> = { ...widened(same, p) };
        if (!same.sources.some((s) => s.articleId === id)) update.sources = [...same.sources, source];
        if (p.amount && same.amount && !sameFigure(same.amount, p.amount, year)) {
          const others = same.conflicts ?? [];
          if (!others.some((c) => c.source.articleId === id)) update.conflicts = [...others, { amount: p.amount, source }];
          conflicts.push(same.id);
        } else if (p.amount && !same.amount && same.status === 'proposed') update.amount = p.amount;
        if (Object.keys(update).length) {
          await db.deals.update(same.id, { ...update, updatedAt: now });
          if (update.partyIds) await relink(db, [{ ...same, ...update }], []);
        }
        linked.push(same.id);
        dealOf.push(same.id);
        continue;
      }
      const dealId = `proposed-${p.type}-${slugOf(parties.join('-'), '')}-${(p.date ?? '').slice(0, 7) || 'undated'}`;
      const record: DealRecord = {
        id: dealId,
        type: p.type,
        parties: {
          ...(p.investors.length ? { investors: p.investors.map((x) => x.id) } : {}),
          ...(p.targets.length ? { targets: p.targets.map((x) => x.id) } : {}),
          ...(p.partners.length ? { partners: p.partners.map((x) => x.id) } : {}),
          ...(p.sponsors.length ? { sponsors: p.sponsors.map((x) => ({ entity: x.id, ...(x.share !== undefined ? { share: x.share } : {}) })) } : {}),
        },
        partyIds: [...new Set(parties)],
        partyKey: key,
        ...(p.amount ? { amount: p.amount } : {}),
        ...(p.date ? { date: p.date } : {}),
        ...evidenceOf(p),
        sources: [source],
        status: 'proposed',
        updatedAt: now,
      };
      await db.deals.put(record);
      await relink(db, [record], []);
      proposed.push(dealId);
      dealOf.push(dealId);
    }

    const article: ArticleRecord = {
      id,
      ...(input.url ? { url: input.url } : {}),
      ...(canonicalUrl ? { canonicalUrl } : {}),
      title: input.title,
      site: input.site,
      ...(input.authors?.length ? { authors: input.authors } : {}),
      lang: input.lang,
      ...(input.published ? { published: input.published } : {}),
      savedAt: existing?.savedAt ?? now,
      text: input.text,
      fingerprint,
      entities: [...counts].map(([eid, count]) => ({ id: eid, count })),
      entityIds: [...counts.keys()],
      ...unknownFields(input.unknown ?? []),
      amounts: input.amounts.map((a) => ({ text: a.text, value: a.value, currency: a.currency, qualifier: a.qualifier, ...(a.max !== undefined ? { max: a.max } : {}) })),
      dealIds: [...new Set([...linked, ...proposed])],
      notes: input.notes ?? existing?.notes ?? '',
      tags: input.tags ?? existing?.tags ?? [],
      ...(corrected.length ? { corrected } : {}),
    };
    // The same schema as an import: what is saved can be restored.
    const checked = checkRecord('articles', article);
    if (!checked.ok) throw new SaidError({ key: 'errorSave', detail: problemText(checked.problem) });
    await db.articles.put(article);
    await relink(db, [], [article]);
    if (!existing || existing.text !== article.text || existing.title !== article.title) await reindex(db, [article]);
    return { article, created: !existing, linkedDeals: linked, proposedDeals: proposed, dealOf, conflicts, notices };
  });
}

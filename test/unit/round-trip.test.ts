/**
 * What can be saved can be restored: stores built the way the extension builds them (pages saved
 * with any scheme, canonical link, title, text, date, note and tags a page or a reader can give;
 * entities added, aliased, merged; deals confirmed, dismissed, edited; articles deleted), exported
 * to JSON and imported into a fresh store, export back identically. The source store, and the
 * restored one, pass the checker that recomputes every derived field.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/core/analyse';
import { deleteArticle } from '../../src/store/article-delete';
import { confirmDeal, dismissDeal, editDeal, setArticleNotes } from '../../src/store/deal-review';
import { addAlias, addUserEntity, EditError, mergeEntities, setAliasHidden } from '../../src/store/entity-edits';
import { exportStore } from '../../src/store/import-export';
import { importExport } from '../../src/store/import/import-store';
import { saveArticle } from '../../src/store/save-article';
import type { DealLensDB } from '../../src/store/schema';
import { freshStore, withoutTime } from '../support/filled-store';
import { seedFiles, seedText } from '../support/gold';
import { storeProblems } from '../support/store-checker';

const seeds = seedFiles.map(seedText);
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'javascript:alert(1)', '=cmd|\' /C calc\'!A0', '+1', '-2', '@SUM(A1)', '\tTab', '\rCR', 'meet online=Tuesday', '<style>', 'Acme onboard=yes', '', ' ', 'x'.repeat(2500)),
);
const address = fc.record({
  scheme: fc.constantFrom('https:', 'http:', 'file:', 'javascript:', 'data:', 'chrome:'),
  host: fc.constantFrom('news.test', 'other.test', 'blog.test'),
  path: fc.stringMatching(/^[a-z0-9/-]{0,20}$/),
}).map(({ scheme, host, path }) => (scheme.startsWith('http') ? `${scheme}//${host}/${path}` : scheme === 'file:' ? `file:///home/me/${path}.html` : scheme === 'chrome:' ? 'chrome://settings' : `${scheme}alert(1)//${path}`));

const page = fc.record({
  url: address,
  canonical: fc.oneof(fc.constant(null), address, fc.constantFrom('https://news.test/', 'https://news.test/shared-canonical', 'not a url', 'javascript:void(0)')),
  title: fc.oneof(hostileText, fc.string({ maxLength: 30 }).map((s) => s.repeat(100))),
  site: fc.oneof(hostileText, fc.constant('s'.repeat(400))),
  author: fc.option(fc.oneof(hostileText, fc.constant('a'.repeat(400))), { nil: undefined }),
  seed: fc.nat(seeds.length - 1),
  extra: hostileText,
  published: fc.option(fc.constantFrom('2021-07', '2019-02-28', '2024-13-45', '2023-02-29', 'yesterday', '1700', '2021'), { nil: undefined }),
  notes: fc.option(hostileText, { nil: undefined }),
  tags: fc.option(fc.array(hostileText, { maxLength: 60 }), { nil: undefined }),
});

type Action =
  | { kind: 'save'; page: typeof page extends fc.Arbitrary<infer P> ? P : never }
  | { kind: 'entity'; name: string }
  | { kind: 'alias'; alias: string }
  | { kind: 'merge' }
  | { kind: 'deal'; how: 'confirm' | 'dismiss' | 'edit' }
  | { kind: 'notes'; notes: string; tags: string[] }
  | { kind: 'hide-alias' }
  | { kind: 'delete' };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: page.map((p) => ({ kind: 'save' as const, page: p })) },
  { weight: 2, arbitrary: hostileText.map((name) => ({ kind: 'entity' as const, name })) },
  { weight: 1, arbitrary: hostileText.map((alias) => ({ kind: 'alias' as const, alias })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'merge' as const }) },
  { weight: 2, arbitrary: fc.constantFrom('confirm', 'dismiss', 'edit' as const).map((how) => ({ kind: 'deal' as const, how })) },
  { weight: 1, arbitrary: fc.record({ notes: hostileText, tags: fc.array(hostileText, { maxLength: 5 }) }).map((x) => ({ kind: 'notes' as const, ...x })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'hide-alias' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete' as const }) },
);

let clock = 1_700_000_000_000;
async function run(db: DealLensDB, a: Action): Promise<void> {
  const now = (clock += 1000);
  const users = () => db.entities.where('origin').equals('user').filter((e) => !e.mergedInto).toArray();
  if (a.kind === 'save') {
    const text = `${seeds[a.page.seed]}\n${a.page.extra}`;
    const analysis = analyse(text, { published: a.page.published });
    await saveArticle(db, { url: a.page.url, canonicalUrl: a.page.canonical ?? a.page.url, title: a.page.title, site: a.page.site, authors: a.page.author ? [a.page.author] : undefined, lang: analysis.lang, published: a.page.published, text, entities: analysis.entities, amounts: analysis.amounts, deals: analysis.deals, notes: a.page.notes, tags: a.page.tags }, now);
  }
  if (a.kind === 'entity') await addUserEntity(db, { name: a.name, type: 'company' }, now);
  const [first, second] = await users();
  if (a.kind === 'alias' && first) await addAlias(db, first.id, a.alias, now);
  if (a.kind === 'merge' && first && second) await mergeEntities(db, first.id, second.id, now);
  if (a.kind === 'hide-alias') await setAliasHidden(db, 'renault', 'Renault', true, now);
  const deal = await db.deals.where('status').anyOf('proposed', 'kb').first();
  if (a.kind === 'deal' && deal) {
    if (a.how === 'confirm') await confirmDeal(db, deal.id, now);
    if (a.how === 'dismiss') await dismissDeal(db, deal.id, now);
    if (a.how === 'edit') await editDeal(db, deal.id, { amount: { value: 5e6, currency: 'EUR' }, date: '2020-02' }, now);
  }
  const article = await db.articles.toCollection().first();
  if (a.kind === 'notes' && article) await setArticleNotes(db, article.id, a.notes, a.tags);
  if (a.kind === 'delete' && article) await deleteArticle(db, article.id, now);
}

describe('save → export → import restores identically (fast-check)', () => {
  test('every store the extension can produce exports and imports back identically', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
        const source = await freshStore('round-trip');
        for (const a of actions) {
          // An edit that breaks a rule is refused at save time, with a message, and stores nothing.
          await run(source, a).catch((err: unknown) => {
            if (!(err instanceof EditError)) throw err;
          });
        }
        expect(await storeProblems(source)).toEqual([]);
        const file = await exportStore(source);
        const target = await freshStore('restored');
        // The reader confirmed their short aliases when they added them; they confirm them again here.
        await importExport(target, JSON.stringify(file), { confirmShortAliases: true });
        expect(withoutTime(await exportStore(target))).toEqual(withoutTime(file));
        expect(await storeProblems(target)).toEqual([]);
        source.close();
        target.close();
      }),
      { numRuns: Number(process.env.DEALLENS_FUZZ_RUNS ?? 20), seed: 11 },
    );
  }, 600_000);
});

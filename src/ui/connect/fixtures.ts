/**
 * The records of a store in use, for tests of the UI's views: two saved articles with the deals
 * they proposed (one left to review, one the reader confirmed), notes and tags, and the reader's
 * own entity. They are saved the way the extension saves them (analysed, through saveArticle),
 * so a view reads what it would read in the browser.
 */
import { analyse } from '../../core/analyse';
import type { EntityType } from '../../core/kb/types';
import { confirmDeal } from '../../store/deal-review';
import { addUserEntity } from '../../store/entity-edits';
import { saveArticle } from '../../store/save-article';
import type { DealLensDB } from '../../store/schema';

/** The clock of the fixtures: every record is saved at a fixed time after it. */
export const FIXTURE_NOW = 1_700_000_000_000;

export interface FixtureArticle {
  url: string;
  title: string;
  site: string;
  published: string;
  text: string;
  notes?: string;
  tags?: string[];
}

export const FIXTURE_ARTICLES = {
  /** Its deal (Porsche Ventures → Tekion, €12 m) stays proposed. */
  porsche: {
    url: 'https://autonews.test/porsche-ventures-tekion',
    title: 'Porsche Ventures backs Tekion',
    site: 'autonews.test',
    published: '2024-03-12',
    text: 'Porsche Ventures invests €12 million in Tekion, the company said on Tuesday. Renault and Plug and Play were not involved.',
    notes: 'Ask about the second round',
    tags: ['retail', 'software'],
  },
  /** Its deal (BMW i Ventures → Ionic Materials, $30 m) the reader confirmed. */
  bmw: {
    url: 'https://journal.test/bmw-i-ventures-ionic',
    title: 'BMW i Ventures bets on Ionic Materials',
    site: 'journal.test',
    published: '2023-11-02',
    text: 'BMW i Ventures invests $30 million in Ionic Materials, according to a statement.',
  },
} satisfies Record<string, FixtureArticle>;

export const FIXTURE_ENTITY = { name: 'Voltaro Mobility', type: 'company' as EntityType, aliases: ['Voltaro'] };

/** Saves an article as the background does: analysed, its deals proposed or linked. */
export async function saveFixture(db: DealLensDB, a: FixtureArticle, at: number): Promise<string> {
  const found = analyse(a.text, { published: a.published });
  const { article } = await saveArticle(db, { ...a, canonicalUrl: a.url, lang: found.lang, entities: found.entities, amounts: found.amounts, deals: found.deals }, at);
  return article.id;
}

export async function fillFixtures(db: DealLensDB): Promise<void> {
  await saveFixture(db, FIXTURE_ARTICLES.bmw, FIXTURE_NOW + 1000);
  await saveFixture(db, FIXTURE_ARTICLES.porsche, FIXTURE_NOW + 2000);
  const bmwDeal = await db.deals.where('partyIds').equals('ionic-materials').filter((d) => d.status === 'proposed').first();
  if (!bmwDeal) throw new Error('fixtures: the BMW i Ventures article proposed no deal');
  await confirmDeal(db, bmwDeal.id, FIXTURE_NOW + 3000);
  await addUserEntity(db, FIXTURE_ENTITY, FIXTURE_NOW + 4000);
}

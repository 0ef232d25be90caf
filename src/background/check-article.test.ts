/**
 * The page's analysis, checked before anything is written (check-article.ts): the honest one
 * passes as sent; a hostile one is refused with a reason the reader can read, in every locale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { analyse } from '../core/analyse';
import { ARTICLE_TEXT_MAX, ANALYSIS_LIMITS } from '../messages';
import { LIMITS } from '../store/records/limits';
import { SaidError } from '../store/open';
import { checkArticle, type Article } from './check-article';

const TEXT = 'Alliance Ventures a investi 20 millions de dollars dans Tekion, la plateforme californienne. Plug and Play lance un programme avec Renault.';

function honest(): Article {
  const a = analyse(TEXT, { langHint: 'fr' });
  return {
    ok: true,
    url: 'https://news.test/a',
    canonicalUrl: 'https://news.test/a',
    title: 'Une levée',
    site: 'news.test',
    text: TEXT,
    lang: a.lang,
    pageLang: 'fr',
    entities: a.entities.map(({ id, name, type, text, start, end }) => ({ id, name, type, text, start, end })),
    amounts: a.amounts.map(({ text, value, currency, qualifier, start, end }) => ({ text, value, currency, qualifier, start, end })),
  };
}

/** The reader's own entities in the store. */
const stored = (ids: string[]) => vi.fn(async (asked: string[]) => new Set(asked.filter((id) => ids.includes(id))));

async function refusal(answer: unknown, store = stored([])): Promise<{ key: string; detail?: string }> {
  const err = await checkArticle(answer, store).then(() => null, (e: unknown) => e);
  expect(err, 'refused').toBeInstanceOf(SaidError);
  return (err as SaidError).said;
}

const en = JSON.parse(readFileSync(join(__dirname, '../_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;

describe('an honest analysis', () => {
  test('passes as sent, the store asked only about ids not shipped', async () => {
    const a = honest();
    expect(a.entities.length).toBeGreaterThan(3);
    const store = stored([]);
    await expect(checkArticle(a, store)).resolves.toEqual(a);
    expect(store).not.toHaveBeenCalled();
  });

  test('may name the reader’s own entities, found in the store', async () => {
    const a = honest();
    const start = TEXT.indexOf('la plateforme');
    a.entities.push({ id: 'la-plateforme', name: 'La Plateforme', type: 'company', text: 'la plateforme', start, end: start + 13 });
    const store = stored(['la-plateforme']);
    await expect(checkArticle(a, store)).resolves.toMatchObject({ text: TEXT });
    expect(store).toHaveBeenCalledWith(['la-plateforme']);
  });

  test('a range (max) and money the text does not count (value null) pass as sent', async () => {
    const text = 'Porsche zahlt einen zweistelligen Millionenbetrag, die Runde liegt zwischen 800 Mio. und 1 Mrd. Euro.';
    const a = { ...honest(), text, lang: 'de' as const, entities: [] };
    a.amounts = analyse(text, { lang: 'de' }).amounts.map(({ text, value, currency, qualifier, start, end, max }) => ({ text, value, currency, qualifier, start, end, ...(max !== undefined ? { max } : {}) }));
    expect(a.amounts.map((x) => [x.value, x.max, x.qualifier])).toEqual([[null, undefined, 'unquantified'], [8e8, 1e9, 'range']]);
    await expect(checkArticle(a, stored([]))).resolves.toEqual(a);
  });

  test('the text limit is the store’s', () => {
    expect(ARTICLE_TEXT_MAX).toBe(LIMITS.text);
  });
});

describe('a hostile analysis is refused, nothing written', () => {
  const withEntity = (change: (m: Article['entities'][number]) => void) => {
    const a = honest();
    change(a.entities[1]);
    return a;
  };

  test.each([
    ['an offset past the text', withEntity((m) => (m.end = TEXT.length + 5)), 'errorAnalysisOffsets', 'entities[1]'],
    ['an end before its start', withEntity((m) => ([m.start, m.end] = [m.end, m.start])), 'errorAnalysisOffsets', 'entities[1]'],
    ['a mention whose text is not the text at its offsets', withEntity((m) => (m.text = 'Stellantis')), 'errorAnalysisOffsets', 'entities[1]'],
    ['a mention moved one character', withEntity((m) => ((m.start += 1), (m.end += 1))), 'errorAnalysisOffsets', 'entities[1]'],
    ['an amount that is not in the text', (() => {
      const a = honest();
      a.amounts[0] = { ...a.amounts[0], text: '9 milliards', value: 9e9 };
      return a;
    })(), 'errorAnalysisOffsets', 'amounts[0]'],
    ['a name never seen whose text is not the text at its offsets', (() => {
      const a = honest();
      a.unknown = [{ name: 'Quartz Ventures', type: 'fund', text: 'Quartz Ventures', start: 0, end: 15 }];
      return a;
    })(), 'errorAnalysisOffsets', 'unknown[0]'],
  ])('%s', async (_what, answer, key, detail) => {
    expect(await refusal(answer)).toEqual({ key, detail });
  });

  test('an entity neither shipped nor in the store', async () => {
    const a = withEntity((m) => (m.id = 'acme-evil'));
    expect(await refusal(a)).toEqual({ key: 'errorAnalysisEntity', detail: 'entities[1]: acme-evil' });
  });

  test.each([
    ['an unknown entity type', (a: Article) => ((a.entities[0] as { type: string }).type = 'government'), 'entities[0].type'],
    ['an amount that is not finite', (a: Article) => (a.amounts[0].value = Infinity), 'amounts[0].value'],
    ['a negative amount', (a: Article) => (a.amounts[0].value = -5), 'amounts[0].value'],
    ['a currency that is no code', (a: Article) => (a.amounts[0].currency = '<img src=x>'), 'amounts[0].currency'],
    ['a fractional offset', (a: Article) => (a.entities[0].start = 0.5), 'entities[0].start'],
    ['a language DealLens does not read', (a: Article) => ((a as { lang: string }).lang = 'xx'), 'lang'],
    ['deals sent by the page (the background proposes them)', (a: Article) => Object.assign(a, { deals: [] }), 'deals'],
    ['an extra field', (a: Article) => Object.assign(a.entities[0], { admin: true }), 'entities[0].admin'],
    ['a missing list', (a: Article) => delete (a as Partial<Article>).amounts, 'amounts'],
  ])('%s: malformed', async (_what, spoil, detail) => {
    const a = honest();
    spoil(a);
    expect(await refusal(a)).toEqual({ key: 'errorAnalysisShape', detail });
  });

  test.each([
    ['too many mentions', (a: Article) => (a.entities = Array.from({ length: ANALYSIS_LIMITS.mentions + 1 }, () => a.entities[0])), 'entities'],
    ['too many amounts', (a: Article) => (a.amounts = Array.from({ length: ANALYSIS_LIMITS.amounts + 1 }, () => a.amounts[0])), 'amounts'],
    ['a huge mention text', (a: Article) => (a.entities[0].text = 'x'.repeat(ANALYSIS_LIMITS.snippet + 1)), 'entities[0].text'],
    ['a text over the limit', (a: Article) => (a.text = 'x'.repeat(ARTICLE_TEXT_MAX + 1)), 'text'],
    ['a huge title', (a: Article) => (a.title = 't'.repeat(ANALYSIS_LIMITS.field + 1)), 'title'],
  ])('%s: bounded by the schema', async (_what, spoil, detail) => {
    const a = honest();
    spoil(a);
    const store = stored([]);
    expect(await refusal(a, store)).toEqual({ key: 'errorAnalysisShape', detail });
    expect(store).not.toHaveBeenCalled();
  });

  test('not an object at all', async () => {
    expect(await refusal('hello')).toEqual({ key: 'errorAnalysisShape', detail: 'answer' });
    expect(await refusal(null)).toEqual({ key: 'errorAnalysisShape', detail: 'answer' });
  });

  test('every refusal is said in the locales', () => {
    for (const key of ['errorAnalysisShape', 'errorAnalysisOffsets', 'errorAnalysisEntity']) expect(en[key], key).toBeDefined();
  });
});

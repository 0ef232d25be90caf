import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { gold, seedText } from '../../../test/support/gold';
import { readMetadata } from './article-metadata';
import { extractText } from './article-text';

const PAGES = join(__dirname, '../../../test/pages');
const page = (html: string) => parseHTML(html).document as unknown as Document;
const seedPage = (n: string) => page(readFileSync(join(PAGES, `seed-${n}.html`), 'utf8'));

const SEEDS = [
  ['000', '000_c3201e9730f0093d.txt'],
  ['001', '001_f4684ddb6562bfe5.txt'],
  ['002', '002_12a74d0cda6565b4.txt'],
  ['003', '003_ea5efa2bf7cf5482.txt'],
  ['004', '004_e7cfa98baccc31a9.txt'],
] as const;

describe('metadata of the seed pages', () => {
  test.each(SEEDS)('seed-%s', (n, seed) => {
    const doc = seedPage(n);
    const m = readMetadata(doc, `http://127.0.0.1:8000/seed-${n}.html?utm_source=newsletter#top`);
    expect(m.lang).toBe(gold.articles[seed].lang);
    expect(m.published?.startsWith(gold.articles[seed].published)).toBe(true);
    expect(m.canonicalUrl).toBe(`http://127.0.0.1:8000/seed-${n}.html`);
    expect(m.title.length).toBeGreaterThan(0);
  });
});

describe('the article text of the seed pages: its title and every paragraph, none of the page around it', () => {
  test.each(SEEDS)('seed-%s', (n, seed) => {
    const doc = seedPage(n);
    const { text, readable } = extractText(doc);
    expect(readable).toBe(true);
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const line of seedText(seed).split('\n').map(norm).filter((l) => l.length > 80)) expect(norm(text)).toContain(line);
    const h1 = doc.querySelector('article h1')?.textContent;
    if (h1) expect(text.startsWith(norm(h1)) || norm(text).includes(norm(h1))).toBe(true);
    for (const noise of ['Alibaba 5 millions', 'Valeo 3 millions', 'Nissan 2 milliards', 'Laissez un commentaire', 'Tous droits réservés']) expect(text).not.toContain(noise);
  });
});

describe('publication date, from each source in turn', () => {
  const html = (head: string, body: string, lang = 'fr') => `<!doctype html><html lang="${lang}"><head><title>Un article - Le Site</title>${head}</head><body>${body}</body></html>`;
  test.each([
    ['article:published_time', html('<meta property="article:published_time" content="2022-10-20T08:00:00+02:00">', '<p>x</p>'), '2022-10-20', 'meta'],
    ['JSON-LD datePublished', html('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2018-07-02"}]}</script>', '<p>x</p>'), '2018-07-02', 'json-ld'],
    ['<time datetime>', html('', '<article><time datetime="2020-07-07T16:07">07/07</time><p>x</p></article>'), '2020-07-07', 'time'],
    ['"Publié le 20 octobre 2022"', html('', '<p>S’abonner</p><p>Publié le 20 octobre 2022</p><p>Par Romain Baly</p>'), '2022-10-20', 'text'],
    ['"Le 2 juill. 2018"', html('', '<p>Le 2 juill. 2018</p><p>L’entrepreneur breton…</p>'), '2018-07-02', 'text'],
    ['"11 januari 2018"', html('', '<p>Bron: L’Usine Digitale, 11 januari 2018</p>', 'nl'), '2018-01-11', 'text'],
    ['"07/07" with the year from the address', html('', '<p>Dernière mise à jour à 16h07 le 07/07</p>'), '2020-07-07', 'text'],
    ['a broken JSON-LD block is skipped', html('<script type="application/ld+json">{not json</script><meta property="article:published_time" content="2021-07-01">', '<p>x</p>'), '2021-07-01', 'meta'],
  ])('%s', (_name, source, date, from) => {
    const doc = page(source);
    const m = readMetadata(doc, 'https://news.test/2020/07/07/article');
    expect(m.published).toBe(date);
    expect(m.publishedFrom).toBe(from);
  });

  test('canonical link, og:url, else the cleaned address; AMP and tracking variants are one article', () => {
    const canon = page(html('<link rel="canonical" href="/2022/story">', ''));
    expect(readMetadata(canon, 'https://news.test/2022/story/amp?utm_source=x').canonicalUrl).toBe('https://news.test/2022/story');
    const og = page(html('<meta property="og:url" content="https://news.test/og-story?utm_medium=social">', ''));
    expect(readMetadata(og, 'https://m.news.test/x').canonicalUrl).toBe('https://news.test/og-story');
    const none = page(html('', ''));
    expect(readMetadata(none, 'https://news.test/story?fbclid=1#c').canonicalUrl).toBe('https://news.test/story');
  });

  test('title without the site name, site, author', () => {
    const doc = page(html('<meta property="og:site_name" content="Le Site"><meta name="author" content="Romain Baly">', ''));
    expect(readMetadata(doc, 'https://news.test/a')).toMatchObject({ title: 'Un article', site: 'Le Site', authors: ['Romain Baly'] });
  });
});

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

describe('what the issue found wrong on real pages, each read right', () => {
  const doc = (head: string, body = '<article><h1>Un titre</h1><p>Texte.</p></article>', lang = 'en') => page(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
  const read = (d: Document, url = 'https://news.test/a') => readMetadata(d, url, extractText(d));

  test('article:author holding a Facebook link is no author; the byline is', () => {
    const m = read(doc('<meta property="article:author" content="https://www.facebook.com/janedoe">', '<article><h1>T</h1><p class="byline">By Jane Doe</p><p>Text.</p></article>'));
    expect(m.authors).toEqual(['Jane Doe']);
  });
  test('JSON-LD author as a list: a list of names, not a string', () => {
    const m = read(doc('<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Smith"}]}</script>'));
    expect(m.authors).toEqual(['Jane Doe', 'John Smith']);
  });
  test('<meta name="Author"> in any case', () => {
    expect(read(doc('<meta name="Author" content="Jane Doe">')).authors).toEqual(['Jane Doe']);
    expect(read(doc('<meta name="AUTHOR" content="Jane Doe">')).authors).toEqual(['Jane Doe']);
  });
  test("Readability's byline when the metadata names no one", () => {
    const body = `<article><h1>T</h1><p class="byline">Par Marie Dupont</p>${'<p>Le fonds de l’Alliance investit dans des jeunes pousses du monde entier, et ses trois constructeurs le dotent largement.</p>'.repeat(6)}</article>`;
    expect(read(doc('', body, 'fr')).authors).toEqual(['Marie Dupont']);
  });
  test('a JSON-LD graph whose article has no date: the WebPage node’s', () => {
    const m = read(doc('<script type="application/ld+json">{"@graph":[{"@type":"WebPage","@id":"#p","datePublished":"2024-03-12T08:00:00+00:00"},{"@type":"Article","isPartOf":{"@id":"#p"}}]}</script>'));
    expect(m).toMatchObject({ published: '2024-03-12', publishedFrom: 'json-ld' });
  });
  test('article:published_time that is not ISO', () => {
    expect(read(doc('<meta property="article:published_time" content="Tue, 12 Mar 2024 10:30:00 +0100">')).published).toBe('2024-03-12');
    expect(read(doc('<meta property="article:published_time" content="2024/03/12 10:30">')).published).toBe('2024-03-12');
  });
  test('a reference page: dates in its body are not its publication date', () => {
    const body = '<h1>Renault</h1><p>Renault is a French carmaker founded on 25 February 1899 by Louis Renault and his brothers, which later formed an alliance with Nissan in March 1999.</p><footer>This page was last edited on 5 March 2024.</footer>';
    const m = read(doc('<title>Renault - Wikipedia</title>', body), 'https://en.wikipedia.org/wiki/Renault');
    expect(m).toMatchObject({ title: 'Renault', site: 'Wikipedia' });
    expect(m.published).toBeUndefined();
  });
  test('the site from og:site_name, the JSON-LD publisher, application-name; the publication before the platform', () => {
    expect(read(doc('<meta property="og:site_name" content="Le Monde">')).site).toBe('Le Monde');
    expect(read(doc('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"NRC"}}</script>')).site).toBe('NRC');
    expect(read(doc('<meta name="application-name" content="heise online">')).site).toBe('heise online');
    expect(read(doc('<meta property="og:site_name" content="Medium"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Towards Data Science"}}</script>')).site).toBe('Towards Data Science');
  });
  test('a Czech page is stored as Czech, a Japanese one as Japanese; a page in no language it can tell: und', () => {
    expect(read(doc('', '<article><h1>Fond</h1><p>Automobilka oznámila, že její fond podpoří začínající firmy.</p></article>', 'cs')).lang).toBe('cs');
    expect(read(doc('', '<article><h1>ファンド</h1><p>アライアンスは新しいベンチャーキャピタルファンドを設立したと発表した。ファンドは今後五年間で投資する予定です。</p></article>', '')).lang).toBe('ja');
    expect(read(page('<!doctype html><html><head></head><body><p>12 34 56</p></body></html>')).lang).toBe('und');
  });
  test("the title without the site's suffix or prefix", () => {
    expect(read(doc('<title>Renault lance un fonds | Le Monde</title><meta property="og:site_name" content="Le Monde">')).title).toBe('Renault lance un fonds');
    expect(read(doc('<meta property="og:title" content="Spiegel: BMW investiert"><meta property="og:site_name" content="DER SPIEGEL">'), 'https://www.spiegel.de/x').title).toBe('BMW investiert');
  });
  test('a hostile page: broken and huge JSON-LD, thousands of metas; still read, within bounds', () => {
    const metas = Array.from({ length: 1500 }, (_, i) => `<meta name="m${i}" content="${'x'.repeat(50)}">`).join('');
    const m = read(doc(`<script type="application/ld+json">{"@type":"NewsArticle","author":${'['.repeat(5000)}</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"${'y'.repeat(300_000)}"}</script>${metas}<meta name="author" content="Jane Doe"><title>T</title>`));
    expect(m.authors).toEqual(['Jane Doe']);
    expect(m.title.length).toBeLessThanOrEqual(1000);
  });
});

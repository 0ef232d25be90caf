import { expect, test } from 'vitest';
import { names, parseLoosely, readLinkedData } from './json-ld';

test('a block written loosely still reads: comments, CDATA, trailing commas, line breaks in strings', () => {
  expect(parseLoosely('<!-- {"a": 1,} -->')).toEqual({ a: 1 });
  expect(parseLoosely('//<![CDATA[\n{"a": [1, 2,]}\n//]]>')).toEqual({ a: [1, 2] });
  expect(parseLoosely('{"headline": "two\nlines"}')).toEqual({ headline: 'two lines' });
  expect(parseLoosely('{not json')).toBeUndefined();
});

test('a Yoast graph: the article, its author by @id, the page node', () => {
  const ld = readLinkedData([
    JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://x.test/a#webpage', datePublished: '2024-03-12T08:00:00+00:00', mainEntity: { '@id': 'https://x.test/a#article' } },
        { '@type': 'Article', '@id': 'https://x.test/a#article', author: { '@id': 'https://x.test/#/schema/person/1' }, headline: 'A' },
        { '@type': 'Person', '@id': 'https://x.test/#/schema/person/1', name: 'Jane Doe' },
      ],
    }),
  ]);
  expect(ld.article?.headline).toBe('A');
  expect(ld.page?.datePublished).toBe('2024-03-12T08:00:00+00:00');
  expect(names(ld, ld.article?.author)).toEqual([{ name: 'Jane Doe', org: false }]);
});

test('@type as a list, authors as a list of objects and strings, an organisation told apart', () => {
  const ld = readLinkedData([JSON.stringify([{ '@type': ['NewsArticle', 'Article'], author: [{ '@type': 'Person', name: 'A B' }, 'C D', { '@type': 'Organization', name: 'Reuters' }] }])]);
  expect(names(ld, ld.article?.author)).toEqual([
    { name: 'A B', org: false },
    { name: 'C D', org: false },
    { name: 'Reuters', org: true },
  ]);
});

test('a hostile block (deep, cyclic by id, huge) is walked within bounds', () => {
  let deep: unknown = { '@type': 'Thing' };
  for (let i = 0; i < 1000; i++) deep = { '@type': 'Thing', child: deep };
  const ld = readLinkedData([JSON.stringify(deep), JSON.stringify({ '@graph': Array.from({ length: 5000 }, (_, i) => ({ '@type': 'Thing', '@id': `#${i}`, next: { '@id': `#${i + 1}` } })) })]);
  expect(ld.nodes.length).toBeLessThanOrEqual(2000);
  expect(ld.article).toBeUndefined();
});

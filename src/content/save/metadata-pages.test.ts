/**
 * The floors of issue 16 on the project's metadata pages (test/pages/metadata): author, published
 * date, site and title right on at least 95 % of them, read as a save reads them (Readability,
 * then the page's evidence). `npm run eval:metadata` prints the rates and, with
 * DEALLENS_MISSES=1, every page and field read wrong.
 */
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { FIELDS, scoreMetadata, type Read } from '../../../test/support/metadata-pages';
import { readMetadata } from './article-metadata';
import { extractText } from './article-text';

const FLOORS = { title: 95, site: 95, authors: 95, published: 95 } as const;

function readPage(html: string, url: string): Read {
  const doc = parseHTML(html).document as unknown as Document;
  return readMetadata(doc, url, extractText(doc));
}

test('metadata read right on the metadata pages, field by field, at or above the floors', () => {
  const s = scoreMetadata(readPage);
  const rate = (f: (typeof FIELDS)[number]) => (100 * s.right[f]) / s.pages;
  console.log(`metadata pages: ${s.pages}  ${FIELDS.map((f) => `${f} ${rate(f).toFixed(1)}%`).join('  ')}`);
  if (process.env.DEALLENS_MISSES) for (const m of s.misses) console.log(`  ${m.page}  ${m.field}: read ${JSON.stringify(m.read)}, expected ${JSON.stringify(m.expected)}`);
  expect(s.pages).toBeGreaterThanOrEqual(40);
  for (const [field, floor] of Object.entries(FLOORS)) expect({ field, rate: rate(field as keyof typeof FLOORS) }).toEqual({ field, rate: expect.toSatisfy((r: number) => r >= floor) });
});

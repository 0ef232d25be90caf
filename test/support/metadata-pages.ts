/**
 * The project's metadata pages (test/pages/metadata: each page with its expected metadata in a
 * .json beside it), scored field by field against what a reader (a save) makes of them: the
 * floors test (src/content/save/metadata-pages.test.ts, also `npm run eval:metadata`) counts with this.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const METADATA_PAGES = join(import.meta.dirname, '../pages/metadata');

export interface Expected {
  url: string;
  title: string;
  site: string;
  authors: string[];
  published: string | null;
  lang: string;
  patterns?: string[];
}

export interface Read {
  title: string;
  site: string;
  authors: string[];
  published?: string;
  lang: string;
}

export const FIELDS = ['title', 'site', 'authors', 'published', 'lang'] as const;
export type Field = (typeof FIELDS)[number];

export function metadataPages(): { name: string; html: string; expected: Expected }[] {
  return readdirSync(METADATA_PAGES)
    .filter((f) => f.endsWith('.html') && existsSync(join(METADATA_PAGES, f.replace(/\.html$/, '.json'))))
    .sort()
    .map((f) => ({ name: f.replace(/\.html$/, ''), html: readFileSync(join(METADATA_PAGES, f), 'utf8'), expected: JSON.parse(readFileSync(join(METADATA_PAGES, f.replace(/\.html$/, '.json')), 'utf8')) as Expected }));
}

/** Spaces, quotes and dashes as typography varies them: not a difference a reader sees. */
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

export function isRight(field: Field, read: Read, expected: Expected): boolean {
  switch (field) {
    case 'title':
      return norm(read.title) === norm(expected.title);
    case 'site':
      return norm(read.site).toLowerCase() === norm(expected.site).toLowerCase();
    case 'authors':
      return read.authors.map(norm).join('\n') === expected.authors.map(norm).join('\n');
    case 'published':
      return (read.published ?? null) === expected.published;
    case 'lang':
      return read.lang.split('-')[0].toLowerCase() === expected.lang.split('-')[0].toLowerCase();
  }
}

export interface Score {
  pages: number;
  right: Record<Field, number>;
  misses: { page: string; field: Field; read: unknown; expected: unknown }[];
}

export function scoreMetadata(read: (html: string, url: string) => Read): Score {
  const pages = metadataPages();
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: Score['misses'] = [];
  for (const p of pages) {
    const r = read(p.html, p.expected.url);
    for (const f of FIELDS) {
      if (isRight(f, r, p.expected)) right[f]++;
      else misses.push({ page: p.name, field: f, read: r[f] ?? null, expected: p.expected[f] });
    }
  }
  return { pages: pages.length, right, misses };
}

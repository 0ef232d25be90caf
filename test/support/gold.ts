import { readdirSync } from 'node:fs';
import { readShared, sharedPath } from './shared';
import { slugOf } from '../../src/core/text/slug';

export interface GoldEntity {
  surface: string;
  canonical: string;
  type: string;
  count: number;
  also?: string[];
}
export interface GoldAmount {
  surface: string;
  value: number;
  currency: string;
  qualifier?: string;
  count?: number;
}
export interface GoldArticle {
  lang: string;
  published: string;
  entities: GoldEntity[];
  amounts: GoldAmount[];
  not_money: string[];
  deals: Record<string, unknown>[];
}

export const gold = JSON.parse(readShared('seeds', 'gold.json')) as { articles: Record<string, GoldArticle> };
export const seedFiles = readdirSync(sharedPath('seeds')).filter((f) => f.endsWith('.txt')).sort();

export function seedText(file: string): string {
  return readShared('seeds', file);
}

/** Knowledge-base id of a gold canonical name: the slug DESIGN.md asks for. */
export const slug = (name: string): string => slugOf(name, '');

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’ʼ]/g, "'");

export interface FoundMention {
  id: string;
  text: string;
  type: string;
}

/**
 * Tallies found mentions against gold surfaces. A mention counts for the longest gold surface
 * its text contains ("Nissan Motor Company" for "Nissan Motor Company", not for "Nissan"), so
 * a longer alias such as "Groupe Bolloré" still counts as the gold "Bolloré".
 */
export function tallyMentions(article: GoldArticle, found: FoundMention[]): { bySurface: Map<string, FoundMention[]>; unmatched: FoundMention[] } {
  const surfaces = [...article.entities].sort((a, b) => b.surface.length - a.surface.length);
  const bySurface = new Map<string, FoundMention[]>(article.entities.map((e) => [e.surface, []]));
  const unmatched: FoundMention[] = [];
  for (const m of found) {
    const g = surfaces.find((e) => fold(m.text).includes(fold(e.surface)));
    if (g) bySurface.get(g.surface)!.push(m);
    else unmatched.push(m);
  }
  return { bySurface, unmatched };
}

/** Every [start, end) where `needle` stands in `text`. */
export function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

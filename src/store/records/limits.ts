/**
 * The limits of a stored record: one table of numbers for the save path, the reader's edits and
 * the import, so that what can be saved can always be restored (and nothing else gets in).
 */
export const LIMITS = {
  id: 160,
  name: 300,
  /** An alias or a name this short highlights every "a" or "GM": only when the reader confirms it. */
  shortAlias: 3,
  description: 2000,
  title: 2000,
  site: 300,
  author: 300,
  /** Authors of one article. */
  authors: 20,
  text: 5_000_000,
  notes: 20_000,
  tag: 100,
  tags: 50,
  url: 4000,
  summary: 4000,
  where: 200,
  role: 300,
  since: 40,
  lang: 35,
  amountText: 300,
  /** Records of a list field (aliases, relations, sources, mentions...). */
  list: 10_000,
  /** A figure larger than this (a quadrillion) is no deal. */
  money: 1e15,
  mentionCount: 1_000_000,
  /** Timestamps: from 1970 to the end of 2099. */
  time: Date.UTC(2100, 0, 1),
  firstYear: 1800,
  lastYear: 2199,
} as const;

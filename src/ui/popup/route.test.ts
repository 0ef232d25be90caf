import { describe, expect, test } from 'vitest';
import { hrefOf, parseRoute, tabOf } from './route';

describe('popup routes', () => {
  test.each([
    ['', { view: 'page' }],
    ['#collection', { view: 'collection' }],
    ['#entity/alliance-ventures', { view: 'entity', id: 'alliance-ventures' }],
    ['#article/article-x%2Fy', { view: 'article', id: 'article-x/y' }],
    ['#entity/', { view: 'page' }],
    ['#nonsense', { view: 'page' }],
  ])('%j', (hash, route) => {
    expect(parseRoute(hash, 'page')).toEqual(route);
  });
  test('round trip, and the tab of a sub-view', () => {
    const r = { view: 'article', id: 'a/b c' } as const;
    expect(parseRoute(hrefOf(r), 'page')).toEqual(r);
    expect(tabOf(r)).toBe('collection');
    expect(tabOf({ view: 'watchlist' })).toBe('watchlist');
  });
});

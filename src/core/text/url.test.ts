import { describe, expect, test } from 'vitest';
import { cleanUrl } from './url';

describe('cleanUrl', () => {
  test.each([
    ['https://news.test/a?utm_source=x&utm_medium=y&id=3#comments', 'https://news.test/a?id=3'],
    ['https://news.test/a?fbclid=abc', 'https://news.test/a'],
    ['https://news.test/a?gclid=abc&x=1', 'https://news.test/a?x=1'],
    ['https://news.test/2022/10/article/amp/', 'https://news.test/2022/10/article'],
    ['https://news.test/article.amp.html', 'https://news.test/article.html'],
    ['https://amp.news.test/a?amp=1', 'https://news.test/a'],
    ['https://news.test/', 'https://news.test/'],
    ['not a url', 'not a url'],
    // Kept parameters stay as written; empty and valueless ones are handled.
    ['https://news.test/a?q=caf%C3%A9+noir&utm_source=x', 'https://news.test/a?q=caf%C3%A9+noir'],
    ['https://news.test/a?&utm_campaign&page=2&', 'https://news.test/a?page=2'],
    ['https://news.test/a?outputType=amp&id=%ZZ', 'https://news.test/a?id=%ZZ'],
  ])('%s', (raw, clean) => expect(cleanUrl(raw)).toBe(clean));
});

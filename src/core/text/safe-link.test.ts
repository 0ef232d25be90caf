import { describe, expect, test } from 'vitest';
import { isHomePage, safeLink } from './safe-link';

describe('safeLink', () => {
  test.each([
    ['https://news.test/a', 'https://news.test/a'],
    ['http://news.test/', 'http://news.test/'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['file:///etc/passwd', undefined],
    ['chrome://settings', undefined],
    ['chrome-extension://abc/popup.html', undefined],
    ['/relative/path', undefined],
    ['https://news.test/a b', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (raw, expected) => expect(safeLink(raw)).toBe(expected));
  test('home pages', () => {
    expect(isHomePage('https://news.test/')).toBe(true);
    expect(isHomePage('https://news.test')).toBe(true);
    expect(isHomePage('https://news.test/?page=2')).toBe(false);
    expect(isHomePage('https://news.test/2024/story')).toBe(false);
  });
});

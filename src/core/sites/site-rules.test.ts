import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, sanitizeSettings, siteFromInput, withSite, type Settings } from './site-rules';

const s = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('where DealLens runs', () => {
  test.each([
    ['everywhere by default', s({}), 'news.test', true],
    ['not on a page without a site', s({}), null, false],
    ['not when switched off globally', s({ enabled: false }), 'news.test', false],
    ['not on a site listed as off', s({ disabledSites: ['news.test'] }), 'news.test', false],
    ['on other sites', s({ disabledSites: ['news.test'] }), 'other.test', true],
    ['only-listed: on a listed site', s({ mode: 'only-listed', enabledSites: ['news.test'] }), 'news.test', true],
    ['only-listed: not elsewhere', s({ mode: 'only-listed', enabledSites: ['news.test'] }), 'other.test', false],
    ['only-listed: the off list does not count', s({ mode: 'only-listed', enabledSites: ['news.test'], disabledSites: ['news.test'] }), 'news.test', true],
    ['only-listed: not when switched off globally', s({ enabled: false, mode: 'only-listed', enabledSites: ['news.test'] }), 'news.test', false],
  ])('%s', (_name, settings, site, active) => {
    expect(isActiveOn(settings, site)).toBe(active);
  });

  test('switching a site off and on edits the list of the current mode only', () => {
    const off = withSite(s({}), 'news.test', false);
    expect(off).toMatchObject({ disabledSites: ['news.test'], enabledSites: [] });
    expect(isActiveOn(withSite(off, 'news.test', true), 'news.test')).toBe(true);
    const only = s({ mode: 'only-listed', disabledSites: ['kept.test'] });
    const on = withSite(only, 'news.test', true);
    expect(on).toMatchObject({ enabledSites: ['news.test'], disabledSites: ['kept.test'] });
    expect(isActiveOn(withSite(on, 'news.test', false), 'news.test')).toBe(false);
  });

  test.each([
    ['news.test', 'news.test'],
    ['https://www.News.test/a/b?c', 'news.test'],
    ['  127.0.0.1 ', '127.0.0.1'],
    ['file:///tmp/a.html', 'file://'],
    ['', null],
    ['not a site!', null],
    ['javascript:alert(1)', null],
  ])('the reader types "%s": the site is %s', (input, site) => {
    expect(siteFromInput(input)).toBe(site);
  });

  test('malformed stored settings fall back to the defaults, field by field', () => {
    expect(sanitizeSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ enabled: 'yes', disabledSites: ['a.test', 3, 'a.test'], mode: 'weird', enabledSites: null })).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.test'] });
    // A store from before the mode existed keeps its off list.
    expect(sanitizeSettings({ enabled: false, disabledSites: ['b.test'] })).toEqual({ ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['b.test'] });
    expect(sanitizeSettings({ discover: false }).discover).toBe(false);
    expect(sanitizeSettings({ discover: 'no' }).discover).toBe(true);
  });
});

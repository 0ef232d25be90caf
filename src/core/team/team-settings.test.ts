import { describe, expect, test } from 'vitest';
import { databaseAddress, originCovered, sanitizeTeamSettings } from './team-settings';

describe("the team database's address", () => {
  test.each([
    ['https://couch.example.org/deals', { url: 'https://couch.example.org/deals', origin: 'https://couch.example.org', server: 'https://couch.example.org/', database: 'deals' }],
    ['https://couch.example.org/deals/', { url: 'https://couch.example.org/deals', origin: 'https://couch.example.org', server: 'https://couch.example.org/', database: 'deals' }],
    ['https://example.org/couch/team_a?x=1#y', { url: 'https://example.org/couch/team_a', origin: 'https://example.org', server: 'https://example.org/couch/', database: 'team_a' }],
    ['http://127.0.0.1:5984/team', { url: 'http://127.0.0.1:5984/team', origin: 'http://127.0.0.1:5984', server: 'http://127.0.0.1:5984/', database: 'team' }],
    ['http://localhost:5984/team', { url: 'http://localhost:5984/team', origin: 'http://localhost:5984', server: 'http://localhost:5984/', database: 'team' }],
  ])('%s', (raw, address) => {
    expect(databaseAddress(raw)).toEqual({ ok: true, address });
  });

  test.each([
    ['not a URL', 'syncUrlInvalid'],
    ['ftp://couch.example.org/deals', 'syncUrlInvalid'],
    ['javascript:alert(1)', 'syncUrlInvalid'],
    ['http://couch.example.org/deals', 'syncUrlPlainHttp'],
    ['http://192.168.1.2:5984/deals', 'syncUrlPlainHttp'],
    ['https://ann:secret@couch.example.org/deals', 'syncUrlCredentials'],
    ['https://couch.example.org/', 'syncUrlNoDatabase'],
    ['https://couch.example.org/Deals', 'syncUrlNoDatabase'],
    ['https://couch.example.org/_users', 'syncUrlNoDatabase'],
  ])('%s is refused: %s', (raw, problem) => {
    expect(databaseAddress(raw)).toEqual({ ok: false, problem });
  });

  test('stored settings are read safely: anything unusable is no settings', () => {
    expect(sanitizeTeamSettings({ enabled: true, url: 'https://c.example/t/', username: 'ann', password: 'pw' })).toEqual({ enabled: true, url: 'https://c.example/t', username: 'ann', password: 'pw' });
    expect(sanitizeTeamSettings({ enabled: 'yes', url: 'https://c.example/t', username: 3 })).toEqual({ enabled: false, url: 'https://c.example/t', username: '', password: '' });
    for (const bad of [null, 'x', [], { url: 'http://evil.example/t' }, { url: 42 }]) expect(sanitizeTeamSettings(bad)).toBeNull();
  });

  test('host permissions that cover an origin', () => {
    expect(originCovered('http://127.0.0.1:5984', ['http://*/*'])).toBe(true);
    expect(originCovered('https://couch.example.org', ['http://*/*'])).toBe(false);
    expect(originCovered('https://couch.example.org', ['*://*.example.org/*'])).toBe(true);
    expect(originCovered('https://couch.example.org', ['https://couch.example.org/*'])).toBe(true);
    expect(originCovered('http://127.0.0.1:5984', ['http://127.0.0.1:9000/*'])).toBe(false);
    expect(originCovered('http://127.0.0.1:5984', ['<all_urls>'])).toBe(true);
    expect(originCovered('http://127.0.0.1:5984', ['file:///*'])).toBe(false);
  });
});

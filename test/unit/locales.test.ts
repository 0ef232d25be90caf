import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '../..');
type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'src/_locales', lang, 'messages.json'), 'utf8')) as Messages;
const LANGS = ['en', 'fr', 'nl', 'de'];

describe('user-visible strings', () => {
  const en = load('en');
  test.each(LANGS.slice(1))('%s has every English key, with the same placeholders', (lang) => {
    const other = load(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      expect(Object.keys(other[key].placeholders ?? {}), `${lang}: ${key}`).toEqual(Object.keys(value.placeholders ?? {}));
      for (const p of Object.keys(value.placeholders ?? {})) expect(other[key].message, `${lang}: ${key} uses $${p}$`).toContain(`$${p.toUpperCase()}$`);
      expect(other[key].message.trim(), `${lang}: ${key}`).not.toBe('');
    }
  });
  test('every __MSG_…__ of the manifest is defined', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(en[key], key).toBeDefined();
  });
});

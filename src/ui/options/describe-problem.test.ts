import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { loadMessages, resetFakeBrowser, useLocale } from '../../../test/support/fake-browser';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));

const { describeProblem } = await import('./describe-problem');

afterAll(resetFakeBrowser);

describe('an import refusal in the reader’s language names record, field and rule', () => {
  const problem = { table: 'articles' as const, index: 3, id: 'article-x', field: 'title', rule: 'rule_max_length', detail: '2000' };
  test.each([
    ['en', 'Record articles[3] (id “article-x”), field title: is longer than 2000 characters.'],
    ['fr', 'Enregistrement articles[3] (identifiant « article-x »), champ title : dépasse 2000 caractères.'],
    ['nl', 'Record articles[3] (id “article-x”), veld title: is langer dan 2000 tekens.'],
    ['de', 'Datensatz articles[3] (ID „article-x“), Feld title: ist länger als 2000 Zeichen.'],
  ])('%s', (lang, said) => {
    useLocale(lang);
    expect(describeProblem(problem)).toBe(said);
  });

  test('after a failed write: the cause and what the store was counted to hold', () => {
    useLocale('fr');
    expect(describeProblem({ rule: 'import_undone', detail: 'quota', held: { articles: 3, deals: 147, entities: 891 } })).toBe(
      'L’import s’est arrêté (le stockage est plein) et a été annulé. Comptées à l’instant, vos données comptent 3 articles, 147 opérations et 891 entités, comme avant l’import.',
    );
  });

  test('every rule the import and the schemas can give has a message in all four languages', () => {
    const sources = ['../../store/records/rules.ts', '../../store/records/entity-record.ts', '../../store/records/check-record.ts', '../../store/import/parse-export.ts', '../../store/import/plan-import.ts', '../../store/import/import-store.ts'];
    const keys = new Set(sources.flatMap((f) => [...readFileSync(join(__dirname, f), 'utf8').matchAll(/'((?:rule|file|import|note)_[a-z_]+)'/g)].map((m) => m[1])));
    expect(keys.size).toBeGreaterThan(30);
    for (const lang of ['en', 'fr', 'nl', 'de']) for (const k of keys) expect(loadMessages(lang)[k], `${lang}: ${k}`).toBeDefined();
  });
});

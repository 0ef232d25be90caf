import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus, occurrences } from './load';
import { figures } from './report';
import { scorePage } from './score';

describe('occurrences', () => {
  test.each([
    ['Ford and Fordham and Ford.', 'Ford', 2],
    ['Alliance\nVentures a investi', 'Alliance Ventures', 1],
    ['BMW-Chef und BMWs', 'BMW', 1],
  ])('%j has %j %i times, as whole words', (text, surface, n) => expect(occurrences(text, surface)).toHaveLength(n));
});

/** A one-page corpus written here, so the scorer's rules are checked on a case whose answer is known. */
function corpusOf(article: string, gold: object) {
  const root = mkdtempSync(join(tmpdir(), 'deallens-corpus-'));
  mkdirSync(join(root, 'news/fr'), { recursive: true });
  writeFileSync(join(root, 'news/fr/01-test.html'), `<!DOCTYPE html><html lang="fr"><body><nav>Renault</nav><article>${article}</article></body></html>`);
  writeFileSync(join(root, 'news/fr/01-test.gold.json'), JSON.stringify({ lang: 'fr', published: '2021-07', title: '', sources: [], not_money: [], traps: [], noise: ['Renault'], deals: [], ...gold }));
  return loadCorpus(root);
}

describe('scorePage', () => {
  const [page] = corpusOf('<p>Alliance Ventures investit un milliard de dollars. Renault et Nissan Motor Company applaudissent. Jean Dupontel sourit.</p>', {
    entities: [
      { surface: 'Alliance Ventures', canonical: 'Alliance Ventures', type: 'fund', count: 1 },
      { surface: 'Renault', canonical: 'Renault Group', type: 'company', count: 1 },
      { surface: 'Nissan Motor Company', canonical: 'Nissan Motor Co.', type: 'company', count: 1 },
      { surface: 'Jean Dupontel', canonical: 'Jean Dupontel', type: 'person', count: 1 },
    ],
    amounts: [{ surface: 'un milliard de dollars', value: 1e9, currency: 'USD', qualifier: null }],
  });
  const s = scorePage(page, new Map([['Nissan Motor Co.', ['Nissan']]]));

  test('the gold is located in the article only (the nav is noise)', () => {
    expect(page.entities.map((e) => page.article.slice(e.start, e.end))).toEqual(['Alliance Ventures', 'Renault', 'Nissan Motor Company', 'Jean Dupontel']);
  });
  test('names are right by span, kind and link; a name never seen counts when the text shows it (given name and surname)', () => {
    expect(s.orgs).toEqual({ gold: 3, recalled: 3, found: 3, right: 3 });
    expect(s.people).toEqual({ gold: 1, recalled: 1, found: 1, right: 1 });
    expect(s.errors).toEqual([]);
  });
  test('the amount is right by value and currency', () => expect(s.amounts).toEqual({ gold: 1, recalled: 1, found: 1, right: 1 }));
  test('a name painted in the nav is counted as noise', () => expect(s.noise).toBe(1));
  test('figures are ratios of the sums', () => {
    const f = figures([s]);
    expect(f.orgRecall).toBe(1);
    expect(f.personRecall).toBe(1);
    expect(f.precision).toBe(1);
  });
});

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

describe('scorePage: deals', () => {
  // A summary sentence naming the parties of two deals, then each deal in a sentence of its own.
  const [page] = corpusOf(
    "<p>Ionic Materials a levé 65 millions de dollars auprès d'Alliance Ventures et de Renault. En mai 2018, Alliance Ventures a investi 10 millions de dollars dans Ionic Materials. Renault avait investi en 2017 dans Ionic Materials.</p>",
    {
      entities: [],
      amounts: [],
      deals: [
        { type: 'investment', investors: ['Alliance Ventures'], target: 'Ionic Materials', amount: { value: 1e7, currency: 'USD' }, date: '2018-05', form: 'active', evidence: 'En mai 2018, Alliance Ventures a investi 10 millions de dollars dans Ionic Materials.' },
        { type: 'investment', investors: ['Renault Group'], target: 'Ionic Materials', date: '2017', form: 'active', evidence: 'Renault avait investi en 2017 dans Ionic Materials.' },
      ],
    },
  );
  const s = scorePage(page, new Map());
  test("each gold deal goes to the proposal from its own sentence, not to the summary that names its parties first", () => {
    expect(s.deals).toMatchObject({ gold: 2, recalled: 2, found: 3, right: 2, amountStated: 1, amountRight: 1, monthStated: 1, monthRight: 1 });
  });
});

describe('scorePage: roles reversed', () => {
  const score = (article: string, deals: object[]) => scorePage(corpusOf(article, { entities: [], amounts: [], deals })[0], new Map()).deals.reversed;
  test('an investment proposed the wrong way round is reversed; a partnership between the same two has no roles to swap', () => {
    const gold = [{ type: 'investment', investors: ['Renault Group'], target: 'Ionic Materials', form: 'active', evidence: 'x' }];
    expect(score('<p>Ionic Materials a investi dans Renault.</p>', gold)).toBe(1);
    expect(score('<p>Renault a signé un partenariat avec Ionic Materials.</p>', gold)).toBe(0);
  });
});

describe('scorePage: a round whose investors the text does not name', () => {
  const score = (article: string) =>
    scorePage(corpusOf(article, { entities: [], amounts: [], deals: [{ type: 'investment', investors: [], target: 'Ionic Materials', form: 'active', evidence: 'x' }] })[0], new Map()).deals;
  test('is right when the proposal leaves its investors open too, not when it names one the gold does not', () => {
    expect(score('<p>Ionic Materials a levé 65 millions de dollars.</p>')).toMatchObject({ gold: 1, recalled: 1, found: 1, right: 1 });
    expect(score("<p>Ionic Materials a levé 65 millions de dollars auprès d'Alliance Ventures.</p>")).toMatchObject({ gold: 1, recalled: 0, found: 1, right: 0 });
  });
});

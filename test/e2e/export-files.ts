/**
 * Export files for the end-to-end import tests, made the way another DealLens would write them:
 * n articles (the seed texts, each made unique), their mentions of shipped entities, their
 * derived fields right. 1,500 articles make about 3.3 MB, the size of the probe's import.
 */
import { KB_VERSION } from '../../src/core/kb';
import { textFingerprint } from '../../src/core/text/char-class';
import type { ArticleRecord } from '../../src/store/schema';
import { seedFiles, seedText } from '../support/gold';

const MENTIONED = ['renault', 'nissan', 'alliance-ventures', 'plug-and-play', 'tekion'];

export function articlesFile(n: number, prefix = 'bulk'): { raw: string; articles: ArticleRecord[] } {
  const seeds = seedFiles.map(seedText);
  const articles: ArticleRecord[] = Array.from({ length: n }, (_, i) => {
    const text = `${seeds[i % seeds.length]}\nDossier ${prefix} ${i}: suivi${i} numéro${i}.`;
    const entities = MENTIONED.slice(0, 1 + (i % MENTIONED.length)).map((id) => ({ id, count: 1 + (i % 3) }));
    return {
      id: `article-${prefix}-${i}`,
      url: `https://${prefix}.test/articles/${i}?utm_source=x`,
      canonicalUrl: `https://${prefix}.test/articles/${i}`,
      title: `Article ${prefix} ${i}`,
      site: `${prefix}.test`,
      lang: 'fr',
      published: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      savedAt: 1_700_000_000_000 + i,
      text,
      fingerprint: textFingerprint(text),
      entities,
      entityIds: entities.map((e) => e.id),
      amounts: [],
      dealIds: [],
      notes: i % 10 === 0 ? `note ${i}` : '',
      tags: i % 7 === 0 ? ['bulk'] : [],
    };
  });
  const raw = JSON.stringify({ format: 'deallens-export', version: 1, exportedAt: new Date().toISOString(), kbVersion: KB_VERSION, entities: [], deals: [], articles });
  return { raw, articles };
}

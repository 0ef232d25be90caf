import { loadCorpus } from './scripts/corpus/load';
import { analyse } from './src/core/analyse';
for (const p of loadCorpus()) {
  if (!p.name.includes('05-nikola-tesla')) continue;
  const a = analyse(p.article, { langHint: 'en' });
  for (const m of a.entities.filter((m) => m.id === 'tesla')) console.log(JSON.stringify(p.article.slice(m.start - 40, m.end + 30)));
}

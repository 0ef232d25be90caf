/**
 * The page of the storms benchmark (bench:storms): a 200 KB news article with about 1,500
 * names and amounts to highlight, a line of loose text right under <body> (a "last updated"
 * clock), and the storms a page can throw at DealLens, each started from the page's own script
 * every 10 ms: that clock rewritten, a class toggled on <body> and a style changed on the
 * <article> (each once invisible, once repainting the page), a new paragraph appended.
 */
import { doc, esc, Writer } from './content-pages';

export const STORMS = {
  'text node under <body>': `const t = [...document.body.childNodes].find((n) => n.nodeType === 3 && n.data.trim().startsWith('Updated')); let i = 0; window.__storm = setInterval(() => { t.data = 'Updated at ' + (i++) + ' ms'; }, 10);`,
  // A state class no style rule matches (a scroll or focus flag): nothing is repainted.
  'class on <body>': `window.__storm = setInterval(() => document.body.classList.toggle('is-scrolling'), 10);`,
  // A class that changes the look: the page is repainted every frame.
  'class on <body>, repainted': `window.__storm = setInterval(() => document.body.classList.toggle('tick'), 10);`,
  // A custom property nothing uses yet: style recalculated, nothing repainted.
  'style on <article>': `const a = document.querySelector('article'); let i = 0; window.__storm = setInterval(() => { a.style.setProperty('--progress', String(i++)); }, 10);`,
  'style on <article>, repainted': `const a = document.querySelector('article'); let i = 0; window.__storm = setInterval(() => { a.style.backgroundColor = (i++ % 2) ? '#ffffff' : '#fefefe'; }, 10);`,
  'new paragraph': `const a = document.querySelector('article'); const lines = window.__lines; let i = 0; window.__storm = setInterval(() => { const p = document.createElement('p'); p.textContent = lines[i++ % lines.length]; a.append(p); }, 10);`,
} as const;

/**
 * The control: as many highlights as DealLens paints, registered by the page itself under
 * DealLens's styles, with no extension. What a storm costs with it is the browser's own price
 * of repainting that many highlights, not DealLens's work.
 */
export const registerHighlights = (css: string, count: number) => `(() => {
  const style = document.createElement('style');
  style.textContent = ${JSON.stringify(css)};
  document.head.append(style);
  const kinds = ['fund', 'company', 'accelerator', 'person', 'amount'].map((k) => { const h = new Highlight(); CSS.highlights.set('deallens-' + k, h); return h; });
  const w = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  let i = 0;
  for (let n = w.nextNode(); n && i < ${count}; n = w.nextNode()) {
    for (let o = 0; o + 12 < n.length && i < ${count}; o += 120, i++) { const r = new Range(); r.setStart(n, o); r.setEnd(n, o + 10); kinds[i % 5].add(r); }
  }
})()`;

export type Storm = keyof typeof STORMS;

export function stormPage(): string {
  const w = new Writer('en', 21, 0.8, 0.2);
  const paras: string[] = [];
  let size = 0;
  while (size < 200_000) {
    const p = w.paragraph();
    paras.push(p);
    size += p.length;
  }
  // What the paragraph storm appends: news lines, a name in most.
  const lines = Array.from({ length: 200 }, () => w.sentence());
  const body = `<header><nav><a href="/">Home</a> <a href="/markets">Markets</a></nav></header>
<article><h1>${w.title()}</h1>
${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
Updated at 0 ms
<footer><p>© The Mobility Wire</p></footer>
<script>window.__lines = ${JSON.stringify(lines)};</script>`;
  return doc('en', 'Storm', body, '<style>.tick { outline: 0 solid transparent; }</style>');
}

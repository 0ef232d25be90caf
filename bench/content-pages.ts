/**
 * Generated pages with the structures of real sites, for the content script's benchmarks
 * (bench:load): news articles, a live blog, a front page, blogs, encyclopaedia-like reference
 * pages, a long listing, a forum thread, documentation, app shells with little text, a 5 MB
 * text/plain page and a 20 MB single text node. Written for DealLens: the words are made up
 * from small vocabularies in four languages, with names of the shipped knowledge base and
 * amounts dropped in; no third-party page is copied.
 */
import { kbEntities } from '../src/core/kb';
import { rng } from './rng';

export interface BenchPage {
  name: string;
  /** What it stands for. */
  kind: string;
  path: string;
  body: string;
  contentType?: string;
}

export type Lang = 'en' | 'fr' | 'de' | 'nl';

const WORDS: Record<Lang, string[]> = {
  en: 'the market for electric vehicles kept growing in the quarter while analysts waited for new figures on charging networks battery supply software platforms and the cost of capital in europe asia and north america according to people familiar with the talks'.split(' '),
  fr: 'le marché des véhicules électriques a continué de croître au cours du trimestre tandis que les analystes attendaient de nouveaux chiffres sur les réseaux de recharge les batteries les logiciels et le coût du capital en europe selon des personnes proches du dossier'.split(' '),
  de: 'der markt für elektrofahrzeuge wuchs im quartal weiter während analysten auf neue zahlen zu ladenetzen batterien softwareplattformen und den kapitalkosten in europa und asien warteten wie mit den gesprächen vertraute personen sagten'.split(' '),
  nl: 'de markt voor elektrische voertuigen bleef groeien in het kwartaal terwijl analisten wachtten op nieuwe cijfers over laadnetwerken batterijen softwareplatforms en de kosten van kapitaal in europa volgens mensen die bij de gesprekken betrokken zijn'.split(' '),
};
const AMOUNTS: Record<Lang, (n: number) => string> = {
  en: (n) => `$${n} million`,
  fr: (n) => `${n} millions d’euros`,
  de: (n) => `${n} Millionen Euro`,
  nl: (n) => `${n} miljoen euro`,
};
/** Names of the shipped knowledge base that are safe to drop into any sentence. */
const NAMES = kbEntities.filter((e) => !e.nameIsAmbiguous && e.type !== 'person').map((e) => e.name);

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Sentences and paragraphs in one language, with a name in about `nameRate` of sentences and an amount in `amountRate`. */
export class Writer {
  private readonly r: () => number;
  constructor(readonly lang: Lang, seed: number, private readonly nameRate = 0.5, private readonly amountRate = 0.15) {
    this.r = rng(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  words(n: number): string {
    return Array.from({ length: n }, () => this.pick(WORDS[this.lang])).join(' ');
  }
  name(): string {
    return this.pick(NAMES);
  }
  sentence(): string {
    const words = Array.from({ length: 10 + this.int(18) }, () => this.pick(WORDS[this.lang]));
    if (this.chance(this.nameRate)) words.splice(this.int(words.length), 0, this.name());
    if (this.chance(this.amountRate)) words.splice(this.int(words.length), 0, AMOUNTS[this.lang](1 + this.int(900)));
    const s = words.join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  }
  paragraph(sentences = 3 + this.int(4)): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }
  /** A paragraph with a few of its words as links or emphasis, as articles have. */
  richParagraph(): string {
    return esc(this.paragraph())
      .split(' ')
      .map((w, i) => (i % 17 === 5 ? `<a href="/t/${i}">${w}</a>` : i % 23 === 9 ? `<em>${w}</em>` : w))
      .join(' ');
  }
  title(): string {
    const s = `${this.name()} ${this.words(6)}`;
    return esc(s[0].toUpperCase() + s.slice(1));
  }
}

export const doc = (lang: Lang, title: string, body: string, head = '') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>.hidden{display:none}.menu{display:none}nav a{margin:0 4px}</style>${head}</head><body>${body}</body></html>`;
const times = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const nav = (w: Writer, n: number) => `<header><nav>${times(n, (i) => `<a href="/s/${i}">${esc(w.words(1 + w.int(2)))}</a>`)}</nav></header>`;
const footer = (w: Writer, n: number) => `<footer><ul>${times(n, (i) => `<li><a href="/f/${i}">${esc(w.words(2))}</a></li>`)}</ul><p>© ${esc(w.words(4))}</p></footer>`;

function newsArticle(name: string, lang: Lang, paragraphs: number, comments: number, seed: number): BenchPage {
  const w = new Writer(lang, seed);
  const body = `${nav(w, 30)}
<div class="cookie hidden" role="dialog"><p>${esc(w.paragraph(2))}</p><button>OK</button></div>
<main><article><h1>${w.title()}</h1><p class="byline">${esc(w.words(3))} · <time datetime="2024-05-1${w.int(9)}">2024</time></p>
${times(paragraphs, (i) => (i % 9 === 4 ? `<figure><div class="img"></div><figcaption>${esc(w.sentence())}</figcaption></figure>` : i % 11 === 7 ? `<blockquote><p>${esc(w.paragraph(2))}</p></blockquote>` : i % 6 === 3 ? `<h2>${w.title()}</h2><p>${w.richParagraph()}</p>` : `<p>${w.richParagraph()}</p>`))}
</article>
<aside><h3>${esc(w.words(2))}</h3><ul>${times(10, (i) => `<li><a href="/r/${i}">${w.title()}</a></li>`)}</ul></aside>
<section class="comments">${times(comments, (i) => `<div class="comment"><b>${esc(w.words(1))}${i}</b> <span class="when">${i} min</span><p>${esc(w.paragraph(1 + w.int(3)))}</p></div>`)}</section></main>
${footer(w, 40)}`;
  return { name, kind: 'news article', path: `/load/${name}.html`, body: doc(lang, w.title(), body) };
}

function liveBlog(seed: number): BenchPage {
  const w = new Writer('de', seed);
  const body = `${nav(w, 25)}<main><h1>${w.title()}</h1>${times(160, (i) => `<article class="entry"><time>${String(8 + (i >> 4)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}</time><h3>${w.title()}</h3>${times(1 + w.int(3), () => `<p>${w.richParagraph()}</p>`)}${i % 10 === 0 ? `<blockquote class="post"><p>${esc(w.sentence())}</p><a href="/x">${esc(w.words(2))}</a></blockquote>` : ''}</article>`)}</main>${footer(w, 30)}`;
  return { name: 'news-live-blog-de', kind: 'live blog (160 entries)', path: '/load/news-live-blog-de.html', body: doc('de', w.title(), body) };
}

function frontPage(seed: number): BenchPage {
  const w = new Writer('nl', seed, 0.6, 0.1);
  const menu = `<div class="menu">${times(40, (i) => `<ul><li>${esc(w.words(1))}${i}</li>${times(25, (j) => `<li><a href="/m/${i}/${j}">${esc(w.words(2))}</a></li>`)}</ul>`)}</div>`;
  const body = `${nav(w, 20)}${menu}<main>${times(12, (s) => `<section><h2>${esc(w.words(1))}${s}</h2>${times(22, (i) => `<div class="teaser"><div class="img"></div><h3><a href="/a/${s}/${i}">${w.title()}</a></h3><p>${esc(w.sentence())}</p><span class="meta">${i} reacties</span></div>`)}</section>`)}</main>${footer(w, 60)}`;
  return { name: 'news-front-page-nl', kind: 'front page (264 teasers, a hidden menu of 1,000 links)', path: '/load/news-front-page-nl.html', body: doc('nl', 'Voorpagina', body) };
}

function blogPost(seed: number): BenchPage {
  const w = new Writer('en', seed, 0.3, 0.05);
  const code = times(300, (i) => `<span class="ln">${i + 1}</span><span class="kw">const</span> <span class="id">${esc(w.words(1))}${i}</span> <span class="op">=</span> <span class="fn">${esc(w.words(1))}</span>(<span class="str">'${esc(w.words(2))}'</span>);`);
  const comment = (depth: number, i: number): string => `<div class="c"><b>${esc(w.words(1))}</b><p>${esc(w.paragraph(1 + w.int(2)))}</p>${depth < 3 && i % 3 === 0 ? comment(depth + 1, i + 1) : ''}</div>`;
  const body = `${nav(w, 12)}<main><article><h1>${w.title()}</h1>${times(20, (i) => (i % 4 === 2 ? `<pre><code>${code.split('\n').slice(i * 10, i * 10 + 30).join('\n')}</code></pre>` : `<p>${w.richParagraph()}</p>`))}</article><section>${times(150, (i) => comment(0, i))}</section></main>${footer(w, 15)}`;
  return { name: 'blog-post-en', kind: 'blog post with code and 150 comment threads', path: '/load/blog-post-en.html', body: doc('en', w.title(), body) };
}

function blogIndex(seed: number): BenchPage {
  const w = new Writer('fr', seed);
  const body = `${nav(w, 10)}<main>${times(60, (i) => `<article><h2><a href="/p/${i}">${w.title()}</a></h2><p class="date">${i} jours</p><p>${w.richParagraph()}</p><ul class="tags">${times(5, (j) => `<li><a href="/tag/${j}">${esc(w.words(1))}</a></li>`)}</ul></article>`)}</main><aside>${times(50, (i) => `<a href="/archive/${i}">${esc(w.words(2))}</a>`)}</aside>${footer(w, 12)}`;
  return { name: 'blog-index-fr', kind: 'blog index (60 excerpts)', path: '/load/blog-index-fr.html', body: doc('fr', 'Blog', body) };
}

function reference(seed: number): BenchPage {
  const w = new Writer('en', seed, 0.4, 0.1);
  const infobox = `<table class="infobox">${times(25, () => `<tr><th>${esc(w.words(1))}</th><td>${esc(w.words(3))}</td></tr>`)}</table>`;
  const toc = `<div class="toc"><ol>${times(40, (i) => `<li><a href="#s${i}">${esc(w.words(3))}</a></li>`)}</ol></div>`;
  const section = (i: number) => `<h2 id="s${i}">${esc(w.words(3))}</h2>${times(4 + w.int(5), () => `<p>${w.richParagraph()}<sup><a href="#r${w.int(600)}">[${w.int(600)}]</a></sup></p>`)}`;
  const navbox = (i: number) => `<table class="navbox"><tr><th>${esc(w.words(2))}${i}</th></tr><tr><td class="hidden">${times(80, (j) => `<a href="/w/${j}">${esc(w.words(2))}</a>`)}</td></tr></table>`;
  const body = `${nav(w, 15)}<main><h1>${w.title()}</h1>${infobox}${toc}${times(40, section)}<h2>References</h2><ol class="refs">${times(600, (i) => `<li id="r${i}">${esc(w.words(6))}. <i>${esc(w.words(4))}</i>. ${2000 + (i % 25)}.</li>`)}</ol>${times(12, navbox)}</main>${footer(w, 30)}`;
  return { name: 'reference-article-en', kind: 'encyclopaedia-like article (infobox, 40 sections, 600 references, collapsed navboxes)', path: '/load/reference-article-en.html', body: doc('en', w.title(), body) };
}

function referenceTable(seed: number): BenchPage {
  const w = new Writer('en', seed);
  const body = `<main><h1>${esc(w.words(4))}</h1><table><thead><tr>${times(6, () => `<th>${esc(w.words(1))}</th>`)}</tr></thead><tbody>${times(3000, (i) => `<tr><td>${i + 1}</td><td>${esc(w.name())}</td><td>${esc(w.words(2))}</td><td>${AMOUNTS.en(1 + w.int(500))}</td><td>${2010 + (i % 15)}</td><td><a href="/c/${i}">${esc(w.words(1))}</a></td></tr>`)}</tbody></table></main>`;
  return { name: 'reference-table-en', kind: 'data table (3,000 rows)', path: '/load/reference-table-en.html', body: doc('en', 'Table', body) };
}

function listing(seed: number): BenchPage {
  const w = new Writer('en', seed, 0.3, 0.05);
  const item = (i: number) => `<div class="result"><div class="card"><div class="media"><div class="img"></div></div><div class="info"><h3><a href="/item/${i}">${w.title()}</a></h3><div class="price"><span>€</span><span>${1 + w.int(900)}</span><span>,${w.int(99)}</span></div><div class="rating"><span>★★★★☆</span> <span>(${w.int(2000)})</span></div><p>${esc(w.sentence())}</p><ul class="specs"><li>${esc(w.words(2))}</li><li>${esc(w.words(2))}</li></ul></div></div></div>`;
  const body = `${nav(w, 30)}<div class="filters">${times(120, (i) => `<label><input type="checkbox"> ${esc(w.words(1))}${i}</label>`)}</div><main class="results">${times(5000, item)}</main>${footer(w, 40)}`;
  return { name: 'listing-long-en', kind: 'search results / shop listing (5,000 items)', path: '/load/listing-long-en.html', body: doc('en', 'Results', body) };
}

function forum(seed: number): BenchPage {
  const w = new Writer('de', seed, 0.25, 0.05);
  const post = (i: number) => `<div class="post"><div class="author"><b>${esc(w.words(1))}${i % 90}</b><span>${i * 3} Beiträge</span></div><div class="content">${i % 5 === 0 ? `<blockquote><div><b>${esc(w.words(1))}</b><p>${esc(w.sentence())}</p></div></blockquote>` : ''}<p>${esc(w.paragraph(1 + w.int(4)))}</p></div><div class="sig">${esc(w.words(5))}</div></div>`;
  const body = `${nav(w, 20)}<main><h1>${w.title()}</h1>${times(800, post)}</main>${footer(w, 20)}`;
  return { name: 'forum-thread-de', kind: 'forum thread (800 posts)', path: '/load/forum-thread-de.html', body: doc('de', 'Forum', body) };
}

function docs(seed: number): BenchPage {
  const w = new Writer('en', seed, 0.2, 0.02);
  const side = `<nav class="side"><ul>${times(60, (i) => `<li>${esc(w.words(1))}${i}<ul>${times(50, (j) => `<li><a href="/docs/${i}/${j}">${esc(w.words(2))}</a></li>`)}</ul></li>`)}</ul></nav>`;
  const body = `${nav(w, 10)}${side}<main><h1>${esc(w.words(3))}</h1>${times(30, (i) => `<h2>${esc(w.words(3))}</h2><p>${w.richParagraph()}</p><pre><code>${esc(w.words(12))}\n${esc(w.words(10))}</code></pre><p>${w.richParagraph()}</p>${i % 4 === 0 ? `<div class="note"><p>${esc(w.sentence())}</p></div>` : ''}`)}</main>`;
  return { name: 'docs-page-en', kind: 'documentation (a sidebar of 3,000 links)', path: '/load/docs-page-en.html', body: doc('en', 'Docs', body) };
}

function appShell(): BenchPage {
  const body = `<div id="app"><div class="spinner" aria-label="loading"></div></div><noscript>Enable JavaScript.</noscript><script>window.__state = ${JSON.stringify({ user: null, flags: Array.from({ length: 200 }, (_, i) => `f${i}`) })};</script>`;
  return { name: 'app-shell', kind: 'web app shell (no text)', path: '/load/app-shell.html', body: doc('en', 'App', body) };
}

function appShellRendered(): BenchPage {
  const script = `setTimeout(() => { const app = document.getElementById('app'); app.textContent = ''; for (const [k, v] of [['Inbox', 12], ['Tasks', 3], ['Reports', 7], ['Settings', '']]) { const d = document.createElement('div'); d.className = 'tile'; d.append(k + ' ', v); app.append(d); } }, 300);`;
  const body = `<div id="app"><div class="spinner"></div></div><script>${script}</script>`;
  return { name: 'app-shell-rendered', kind: 'web app that renders a small dashboard at 300 ms', path: '/load/app-shell-rendered.html', body: doc('en', 'Dashboard', body) };
}

function textPlain(seed: number): BenchPage {
  const w = new Writer('en', seed);
  const lines: string[] = [];
  let size = 0;
  while (size < 5_000_000) {
    const l = w.chance(0.2) ? '' : w.paragraph(1 + w.int(3));
    lines.push(l);
    size += l.length + 1;
  }
  return { name: 'text-plain-5mb', kind: 'text/plain, 5 MB', path: '/load/text-plain-5mb.txt', body: lines.join('\n'), contentType: 'text/plain; charset=utf-8' };
}

function singleNode(): BenchPage {
  // The page's own script makes one 20 MB text node (the HTML parser would cut it into 64 KB nodes).
  const w = new Writer('fr', 20);
  const chunk = JSON.stringify(Array.from({ length: 40 }, () => w.paragraph(4)).join(' '));
  const script = `(() => { const c = ${chunk} + ' '; const parts = []; let n = 0; while (n < 20e6) { parts.push(c); n += c.length; } const p = document.getElementById('dump'); p.textContent = parts.join(''); })();`;
  const body = `<h1>Export</h1><p id="dump"></p><script>${script}</script>`;
  return { name: 'single-text-node-20mb', kind: 'one text node of 20 MB', path: '/load/single-text-node-20mb.html', body: doc('fr', 'Export', body) };
}

function deepNesting(seed: number): BenchPage {
  const w = new Writer('en', seed);
  let inner = '';
  for (let d = 300; d > 0; d--) inner = `<div class="d${d % 7}">${d % 3 === 0 ? `<p>${esc(w.sentence())}</p>` : ''}${inner}${d % 5 === 0 ? `<span>${esc(w.sentence())}</span>` : ''}</div>`;
  const body = `<main>${times(6, () => inner)}</main>`;
  return { name: 'deep-nesting-en', kind: 'markup nested 300 deep', path: '/load/deep-nesting-en.html', body: doc('en', 'Nested', body) };
}

function hiddenHeavy(seed: number): BenchPage {
  const w = new Writer('fr', seed);
  const body = `${nav(w, 15)}<main><h1>${w.title()}</h1>${times(400, (i) => `<details><summary>${esc(w.words(4))} ${i}</summary><p>${esc(w.paragraph(3))}</p></details>`)}<div class="tabs">${times(30, (i) => `<div class="tab ${i ? 'hidden' : ''}">${times(10, () => `<p>${esc(w.paragraph(2))}</p>`)}</div>`)}</div>${times(50, () => `<div class="modal" hidden><p>${esc(w.paragraph(2))}</p></div>`)}</main>${footer(w, 20)}`;
  return { name: 'hidden-heavy-fr', kind: 'FAQ of 400 closed <details>, hidden tabs and modals', path: '/load/hidden-heavy-fr.html', body: doc('fr', 'FAQ', body) };
}

function wideInline(seed: number): BenchPage {
  const w = new Writer('en', seed, 0.5, 0.1);
  const words = Array.from({ length: 60_000 }, () => w.sentence().split(' ')).flat().slice(0, 80_000);
  const body = `<main><p>${words.map((x, i) => (i % 2 ? `<span>${esc(x)}</span>` : esc(x))).join(' ')}</p></main>`;
  return { name: 'one-paragraph-80k-spans-en', kind: 'one paragraph of 80,000 words, every other one a span', path: '/load/one-paragraph-80k-spans-en.html', body: doc('en', 'Transcript', body) };
}

export function benchPages(): BenchPage[] {
  return [
    newsArticle('news-article-en', 'en', 14, 20, 1),
    newsArticle('news-article-fr-long', 'fr', 60, 120, 2),
    liveBlog(3),
    frontPage(4),
    blogPost(5),
    blogIndex(6),
    reference(7),
    referenceTable(8),
    listing(9),
    forum(10),
    docs(11),
    hiddenHeavy(12),
    deepNesting(13),
    wideInline(14),
    appShell(),
    appShellRendered(),
    textPlain(15),
    singleNode(),
  ];
}

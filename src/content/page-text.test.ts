// @vitest-environment happy-dom
/**
 * Reading a page in slices (src/content/page-text.ts): a long text node is cut at safe places
 * with its offsets kept, never read whole; blocks stay apart; units read only themselves.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { setBody } from '../../test/support/set-body';
import { locate, safeCut, textSlices, type PageText } from './page-text';

const SENTENCES = [
  'Renault Group invests 5 million euros in Voltaro Labs, the research arm of the young company.',
  'Plug and Play opened its new programme in Stuttgart with twelve start-ups.',
  'Das Unternehmen sammelte 2,3 Mrd. Euro ein, teilte die Gruppe mit.',
  'Alliance Ventures a investi 200 millions de dollars dans la plateforme.',
];
const prose = (chars: number, seed = 1) => {
  let out = '';
  for (let i = seed; out.length < chars; i++) out += `${SENTENCES[i % SENTENCES.length]} `;
  return out;
};

function readAll(next: (budget: number) => PageText | null, budget: number): PageText[] {
  const out: PageText[] = [];
  for (let s = next(budget); s; s = next(budget)) out.push(s);
  return out;
}

/** Every piece of a slice is the text of its node at the offsets it gives. */
function expectPiecesRight(slice: PageText): void {
  slice.nodes.forEach((n, i) => {
    expect(slice.text.slice(slice.starts[i], slice.starts[i] + slice.to[i] - slice.from[i])).toBe(n.data.slice(slice.from[i], slice.to[i]));
  });
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('a long text node', () => {
  test('is read in slices of bounded size, its offsets kept, cut only at a line, a sentence or a space', () => {
    const p = document.createElement('p');
    p.textContent = prose(300_000);
    document.body.append(p);
    const node = p.firstChild as Text;
    const slices = readAll(textSlices(document.body, null), 12_000);
    expect(slices.length).toBeGreaterThan(12);
    let at = 0;
    for (const s of slices) {
      expect(s.text.length).toBeLessThanOrEqual(24_000);
      expect(s.nodes).toEqual([node]);
      expect(s.from[0]).toBe(at);
      expectPiecesRight(s);
      at = s.to[0];
      // A cut after a sentence's end, never inside a name or an amount.
      if (at < node.length) expect(node.data.slice(at - 2, at)).toMatch(/[.!?] $/);
    }
    expect(at).toBe(node.length);
    // Every name and amount stands whole in one slice.
    const whole = slices.map((s) => s.text).join('|');
    for (const phrase of ['Plug and Play', '2,3 Mrd. Euro', '200 millions de dollars', 'Renault Group']) {
      expect(whole.split(phrase).length - 1).toBe(node.data.split(phrase).length - 1);
    }
  });

  test('is never read whole: only the parts of each slice', () => {
    const p = document.createElement('p');
    p.textContent = prose(100_000);
    document.body.append(p);
    const node = p.firstChild as Text;
    const text = node.data;
    let wholeReads = 0;
    // The node's text served by hand, so that only DealLens's own reads are counted.
    Object.defineProperty(node, 'data', { get: () => (wholeReads++, text), configurable: true });
    Object.defineProperty(node, 'length', { get: () => text.length, configurable: true });
    node.substringData = (offset: number, count: number) => text.slice(offset, offset + count);
    readAll(textSlices(document.body, null), 12_000);
    expect(wholeReads).toBe(0);
  });

  test('without any space is still cut (at the limit), and never between the halves of a surrogate pair', () => {
    const p = document.createElement('p');
    p.textContent = '😀'.repeat(20_000);
    document.body.append(p);
    const slices = readAll(textSlices(document.body, null), 1000);
    for (const s of slices) {
      expect(s.text.length).toBeLessThanOrEqual(2002);
      expect(s.text.length % 2).toBe(0);
      expectPiecesRight(s);
    }
    expect(slices.reduce((n, s) => n + s.text.length, 0)).toBe(40_000);
  });

  test('locate maps a slice offset back to the node, past the first part', () => {
    const p = document.createElement('p');
    p.textContent = prose(60_000);
    document.body.append(p);
    const slices = readAll(textSlices(document.body, null), 5000);
    const s = slices[3];
    const at = s.text.indexOf('Plug and Play');
    const from = locate(s, at, false);
    const to = locate(s, at + 'Plug and Play'.length, true);
    expect(from.node.data.slice(from.offset, to.offset)).toBe('Plug and Play');
    expect(from.offset).toBeGreaterThan(15_000);
  });
});

describe('blocks and many small nodes', () => {
  test('a line break between blocks, none inside a line; hidden elements are skipped and told', () => {
    setBody('<h1>Renault <b>invests</b></h1><p>in <i>Voltaro</i> Labs</p><div hidden><p>never read</p></div><p>end</p>');
    const hidden: Element[] = [];
    const [s] = readAll(textSlices(document.body, null, { onHidden: (el) => hidden.push(el) }), 12_000);
    expect(s.text).toBe('Renault invests\nin Voltaro Labs\nend');
    expect(hidden.map((e) => e.tagName)).toEqual(['DIV']);
    expectPiecesRight(s);
  });

  test('one block of a word per span (a code listing) is cut between nodes a space separates', () => {
    const pre = document.createElement('pre');
    for (let i = 0; i < 8000; i++) {
      const span = document.createElement('span');
      span.textContent = i % 7 === 0 ? 'Plug and Play' : `word${i}`;
      pre.append(span, ' ');
    }
    document.body.append(pre);
    const slices = readAll(textSlices(document.body, null), 2000);
    expect(slices.length).toBeGreaterThan(10);
    for (const s of slices) {
      expect(s.text.length).toBeLessThanOrEqual(4000);
      expectPiecesRight(s);
    }
    expect(slices.map((s) => s.text).join('').split('Plug and Play').length - 1).toBe(Math.ceil(8000 / 7));
  });
});

describe('many small nodes', () => {
  test('a table of tiny cells ends its slices by nodes visited, not only by characters', () => {
    const table = document.createElement('table');
    for (let r = 0; r < 2000; r++) {
      const tr = table.insertRow();
      for (let c = 0; c < 5; c++) tr.insertCell().textContent = `${r}.${c}`;
    }
    document.body.append(table);
    const slices = readAll(textSlices(document.body, null), 12_000);
    expect(slices.length).toBeGreaterThan(4);
    for (const s of slices) expect(s.nodes.length).toBeLessThanOrEqual(2000);
    expect(slices.reduce((n, s) => n + s.nodes.length, 0)).toBe(10_000);
  });
});

describe('units', () => {
  test('only the stretches asked for are read, a line break between them', () => {
    setBody('<p id="a">Renault <b>Group</b></p><p id="b">not this</p><p id="c">Tekion</p>');
    const a = document.querySelector('#a')!;
    const c = document.querySelector('#c')!;
    const units = [
      { first: a.firstChild as Text, last: a.querySelector('b')!.firstChild as Text },
      { first: c.firstChild as Text, last: c.firstChild as Text },
    ];
    const slices = readAll(textSlices(document.body, null, { units }), 12_000);
    expect(slices.map((s) => s.text)).toEqual(['Renault Group\nTekion']);
  });

  test('a unit whose start left the page is skipped; one whose end left stops there', () => {
    setBody('<p id="a">gone</p><p id="b">kept <b>end</b></p><p id="c">after</p>');
    const gone = document.querySelector('#a')!.firstChild as Text;
    const b = document.querySelector('#b')!;
    const end = b.querySelector('b')!.firstChild as Text;
    gone.remove();
    const units = [
      { first: gone, last: gone },
      { first: b.firstChild as Text, last: end },
    ];
    end.remove();
    const slices = readAll(textSlices(document.body, null, { units }), 12_000);
    expect(slices.map((s) => s.text)).toEqual(['kept ']);
  });
});

describe('safeCut', () => {
  test.each([
    ['a line first', 'one two\nthree. Four five', 8],
    ['a sentence end after a word, not after "Mrd."', 'sammelte 2,3 Mrd. Euro ein und wuchs. Danach kam', 38],
    ['else a space', 'no sentence end here at all', 24],
    ['nothing safe', 'abcdefghij', -1],
  ])('%s', (_what, part, at) => {
    expect(safeCut(part)).toBe(at);
  });
});

// @vitest-environment happy-dom
/**
 * What a change makes DealLens read again (src/content/text-runs.ts): the run of text around
 * it, as a full read joins it, and nothing more.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { setBody } from '../../test/support/set-body';
import { mergeUnits, RunFinder } from './text-runs';
import type { TextUnit } from './page-text';

const finder = () => new RunFinder(document.body, null);
const text = (selector: string, index = 0) => document.querySelector(selector)!.childNodes[index] as Text;
const words = (u: TextUnit | null) => {
  if (!u) return null;
  const out: string[] = [];
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  w.currentNode = u.first;
  for (let n: Node | null = u.first; n; n = w.nextNode()) {
    out.push((n as Text).data);
    if (n === u.last) break;
  }
  return out.join('');
};

beforeEach(() => {
  document.body.replaceChildren();
});

describe('the run around a change', () => {
  test('loose text between two blocks is its own run, not the page', () => {
    setBody('<article><p>Renault invests.</p><p>Tekion grows.</p></article>Updated <b>12:00</b> by the desk<footer>About</footer>');
    const clock = document.body.childNodes[1] as Text;
    expect(words(finder().unitOf(clock))).toBe('Updated 12:00 by the desk');
  });

  test('a word changed inside a paragraph re-reads that paragraph only', () => {
    setBody('<p>First.</p><p id="p">Renault <b>Group</b> invests in <i>Voltaro</i>.</p><p>Last.</p>');
    expect(words(finder().unitOf(text('#p b')))).toBe('Renault Group invests in Voltaro.');
  });

  test('a new paragraph is read alone', () => {
    setBody('<article><p>Old one.</p><p id="new">New <b>one</b>.</p><p>Old two.</p></article>');
    expect(words(finder().unitOf(document.querySelector('#new')!))).toBe('New one.');
  });

  test('a block put between two halves of a line splits it: each half is its own run', () => {
    setBody('<div id="d">Plug and <p>Play</p> Play more</div>');
    expect(words(finder().unitOf(text('#d', 0)))).toBe('Plug and ');
    expect(words(finder().unitOf(text('#d', 2)))).toBe(' Play more');
  });

  test('hidden text and unread elements give nothing to read; a hidden span inside a line does not cut it', () => {
    setBody('<div hidden><p id="h">secret</p></div><script>var x</script><p id="p">Renault<span hidden>x</span> Group</p>');
    expect(finder().unitOf(text('#h'))).toBeNull();
    expect(finder().unitOf(document.querySelector('script')!.firstChild!)).toBeNull();
    const line = finder().unitOf(text('#p', 2))!;
    expect([line.first.data, line.last.data]).toEqual(['Renault', ' Group']);
  });

  test('an element without text of its own re-reads the line it joined', () => {
    setBody('<p id="p">Renault <span id="empty"></span>Group</p>');
    expect(words(finder().unitOf(document.querySelector('#empty')!))).toBe('Renault Group');
  });
});

describe('merging', () => {
  test('overlapping units become one, in document order; apart ones stay apart', () => {
    setBody('<p id="a">A <b>b</b> c</p><p id="x">x</p><p id="d">d</p>');
    const f = finder();
    const units = [f.unitOf(text('#d'))!, f.unitOf(text('#a b'))!, f.unitOf(text('#a', 0))!, f.unitOf(document.querySelector('#a')!)!];
    expect(mergeUnits(units).map(words)).toEqual(['A b c', 'd']);
  });
});

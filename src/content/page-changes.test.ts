// @vitest-environment happy-dom
/**
 * A page that never stops changing (src/content/page-changes.ts): changes are coalesced, a
 * place that keeps changing is read less and less often, new places are read once each, and
 * the annotator's share of the time stays bounded.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setBody } from '../../test/support/set-body';
import { PageChanges, type Changes } from './page-changes';

let calls: Changes[] = [];
let changes: PageChanges;
let workMs = 1;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  setBody('<article><p>Renault invests.</p></article><footer>About</footer>');
  calls = [];
  workMs = 1;
  changes = new PageChanges(document.body, () => null, async (c) => {
    calls.push(c);
    vi.advanceTimersByTime(workMs);
    return workMs;
  });
  changes.resume();
});

afterEach(() => {
  changes.stop();
  vi.useRealTimers();
});

/** Runs `change` every 10 ms for `ms`, letting the observer and the timers run. */
async function storm(change: (i: number) => void, ms = 10_000): Promise<void> {
  for (let i = 0; i < ms / 10; i++) {
    change(i);
    await Promise.resolve(); // the observer's records
    await vi.advanceTimersByTimeAsync(10);
  }
  await vi.advanceTimersByTimeAsync(5000);
}

describe('storms', () => {
  test('a text node changing every 10 ms is read again a dozen times in 10 s, not a thousand', async () => {
    const clock = document.createTextNode('0');
    document.body.append(clock);
    await vi.advanceTimersByTimeAsync(1000);
    calls = [];
    await storm((i) => (clock.data = String(i)));
    expect(calls.length).toBeGreaterThan(3);
    expect(calls.length).toBeLessThanOrEqual(12);
    for (const c of calls) expect(c.seeds).toEqual([clock]);
    // The last change is read in the end: no change is lost.
    expect(calls.at(-1)!.seeds).toEqual([clock]);
  });

  test('a class toggled on <body> every 10 ms asks for a check of <body> only, with no text to read, less and less often', async () => {
    await storm((i) => document.body.classList.toggle('tick', i % 2 === 0));
    expect(calls.length).toBeLessThanOrEqual(12);
    for (const c of calls) {
      expect(c.seeds).toEqual([]);
      expect(c.styled).toEqual([document.body]);
    }
  });

  test('a new paragraph every 10 ms: each read once, in batches', async () => {
    const article = document.querySelector('article')!;
    const added: Element[] = [];
    await storm((i) => {
      const p = document.createElement('p');
      p.textContent = `Update ${i}: Tekion raised $${i} million.`;
      article.append(p);
      added.push(p);
    });
    const seeded = calls.flatMap((c) => c.seeds);
    expect(new Set(seeded).size).toBe(seeded.length);
    for (const p of added) expect(seeded).toContain(p);
    expect(calls.length).toBeLessThanOrEqual(15);
  });

  test('work that takes long is given room: at most a twentieth of the time', async () => {
    workMs = 50;
    const clock = document.createTextNode('0');
    document.body.append(clock);
    const article = document.querySelector('article')!;
    await storm((i) => {
      clock.data = String(i);
      const p = document.createElement('p');
      p.textContent = 'more';
      article.append(p);
    });
    expect(calls.length * workMs).toBeLessThanOrEqual(0.06 * 15_000);
  });
});

describe('calm pages', () => {
  test('one change is read about 40 ms later, once', async () => {
    const p = document.querySelector('p')!;
    p.firstChild!.textContent = 'Stellantis invests.';
    await vi.advanceTimersByTimeAsync(30);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
  });

  test('a place calm for a while is read promptly again', async () => {
    const t = document.querySelector('p')!.firstChild as Text;
    await storm((i) => (t.data = `v${i}`), 3000);
    const before = calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    t.data = 'calm now';
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(60);
    expect(calls.length).toBe(before + 1);
  });

  test('a re-render of hundreds of nodes at once is one full read', async () => {
    const article = document.querySelector('article')!;
    for (let i = 0; i < 400; i++) article.append(Object.assign(document.createElement('p'), { textContent: `p${i}` }));
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1);
    expect(calls[0].everything).toBe(true);
  });

  test('DealLens’s own card never counts', async () => {
    const host = document.createElement('deallens-card');
    document.body.append(host);
    changes.stop();
    calls = [];
    changes = new PageChanges(document.body, () => host, async (c) => (calls.push(c), 0));
    changes.resume();
    host.setAttribute('style', 'top: 10px');
    host.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveLength(0);
  });
});

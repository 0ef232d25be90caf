/**
 * A reader's gestures on extension pages, written once for both browsers. Elements are found as
 * a reader (or a screen reader) finds them: by role and accessible name, or by label; the
 * element found is tagged with a data attribute so the browser's own input layer can click or
 * type into it.
 */
import type { TestPage } from './types';

export interface Find {
  /** ARIA role (button, switch, radio, checkbox, tab, link, dialog, textbox, combobox, status), or 'label' to find a form field by its label. */
  role: string;
  /** Accessible name: a substring, any case (Playwright's default), unless `exact`. */
  name?: string;
  exact?: boolean;
  /** Only inside the first element matching this CSS selector. */
  within?: string;
  /** A CSS selector instead of a role. */
  css?: string;
}

let picks = 0;

/** Tags the element and returns a CSS selector for it; polls until it is there and visible. */
export async function find(page: TestPage, what: Find, timeout = 15_000): Promise<string> {
  const mark = `p${++picks}`;
  await page.waitFor(
    ({ what, mark }) => {
      const ROLES: Record<string, string> = {
        button: 'button, input[type=button], input[type=submit], input[type=reset], [role=button], summary',
        switch: '[role=switch]',
        radio: 'input[type=radio], [role=radio]',
        checkbox: 'input[type=checkbox]:not([role=switch]), [role=checkbox]',
        tab: '[role=tab]',
        link: 'a[href], [role=link]',
        dialog: 'dialog, [role=dialog]',
        textbox: 'input:not([type]), input[type=text], input[type=search], input[type=url], input[type=email], textarea, [role=textbox]',
        combobox: 'select, [role=combobox]',
        status: '[role=status], output',
        label: 'input, select, textarea',
      };
      const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const nameOf = (el: Element): string => {
        const aria = el.getAttribute('aria-label');
        if (aria) return aria.trim();
        const by = el.getAttribute('aria-labelledby');
        if (by) return by.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ');
        const labels = (el as HTMLInputElement).labels;
        if (labels && labels.length) return [...labels].map((l) => text(l)).join(' ');
        if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return el.value;
        return text(el) || (el.getAttribute('title') ?? '');
      };
      const scope = what.within ? document.querySelector(what.within) : document;
      if (!scope) return false;
      const candidates = [...scope.querySelectorAll(what.css ?? ROLES[what.role] ?? `[role=${what.role}]`)];
      const wanted = what.name?.replace(/\s+/g, ' ').trim();
      const el = candidates.find((c) => {
        if (c.getClientRects().length === 0 && c.tagName !== 'DIALOG') return false;
        if (wanted === undefined) return true;
        const n = nameOf(c);
        return what.exact ? n === wanted : n.toLowerCase().includes(wanted.toLowerCase());
      });
      if (!el) return false;
      el.setAttribute('data-e2e', mark);
      return true;
    },
    { what, mark },
    timeout,
  );
  return `[data-e2e="${mark}"]`;
}

export const byRole = (page: TestPage, role: string, name?: string, opts: Omit<Find, 'role' | 'name'> = {}) => find(page, { role, name, ...opts });
export const byLabel = (page: TestPage, name: string, opts: Omit<Find, 'role' | 'name'> = {}) => find(page, { role: 'label', name, ...opts });

/**
 * A real pointer click at the centre of the element the selector names, scrolled into view first,
 * once it holds still: views that load above it push it down, and a click aimed before the shift
 * would land on something else. The point must hit the element itself (or a label of it).
 */
export async function clickAt(page: TestPage, selector: string): Promise<void> {
  const point = await page.waitFor((s) => {
    const el = document.querySelector(s);
    if (!el || el.getClientRects().length === 0) return null;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    const here = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    // Still where the last poll saw it (polls are 100 ms apart)?
    const seen = ((window as unknown as { __e2eAt?: Record<string, { x: number; y: number }> }).__e2eAt ??= {});
    const last = seen[s];
    seen[s] = here;
    if (!last || Math.abs(last.x - here.x) > 0.5 || Math.abs(last.y - here.y) > 0.5) return null;
    const hit = document.elementFromPoint(here.x, here.y);
    const labels = [...((el as HTMLInputElement).labels ?? [])];
    if (!hit || !(el.contains(hit) || labels.some((l) => l.contains(hit)))) return null;
    return here;
  }, selector);
  await page.mouseClick(point!.x, point!.y);
}

export async function clickRole(page: TestPage, role: string, name?: string, opts: Omit<Find, 'role' | 'name'> = {}): Promise<void> {
  await clickAt(page, await byRole(page, role, name, opts));
}

/** Clicks (a real pointer click) the first element matching `selector` whose text contains `text`. */
export async function clickText(page: TestPage, selector: string, text: string | null = null): Promise<void> {
  await clickAt(page, await find(page, { role: '', css: selector, ...(text === null ? {} : { name: text }) }));
}

export async function fillLabel(page: TestPage, label: string, value: string, opts: Omit<Find, 'role' | 'name'> = {}): Promise<void> {
  await page.fill(await byLabel(page, label, opts), value);
}

/** The trimmed text of the first element matching `selector`, or null. */
export function textOf(page: TestPage, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? null, selector);
}

/** The trimmed texts of every element matching `selector`. */
export function textsOf(page: TestPage, selector: string): Promise<string[]> {
  return page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? ''), selector);
}

export function count(page: TestPage, selector: string): Promise<number> {
  return page.evaluate((s) => document.querySelectorAll(s).length, selector);
}

export function attr(page: TestPage, selector: string, name: string): Promise<string | null> {
  return page.evaluate(({ s, name }) => document.querySelector(s)?.getAttribute(name) ?? null, { s: selector, name });
}

export function checked(page: TestPage, selector: string): Promise<boolean> {
  return page.evaluate((s) => Boolean((document.querySelector(s) as HTMLInputElement | null)?.checked), selector);
}

export function disabled(page: TestPage, selector: string): Promise<boolean> {
  return page.evaluate((s) => Boolean((document.querySelector(s) as HTMLInputElement | null)?.disabled), selector);
}

export function inputValue(page: TestPage, selector: string): Promise<string | null> {
  return page.evaluate((s) => (document.querySelector(s) as HTMLInputElement | null)?.value ?? null, selector);
}

/** Chooses an option of a `<select>` as a reader does, and lets the page hear the change. */
export async function selectOption(page: TestPage, selector: string, value: string): Promise<void> {
  await page.waitFor((s) => document.querySelector(s), selector);
  await page.evaluate(
    ({ s, value }) => {
      const el = document.querySelector(s) as HTMLSelectElement;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { s: selector, value },
  );
}

/** Polls until the text of `selector` satisfies `ok`; returns it. */
export async function waitText(page: TestPage, selector: string, ok: (t: string) => boolean, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout;
  let last: string | null = null;
  for (;;) {
    last = await textOf(page, selector).catch(() => null);
    if (last !== null && ok(last)) return last;
    if (Date.now() > until) throw new Error(`"${selector}" never had the expected text; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Checks or unchecks a checkbox, switch or radio with a real click, as Playwright's check() does: only when needed, then waits for the state. */
export async function setChecked(page: TestPage, selector: string, want = true): Promise<void> {
  await page.waitFor((s) => document.querySelector(s) && !(document.querySelector(s) as HTMLInputElement).disabled, selector);
  if ((await checked(page, selector)) !== want) await clickAt(page, selector);
  await page.waitFor(({ s, want }) => (document.querySelector(s) as HTMLInputElement | null)?.checked === want, { s: selector, want });
}

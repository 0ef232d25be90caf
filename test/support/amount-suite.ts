import type { Lang } from '../../src/core/kb/types';
import { recogniseAmounts, type Amount } from '../../src/core/money/recognise';
import { readShared } from './shared';

export interface SuiteCase {
  id: string;
  lang: string;
  text: string;
  expected: { text: string; value: number | null; currency: string | null }[];
}

export function loadSuite(file: string): SuiteCase[] {
  return readShared('amount-suite', file)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SuiteCase);
}

/**
 * The suite's rule: the multiset of (value, currency) found equals the expected one, values
 * within a relative 1e-9, an expected null currency matching any. The spec counts sub-units
 * in their own unit ("50 cents" is 50); DealLens reports currency units (0.50) with the
 * sub-unit's worth in `unitValue`, so the count is value / unitValue.
 */
export function casePasses(found: Amount[], expected: SuiteCase['expected']): boolean {
  if (found.length !== expected.length) return false;
  const left = [...found];
  for (const e of expected) {
    const idx = left.findIndex((a) => {
      if (e.value === null || a.value === null) return false;
      const v = a.unitValue ? a.value / a.unitValue : a.value;
      const close = Math.abs(v - e.value) <= 1e-9 * Math.max(1, Math.abs(e.value));
      return close && (e.currency === null || e.currency === a.currency);
    });
    if (idx < 0) return false;
    left.splice(idx, 1);
  }
  return true;
}

export function scoreSuite(file: string, lang: Lang): { passed: number; total: number; failures: { c: SuiteCase; found: Amount[] }[] } {
  const cases = loadSuite(file);
  const failures: { c: SuiteCase; found: Amount[] }[] = [];
  let passed = 0;
  for (const c of cases) {
    const found = recogniseAmounts(c.text, lang);
    if (casePasses(found, c.expected)) passed++;
    else failures.push({ c, found });
  }
  return { passed, total: cases.length, failures };
}

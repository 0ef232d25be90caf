import { describe, expect, test } from 'vitest';
import { scoreSuite } from '../support/amount-suite';

/**
 * The money cases of a public recognizer's own test suite (../shared/amount-suite). The cases
 * left unsupported on purpose are listed, with the reasons, in the README.
 */
const SUITES = [
  { file: 'en.jsonl', lang: 'en', min: 0.95 },
  { file: 'fr.jsonl', lang: 'fr', min: 0.95 },
  { file: 'js-unsupported/nl.jsonl', lang: 'nl', min: 0.9 },
  { file: 'js-unsupported/de.jsonl', lang: 'de', min: 0.9 },
] as const;

describe('amount suite', () => {
  test.each(SUITES)('$file: pass rate at least $min', ({ file, lang, min }) => {
    const { passed, total, failures } = scoreSuite(file, lang);
    const rate = passed / total;
    console.log(`amount-suite ${lang}: ${passed}/${total} passed (${(100 * rate).toFixed(1)}%); failing: ${failures.map((f) => f.c.id).join(', ') || 'none'}`);
    expect(total).toBeGreaterThan(0);
    expect(rate).toBeGreaterThanOrEqual(min);
  });
});

/**
 * A trap test for every rule the knowledge base gives an alias: an alias kept by its capitals is
 * not found in lower case, and one kept away from some words is not found next to them. Data
 * driven, so an alias added with a rule is tested the day it is added.
 */
import { describe, expect, test } from 'vitest';
import { analyseText } from '../analyse-text';
import { shippedMatcher } from '../match/shipped';
import { kbEntities } from './index';
import type { AliasSpec } from './types';

/** The texts an entity is also matched by with no rule at all: a rule on the same text would keep nothing out. */
const plain = new Map(kbEntities.map((e) => [e.id, new Set([...(e.nameIsAmbiguous ? [] : [e.name]), ...(e.aliases ?? []).map((a) => (typeof a === 'string' ? a : !a.caps && !a.notAfter && !a.notBefore && !a.lang ? a.text : null))].filter((t): t is string => t !== null).map((t) => t.toLowerCase()))]));
const specs = kbEntities.flatMap((e) => (e.aliases ?? []).filter((a): a is AliasSpec => typeof a !== 'string' && !plain.get(e.id)!.has(a.text.toLowerCase())).map((a) => ({ id: e.id, a })));
/** Whether `probe` in `text` is found as that entity, the whole probe and nothing less. */
const finds = (text: string, id: string, probe: string, lang?: AliasSpec['lang']) => shippedMatcher().find(text, undefined, lang).some((m) => m.id === id && m.text.toLowerCase() === probe.toLowerCase());
/** Another rule of the entity on the same text that lacks this one lets the text through: nothing to test. */
const alone = (id: string, a: AliasSpec, rule: 'caps' | 'notAfter' | 'notBefore') =>
  !specs.some((o) => o.id === id && o.a !== a && o.a.text.toLowerCase() === a.text.toLowerCase() && (!o.a[rule] || o.a.text === o.a.text.toLowerCase()) && (!o.a.lang || !a.lang || o.a.lang === a.lang));

describe('every alias rule of the shipped knowledge base keeps its trap out', () => {
  // (A capital inside a word, "eGarden", is kept as written only through the accents check of the whole word: not tested here.)
  const caps = specs.filter(({ id, a }) => a.caps && /^\P{Ll}/u.test(a.text) && a.text.toLowerCase() !== a.text && alone(id, a, 'caps'));
  test(`${caps.length} aliases kept by their capitals are not found in lower case`, () => {
    const wrong = caps.filter(({ id, a }) => finds(`we spoke of ${a.text.toLowerCase()} yesterday`, id, a.text, a.lang)).map(({ id, a }) => `${id}: ${a.text}`);
    expect(wrong).toEqual([]);
  });

  const after = specs.filter(({ id, a }) => a.notAfter?.length && !a.notAfter[0].startsWith('#') && alone(id, a, 'notAfter'));
  test(`${after.length} aliases kept away from the word before them are not found after it`, () => {
    const wrong = after.filter(({ id, a }) => finds(`We saw ${a.notAfter![0]} ${a.text} there.`, id, a.text, a.lang)).map(({ id, a }) => `${id}: ${a.notAfter![0]} ${a.text}`);
    expect(wrong).toEqual([]);
  });

  const before = specs.filter(({ id, a }) => a.notBefore?.length && !a.notBefore[0].startsWith('#') && alone(id, a, 'notBefore'));
  test(`${before.length} aliases kept away from the word after them are not found before it`, () => {
    const wrong = before.filter(({ id, a }) => finds(`We saw ${a.text} ${a.notBefore![0]} there.`, id, a.text, a.lang)).map(({ id, a }) => `${id}: ${a.text} ${a.notBefore![0]}`);
    expect(wrong).toEqual([]);
  });

  const needs = specs.filter(({ a }) => a.withNamed?.length);
  test(`${needs.length} aliases that need another name stand only where it is named`, () => {
    expect(needs.length).toBeGreaterThan(0);
    const painted = (text: string, id: string, lang?: AliasSpec['lang']) => analyseText(text, { lang }).entities.some((m) => m.id === id);
    const other = (id: string) => kbEntities.find((e) => e.id === id)!.name;
    const wrong = needs.filter(({ id, a }) => painted(`Whether you play for ${a.text} or the Horde, the story is shared.`, id, a.lang)).map(({ id, a }) => `${id}: ${a.text} alone`);
    const lost = needs.filter(({ id, a }) => !painted(`${other(a.withNamed![0])} said ${a.text} would invest.`, id, a.lang)).map(({ id, a }) => `${id}: ${a.text} after ${a.withNamed![0]}`);
    expect([...wrong, ...lost]).toEqual([]);
  });

  test('and each is still found where it is the name', () => {
    const missed = specs.filter(({ id, a }) => !finds(`Yesterday ${a.text} announced a deal with Renault.`, id, a.text, a.lang)).map(({ id, a }) => `${id}: ${a.text}`);
    // A handful stand only with words around them that this neutral sentence lacks.
    expect(missed.length).toBeLessThan(specs.length * 0.05);
  });
});

/**
 * Titles of works set apart by the page (work-titles.ts): a name or an amount that is part of a
 * film's, an album's or a book's title is not painted; a publication's name in italics is.
 */
import { describe, expect, test } from 'vitest';
import { analyseText, documentNames } from '../analyse-text';
import { shippedMatcher } from '../match/shipped';
import { isWorkTitle, partOfTitle } from './work-titles';

/** `text` with *stars* around what the page sets apart: the plain text and the spans. */
function marked(text: string) {
  const setApart: { start: number; end: number }[] = [];
  let plain = '';
  for (const [i, part] of text.split('*').entries()) {
    if (i % 2) setApart.push({ start: plain.length, end: plain.length + part.length });
    plain += part;
  }
  return { text: plain, setApart };
}

const found = (text: string, names = documentNames(shippedMatcher())) => {
  const m = marked(text);
  const a = analyseText(m.text, { ...m, names });
  return [...a.entities.map((e) => e.text), ...a.unknown.map((u) => u.text), ...a.amounts.map((x) => x.text)];
};

describe('what reads as a work’s title', () => {
  const title = (s: string) => isWorkTitle(marked(s).text, marked(s).setApart[0]);
  test('a short, capitalised stretch inside a line', () => {
    expect(title('He made *Ford v Ferrari* in 2019.')).toBe(true);
    expect(title('*Mercedes Sosa en Argentina* (1982), the live return')).toBe(true);
  });
  test('not a line in italics, a label, a sentence, a long passage or a word in lower case', () => {
    expect(title('*Nissan announced a deal with Ford*')).toBe(false);
    expect(title('*Luca de Meo:* we will invest.')).toBe(false);
    expect(title('He said *Renault will invest in Verkor.* on Monday')).toBe(false);
    expect(title(`He wrote *${'Word '.repeat(12)}* once`)).toBe(false);
    expect(title('This is *really* big')).toBe(false);
  });
  test('a name that is part of a longer title is the title’s; a person or title-case money that is all of it too; an organisation that is all of it stays', () => {
    const t = 'In *Ford v Ferrari* and *Handelsblatt* and *99 Francs* and *€1bn*';
    const span = (s: string) => ({ start: t.replace(/\*/g, '').indexOf(s), end: t.replace(/\*/g, '').indexOf(s) + s.length });
    const text = t.replace(/\*/g, '');
    expect(partOfTitle(text, span('Ford'), 'company', span('Ford v Ferrari'))).toBe(true);
    expect(partOfTitle(text, span('Handelsblatt'), 'company', span('Handelsblatt'))).toBe(false);
    expect(partOfTitle(text, span('99 Francs'), 'amount', span('99 Francs'))).toBe(true);
    expect(partOfTitle(text, span('€1bn'), 'amount', span('€1bn'))).toBe(false);
    expect(partOfTitle(text, span('Ford'), 'person', span('Ford'))).toBe(true);
    const paper = 'as *The Wall Street Journal* reported'.replace(/\*/g, '');
    const at = (s: string) => ({ start: paper.indexOf(s), end: paper.indexOf(s) + s.length });
    expect(partOfTitle(paper, at('Wall Street Journal'), 'company', at('The Wall Street Journal'))).toBe(false);
  });
});

describe('the analysis leaves titles unpainted', () => {
  test('carmakers in a film’s title, a singer in an album’s, money in a film’s', () => {
    expect(found('James Mangold made *Ford v Ferrari*, a film about racing.')).toEqual(['James Mangold']);
    expect(found('Renault put €5m into *99 Francs*, the film.')).toEqual(['Renault', '€5m']);
    expect(found('Her live album *Mercedes Sosa en Argentina* came out in 1982.')).toEqual([]);
  });
  test('the same names outside the title are painted, and a publication in italics stays', () => {
    expect(found('Ford and Ferrari, said *Handelsblatt*, talk.')).toEqual(['Ford', 'Ferrari', 'Handelsblatt']);
    expect(found('*Ford v Ferrari* is a film; Ford sells cars.')).toEqual(['Ford']);
  });
  test('money written as a title the document set apart is the title’s, later and in another slice too', () => {
    const names = documentNames(shippedMatcher());
    expect(found('The film *99 Francs* came out in 2007.', names)).toEqual([]);
    expect(found('It sells for far less than the 99 francs of the title; the studio raised €4m.', names)).toEqual(['€4m']);
  });
});

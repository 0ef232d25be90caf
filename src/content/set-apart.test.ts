// @vitest-environment happy-dom
/**
 * The spans a page sets apart in italics or <cite> (set-apart.ts), read from a slice's nodes, and
 * the same spans from the saved article's text (save/article-text.ts): both give the core what the
 * page set apart, where it stands in the text read.
 */
import { describe, expect, test } from 'vitest';
import { setBody } from '../../test/support/set-body';
import { textSlices } from './page-text';
import { shippedMatcher } from '../core/match/shipped';
import { blockTextSpans } from './save/article-text';
import { readArticle } from './save/read-article';
import { setApartSpans } from './set-apart';

const HTML =
  '<h1>A review</h1><p>Director James Mangold made <em>Ford <b>v</b> Ferrari</em>, then <i>Logan</i>; she told <cite>Handelsblatt</cite>.</p>' +
  '<ul><li><i>Mercedes Sosa en Argentina</i>   (1982)</li></ul><p>No  title <span>here</span>.</p>';
const WANT = ['Ford v Ferrari', 'Logan', 'Handelsblatt', 'Mercedes Sosa en Argentina'];

describe('what the page sets apart', () => {
  test('in a slice of the page: one span per element, its nested parts included', () => {
    setBody(HTML);
    const slice = textSlices(document.body, null)(12_000)!;
    expect(setApartSpans(slice).map((s) => slice.text.slice(s.start, s.end))).toEqual(WANT);
  });

  test('in the text a save keeps (its white space made even): the same stretches', () => {
    setBody(`${HTML}<p>  <em> spaced  out </em>  </p>`);
    const { text, setApart } = blockTextSpans(document.body);
    expect(text).toContain('Mercedes Sosa en Argentina (1982)');
    expect(setApart.map((s) => text.slice(s.start, s.end).trim())).toEqual([...WANT, 'spaced out']);
  });

  test('a page with no italics gives none, and its text is the same as before', () => {
    setBody('<p>Renault  invests in <b>Verkor</b>.</p><p>Again.</p>');
    expect(setApartSpans(textSlices(document.body, null)(12_000)!)).toEqual([]);
    expect(blockTextSpans(document.body)).toEqual({ text: 'Renault invests in Verkor.\nAgain.', setApart: [] });
  });
});

test('a saved article keeps no mention from a title of a work, and keeps the same names outside it', () => {
  setBody(`<article><h1>Racing on film</h1><p>${'James Mangold directed <em>Ford v Ferrari</em> in 2019, years after Ferrari won at Le Mans. '.repeat(4)}</p></article>`);
  const a = readArticle(document, 'https://films.test/racing', shippedMatcher());
  expect(a.ok && a.entities.map((e) => e.text)).toEqual(['Ferrari', 'Ferrari', 'Ferrari', 'Ferrari']);
});

import { describe, expect, test } from 'vitest';
import { recogniseAmounts } from '../../core/money/recognise';
import { cardModel } from './card-model';
import type { Entry } from '../highlights';

/** The card of the one amount a text holds (no DOM: the model is plain data). */
const card = (text: string, lang: 'en' | 'fr' | 'de' | 'nl') => {
  const [amount] = recogniseAmounts(text, lang);
  return cardModel({ kind: 'amount', amount, nodes: [], range: {} as Range } as Entry, 2024);
};

describe('the card of an amount', () => {
  test('a plain amount: its figure and its conversions', () => {
    expect(card('plus de 100 millions d’euros', 'fr')).toMatchObject({ kind: 'amount', normalised: '€100.0 m', qualifier: 'more_than', conversions: [{ year: 2024 }] });
  });
  test('a range: both ends, converted at the same rate', () => {
    const m = card('entre 800 millions et 1 milliard d’euros', 'fr');
    expect(m).toMatchObject({ kind: 'amount', normalised: '€800.0 m – €1.0 bn', qualifier: 'range' });
    expect(m?.kind === 'amount' && m.conversions.map((c) => c.text)).toEqual(['US$865.9 m – US$1.1 bn']);
  });
  test('money the text does not count: no figure, no conversion, the currency kept for the sentence that says so', () => {
    expect(card('ein zweistelliger Millionenbetrag', 'de')).toEqual({
      kind: 'amount', text: 'zweistelliger Millionenbetrag', normalised: null, currency: 'EUR', qualifier: 'unquantified', conversions: [],
    });
  });
});

import { describe, expect, test } from 'vitest';
import { foldString } from './char-class';
import { hashFolded, hashFoldedRange, tokenize, type Tokens } from './tokenize';

const fields = ['start', 'end', 'hash', 'kind', 'gap'] as const;
/** Every field of every token, and what reading just past the last one gives. */
const view = (t: Tokens) => ({ count: t.count, ...Object.fromEntries(fields.map((f) => [f, [...t[f].subarray(0, t.count + 2)].map((x) => x ?? 0)])) });

test('tokens written over an earlier text’s arrays are the tokens of a fresh pass', () => {
  const texts = [
    'Alliance Ventures investit 200 millions d’euros dans Straße\u00ad AG.\nBMW’s fund, 1\u00a0000 $',
    'BMW',
    ',-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-',
    'Le fonds d’Alliance Ventures, doté de 1 milliard de dollars, investit dans la mobilité électrique.',
    '',
    'Un deux trois',
  ];
  let spare: Tokens | undefined;
  for (const text of [...texts, ...texts.reverse()]) {
    const again = tokenize(text, spare);
    expect(view(again)).toEqual(view(tokenize(text)));
    expect(again.text).toBe(text);
    spare = again;
  }
});

describe('hashFoldedRange', () => {
  test.each(['Jean-Claude', 'd’Ieteren', 'B.V', 'Straße', 'ÉCOLE', 'co-founder', 'Œuvre', 'İstanbul'])('%s hashes as its folded text does', (word) => {
    expect(hashFoldedRange(`«${word}»`, 1, word.length + 1)).toBe(hashFolded(foldString(word)));
  });
});

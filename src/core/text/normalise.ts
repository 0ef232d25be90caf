import { CharClass, charClass, foldUnit } from './char-class';

export interface Normalised {
  /** Folded text: lower case, no diacritics, one apostrophe, one dash, runs of space as one. */
  text: string;
  /** map[i] = index in the original text of folded character i; map[text.length] = original length. */
  map: Int32Array;
}

/**
 * Folds text for comparison and keeps, for every folded character, where it came from, so a
 * match found in the folded text can be reported (and highlighted) in the original.
 */
export function normalise(original: string): Normalised {
  const parts: string[] = [];
  // A unit folds to at most a few (ß → ss, İ → i̇); grow in the rare case it is not enough.
  let map = new Int32Array(original.length * 2 + 1);
  let n = 0;
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Space || cls === CharClass.HardSpace || cls === CharClass.Newline) {
      if (pendingSpace < 0 && n > 0) pendingSpace = i;
      continue;
    }
    const f = foldUnit(code);
    if (f.length === 0) continue;
    if (pendingSpace >= 0) {
      parts.push(' ');
      map[n++] = pendingSpace;
      pendingSpace = -1;
    }
    parts.push(f);
    if (n + f.length + 2 > map.length) {
      const bigger = new Int32Array(map.length * 2 + f.length + 2);
      bigger.set(map);
      map = bigger;
    }
    for (let k = 0; k < f.length; k++) map[n++] = i;
  }
  map[n] = original.length;
  return { text: parts.join(''), map: map.slice(0, n + 1) };
}

/** Original span [start, end) of the folded span [from, to). */
export function originalSpan(original: string, norm: Normalised, from: number, to: number): [number, number] {
  const start = norm.map[from];
  if (to <= from) return [start, start];
  // Just past the last original character that folded into the span, with the combining
  // marks that belong to it ("e\u0301" is one letter to a reader).
  let end = norm.map[to - 1] + 1;
  while (end < original.length && charClass(original.charCodeAt(end)) === CharClass.Ignorable) end++;
  return [start, end];
}

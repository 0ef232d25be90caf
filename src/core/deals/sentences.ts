/** Sentence spans of a text: at line breaks, and after . ! ? … when a new sentence visibly starts. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'dr', 'st', 'inc', 'corp', 'co', 'ltd', 'vs', 'etc', 'm', 'mme', 'cf', 'env', 'ca', 'bzw', 'z', 'b', 'u', 's', 'jr', 'no', 'nr', 'mio', 'mrd', 'mln', 'juill', 'janv', 'févr', 'sept', 'oct', 'nov', 'déc', 'jan', 'feb', 'aug', 'dec', 'jr']);

export interface Span {
  start: number;
  end: number;
}

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Closing quotes and brackets stay with their sentence.
    let j = i + 1;
    while (j < text.length && /["»”’')\]]/.test(text[j])) j++;
    if (j >= text.length || !/\s/.test(text[j])) continue;
    let k = j;
    while (k < text.length && /[ \t\u00a0]/.test(text[k])) k++;
    if (k < text.length && !/[\p{Lu}\d«"“(]/u.test(text[k])) continue;
    if (c === '.') {
      // (A possessive's "s" is no initial: "…voor PayPal en McDonald's. De allereerste investering…".)
      const found = /(['’]?)([\p{L}]+)\.$/u.exec(text.slice(Math.max(start, i - 12), i + 1));
      const word = found?.[2]?.toLowerCase();
      if (word && !found![1] && (ABBREVIATIONS.has(word) || word.length === 1)) continue;
    }
    push(j);
    start = j;
  }
  push(text.length);
  return out;
}

/**
 * The sentence a proposed deal came from, as the review shows it: its white space made even, cut
 * to what a summary holds, and the places in it where the deal's parties and the sentence's
 * amounts stand. Roles are not stored with the places: they follow the deal as the reader fixes
 * it (swap the roles, drop a party, pick another amount), so the marks are read against the
 * deal's parties and amount when shown.
 */
import type { Money } from '../core/kb/types';
import type { Mention } from '../core/match/matcher';
import type { Amount } from '../core/money/recognise';

/** Where a party (`id`) or an amount (`amount`) stands in a deal's summary. */
export interface EvidenceMark {
  start: number;
  end: number;
  id?: string;
  amount?: Money;
}

/** How long a summary is kept. */
export const SUMMARY_CHARS = 400;

/**
 * `text`'s sentence start..end with white space made even, and the places of `mentions` (of the
 * deal's parties) and of `amounts` in it. Offsets of `mentions` and `amounts` are `text`'s.
 */
export function dealEvidence(text: string, start: number, end: number, mentions: readonly Pick<Mention, 'id' | 'start' | 'end'>[], amounts: readonly Pick<Amount, 'value' | 'currency' | 'qualifier' | 'start' | 'end'>[]): { summary: string; marks: EvidenceMark[] } {
  // at[i]: where text[start + i] lands in the summary (white space runs become one space, the ends trimmed).
  const at = new Int32Array(end - start + 1);
  let out = '';
  let space = false;
  for (let i = start; i < end; i++) {
    at[i - start] = out.length + (space && out.length > 0 ? 1 : 0);
    const c = text[i];
    if (/\s/.test(c)) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += c;
  }
  at[end - start] = out.length;
  const summary = out.slice(0, SUMMARY_CHARS);
  const place = (s: number, e: number) => ({ start: Math.min(at[s - start], summary.length), end: Math.min(at[e - start], summary.length) });
  const inside = (x: { start: number; end: number }) => x.start >= start && x.end <= end;
  const marks: EvidenceMark[] = [];
  for (const m of mentions) if (inside(m)) marks.push({ ...place(m.start, m.end), id: m.id });
  for (const a of amounts) {
    if (!inside(a) || a.value === null || a.qualifier === 'unquantified') continue;
    marks.push({ ...place(a.start, a.end), amount: { value: a.value, currency: a.currency, ...(a.qualifier && a.qualifier !== 'range' ? { qualifier: a.qualifier } : {}) } });
  }
  return { summary, marks: marks.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start) };
}

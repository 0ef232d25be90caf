/** The sentence a deal came from, and where its parties and amounts stand in it (deal-evidence.ts). */
import { describe, expect, test } from 'vitest';
import { analyse } from '../core/analyse';
import { checkRecord } from './records/check-record';
import { dealEvidence, SUMMARY_CHARS } from './deal-evidence';

const TEXT = 'Intro line.\nOn  Monday,\t Renault   invested €20 million in Verkor, which had raised €5 million before.';

describe('the evidence of a deal', () => {
  const a = analyse(TEXT, { lang: 'en' });
  const deal = a.deals[0];
  const { summary, marks } = dealEvidence(TEXT, deal.start, deal.end, a.entities, a.amounts);
  const at = (m: { start: number; end: number }) => summary.slice(m.start, m.end);

  test('white space made even, and every party and amount of the sentence marked where it stands', () => {
    expect(summary).toBe('On Monday, Renault invested €20 million in Verkor, which had raised €5 million before.');
    expect(marks.map((m) => `${at(m)}=${m.id ?? `${m.amount!.value} ${m.amount!.currency}`}`)).toEqual(['Renault=renault', '€20 million=20000000 EUR', 'Verkor=verkor', '€5 million=5000000 EUR']);
  });

  test('cut to what a summary holds: no mark past its end', () => {
    const long = `${'Word '.repeat(100)}Renault invested €20 million in Verkor.`;
    const b = analyse(long, { lang: 'en' });
    const e = dealEvidence(long, 0, long.length, b.entities, b.amounts);
    expect(e.summary.length).toBe(SUMMARY_CHARS);
    expect(e.marks.every((m) => m.end <= e.summary.length)).toBe(true);
  });

  test('a stored deal whose marks point outside its summary, or mark nothing, is refused with a clear rule', () => {
    const base = { id: 'd-1', type: 'investment', parties: { investors: ['renault'], targets: ['verkor'] }, partyIds: ['renault', 'verkor'], summary: 'Renault invested in Verkor.', sources: [], status: 'proposed', updatedAt: 1 };
    expect(checkRecord('deals', { ...base, marks: [{ start: 0, end: 7, id: 'renault' }] }).ok).toBe(true);
    for (const marks of [[{ start: 0, end: 999, id: 'renault' }], [{ start: 3, end: 3, id: 'verkor' }], [{ start: 0, end: 7 }], [{ start: -1, end: 7, id: 'verkor' }]]) {
      expect(checkRecord('deals', { ...base, marks }).ok, JSON.stringify(marks)).toBe(false);
    }
  });
});

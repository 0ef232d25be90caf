/**
 * Dates written in news text in French, Dutch, English and German: "2 juillet 2018", "le 2 juill.
 * 2018", "11 januari 2018", "in November 2022", "10 januari" (the year from the article's date),
 * "en 2023". Years after "d'ici", "by", "tot", "bis" are horizons, not dates.
 */
const MONTHS: Record<string, number> = {};
const add = (names: string, month: number) => names.split(' ').forEach((n) => (MONTHS[n] = month));
add('janvier janv january jan januari januar jän', 1);
add('février fevrier févr fevr february feb februari februar', 2);
add('mars march mar maart märz maerz', 3);
add('avril avr april apr', 4);
add('mai may mei', 5);
add('juin june jun juni', 6);
add('juillet juil juill july jul juli', 7);
add('août aout august aug augustus', 8);
add('septembre sept september sep', 9);
add('octobre oct october oktober okt', 10);
add('novembre nov november', 11);
add('décembre decembre déc dec december dezember dez', 12);

/** The month a month's name or abbreviation stands for (any of the four languages, any case), if any. */
export const monthOf = (word: string): number | undefined => MONTHS[word.toLowerCase().replace(/\.$/, '')];

const MONTH_RE = new RegExp(`(?:(\\d{1,2})(?:er|e|st|nd|rd|th|\\.)?\\s+(?:et\\s+\\d{1,2}\\s+)?)?\\b(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\b\\.?(?:\\s+(\\d{4}))?`, 'giu');
const YEAR_RE = /\b(?:(d['’]ici (?:à |a )?|by |until |tot |bis |vers |horizon )?)(?:en |in |im jahr |au |dans )(\d{4})\b/giu;
const ISO_RE = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g;

export interface FoundDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  value: string;
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The dates in `text`; `fallbackYear` completes "10 januari" (the article's year). */
export function findDates(text: string, fallbackYear?: number): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(MONTH_RE)) {
    const month = MONTHS[m[2].toLowerCase()];
    const year = m[3] ? Number(m[3]) : m[1] ? fallbackYear : undefined;
    // A bare month word ("mai", "march") is a date only with a day or a year around it.
    if (!year || (!m[1] && !m[3])) continue;
    const day = m[1] ? Number(m[1]) : undefined;
    out.push({ value: day && day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`, start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    if (m[1]) continue; // a horizon: "d'ici à 2022"
    const y = Number(m[2]);
    if (y < 1990 || y > 2100) continue;
    const start = m.index! + m[0].length - 4;
    if (out.some((d) => d.start <= start && start < d.end)) continue;
    out.push({ value: String(y), start, end: start + 4 });
  }
  for (const m of text.matchAll(ISO_RE)) {
    const month = Number(m[2]);
    if (month < 1 || month > 12 || text[m.index! + m[0].length] === '-') continue;
    if (out.some((d) => d.start <= m.index! && m.index! < d.end)) continue;
    out.push({ value: m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`, start: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

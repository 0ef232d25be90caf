/**
 * A publication date as a page writes it, made a calendar date (YYYY-MM-DD) in the page's own
 * time zone: ISO with or without an offset, RFC 2822, "2024/03/12 10:30", "12.03.2024",
 * "March 12, 2024", "12 mars 2024", a Unix time.
 */
import { findDates, monthOf } from '../deals/dates';

const pad = (n: number) => String(n).padStart(2, '0');

function calendar(year: number, month: number, day?: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Day-first unless the page is American English (where 03/12 is March 12). */
function numeric(a: number, b: number, year: number, monthFirst: boolean): string | undefined {
  if (a > 12) return calendar(year, b, a);
  if (b > 12) return calendar(year, a, b);
  return monthFirst ? calendar(year, a, b) : calendar(year, b, a);
}

/**
 * The calendar date of a date string from metadata or markup; undefined when it is not one.
 * `lang` (the page's BCP 47 tag) decides 03/04/2024 between day-first and month-first.
 */
export function normaliseDate(raw: string | undefined, lang?: string): string | undefined {
  const s = raw?.trim();
  if (!s || s.length > 80) return undefined;
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:$|[T\s]\d)/.exec(s);
  if (m) return calendar(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T?\d{4,6})/.exec(s);
  if (m) return calendar(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(s);
  if (m) return calendar(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(s);
  if (m) return numeric(Number(m[1]), Number(m[2]), Number(m[3]), /^en(-us)?$/i.test(lang ?? '') && s.includes('/'));
  m = /^(\d{10}|\d{13})$/.exec(s);
  if (m) {
    const t = new Date(Number(m[1]) * (m[1].length === 10 ? 1000 : 1));
    return calendar(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  return wordDate(s);
}

/** "Tue, 12 Mar 2024 10:30 +0100", "March 12, 2024", "12. März 2024", "12 mars 2024": the first date with a month's name. */
function wordDate(s: string): string | undefined {
  return wordDateIn(s)?.value;
}

function wordDateIn(s: string): { value: string; length: number } | undefined {
  // Month first (English): "March 12, 2024", "Mar. 12 2024".
  for (const m of s.matchAll(/\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/gu)) {
    const month = monthOf(m[1]);
    const value = month && calendar(Number(m[3]), month, Number(m[2]));
    if (value) return { value, length: m[0].length };
  }
  // Day first: "12 Mar 2024", "12. März 2024", "1er mars 2024".
  for (const m of s.matchAll(/\b(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(\p{L}{3,10})\.?,?\s+(\d{4})\b/gu)) {
    const month = monthOf(m[2]);
    const value = month && calendar(Number(m[3]), month, Number(m[1]));
    if (value) return { value, length: m[0].length };
  }
  return undefined;
}

/** Words that say a line is the article's date: "Publié le", "Published", "Gepubliceerd", "Veröffentlicht", "Mis à jour". */
const MARKER = /(publi[ée]|published|posted|gepubliceerd|geplaatst|ver[öo]ffentlicht|erschienen|mis(?:e)? à jour|updated|bijgewerkt|aktualisiert|^le\s|^on\s|^op\s|^am\s|^stand:)/i;
/** A numeric date in running text: 12.03.2024, 12/03/2024, 2024-03-12, 2024/03/12, 2024年3月12日. */
const NUMERIC = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b|(?<!\d)(\d{4})(?:[-/.]|年\s*)(\d{1,2})(?:[-/.]|月\s*)(\d{1,2})(?:\b|日)/u;

/**
 * The date written by the headline or byline: a line that says it is the date ("Publié le 12 mars
 * 2024 à 10h30"), else a short line that is mostly a date ("12.03.2024, 14:05 Uhr"). A date in
 * the article's sentences is an event, not the publication: long lines are not read.
 */
export function dateNearHeadline(headText: string, lang?: string, contextYear?: number): string | undefined {
  const lines = headText.split('\n').map((l) => l.trim()).filter(Boolean);
  const dateIn = (line: string): { value: string; length: number } | undefined => {
    const n = NUMERIC.exec(line);
    if (n) {
      const value = n[3] ? numeric(Number(n[1]), Number(n[2]), Number(n[3]), /^en(-us)?$/i.test(lang ?? '') && n[0].includes('/')) : calendar(Number(n[4]), Number(n[5]), Number(n[6]));
      if (value) return { value, length: n[0].length };
    }
    const w = wordDateIn(line);
    if (w) return w;
    const found = findDates(line, contextYear).find((d) => d.value.length === 10);
    if (found) return { value: found.value, length: found.end - found.start };
    // "le 07/07": day and month, the year from the page's address.
    const short = contextYear ? /\b(\d{1,2})\/(\d{1,2})\b(?!\/)/.exec(line) : null;
    const value = short && numeric(Number(short[1]), Number(short[2]), contextYear!, /^en(-us)?$/i.test(lang ?? ''));
    return value ? { value, length: short![0].length } : undefined;
  };
  for (const line of lines) {
    if (line.length <= 120 && MARKER.test(line)) {
      const d = dateIn(line);
      if (d) return d.value;
    }
  }
  for (const line of lines) {
    if (line.length > 60) continue;
    const d = dateIn(line.replace(/(?<![\d/])\d{1,2}\/\d{1,2}(?![\d/])/g, ' '));
    if (d && d.length >= line.length * 0.3) return d.value;
  }
  return undefined;
}

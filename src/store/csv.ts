/**
 * CSV as RFC 4180 says it: fields with a comma, a quote or a line break in quotes, quotes
 * doubled, CRLF between records; and a UTF-8 byte-order mark first, so spreadsheets read
 * "Bolloré" and "€" right.
 *
 * A cell a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage
 * return: "=HYPERLINK(…)", "=cmd|' /C calc'!A0") gets a leading apostrophe, as OWASP's CSV
 * injection advice says: the spreadsheet shows it as text and runs nothing. Numbers written as
 * numbers are left as they are (a negative figure is no formula).
 */
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: unknown): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const s = typeof value !== 'number' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

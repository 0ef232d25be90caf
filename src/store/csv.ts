/**
 * CSV as RFC 4180 says it: fields with a comma, a quote or a line break in quotes, quotes
 * doubled, CRLF between records; and a UTF-8 byte-order mark first, so spreadsheets read
 * "Bolloré" and "€" right.
 */
const BOM = '\uFEFF';

export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The `scan` command (DESIGN.md, contract 4): `npm run -s scan -- FILE...` prints one JSON
 * object a line per file with the language, entity mentions, amounts and deals the core finds.
 * `-` reads standard input. A missing or unreadable file is named on stderr; the exit code is then 2.
 */
import { readFileSync } from 'node:fs';
import { analyse } from '../src/core/analyse';
import { htmlToText, looksLikeHtml } from './html-text';

function readInput(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
}

export function scanContent(file: string, content: string): string {
  const isHtml = /\.x?html?$/i.test(file) || (!/\.txt$/i.test(file) && looksLikeHtml(content));
  const { text, lang, published, setApart } = isHtml ? htmlToText(content) : { text: content, lang: undefined, published: undefined, setApart: [] };
  const a = analyse(text, { langHint: lang, published, setApart });
  return JSON.stringify({
    file,
    lang: a.lang,
    // Contract 6: a name DealLens has never seen is an entity with no id, its name as written in full and the kind guessed.
    entities: [
      ...a.entities.map(({ id, name, type, text: t, start, end }) => ({ id, name, type, text: t, start, end })),
      ...a.unknown.map(({ name, type, text: t, start, end }) => ({ id: null, known: false, name, type, text: t, start, end })),
    ].sort((x, y) => x.start - y.start),
    // A range adds its upper end, "max" (qualifier "range"); money the text does not count has value null ("unquantified").
    amounts: a.amounts.map(({ text: t, value, currency, qualifier, start, end, max }) => ({ text: t, value, currency, qualifier, start, end, ...(max !== undefined ? { max } : {}) })),
    deals: a.deals.map((d) => {
      // Contract 4 names two roles. A fund's sponsors and a programme's owner are its investors; in a
      // partnership, the party that leads the sentence is listed first, the others as targets.
      const lead = [...d.investors, ...d.sponsors, ...d.partners.slice(0, 1)].map((p) => p.name);
      const targets = [...d.targets, ...d.partners.slice(1)].map((p) => p.name);
      return { type: d.type, investors: lead, targets, amount: d.amount, date: d.date, start: d.start, end: d.end };
    }),
  });
}

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== '--');
  if (files.length === 0) {
    process.stderr.write('usage: npm run -s scan -- FILE... (.txt or .html; - for standard input)\n');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let content: string;
    try {
      content = readInput(file);
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
      process.stderr.write(`scan: cannot read ${file}: ${reason}\n`);
      status = 2;
      continue;
    }
    process.stdout.write(`${scanContent(file, content)}\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));

import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { kbEntity } from '../core/kb';
import { textFingerprint } from '../core/text/char-class';
import { csvField, toCsv } from './csv';
import { exportArticlesCsv, exportDealsCsv, exportStore, type ExportFile } from './import-export';
import { importExport } from './import/import-store';
import { ImportError, type Problem } from './records/problem';
import { syncKnowledgeBase } from './kb-sync';
import { DealLensDB, type ArticleRecord } from './schema';

let n = 0;
const open = async () => {
  const db = new DealLensDB(`deallens-io-${Date.now()}-${n++}`);
  await db.open();
  return db;
};

const article = (id: string, over: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id,
  url: `https://news.test/${id}?utm_source=x`,
  canonicalUrl: `https://news.test/${id}`,
  title: 'Alliance Ventures invests in Ionic Materials',
  site: 'news.test',
  lang: 'en',
  published: '2018-01-11',
  savedAt: 1_700_000_000_000,
  text: 'Alliance Ventures invests in Ionic Materials, the fund said.',
  fingerprint: textFingerprint('Alliance Ventures invests in Ionic Materials, the fund said.'),
  entities: [{ id: 'alliance-ventures', count: 1 }, { id: 'ionic-materials', count: 1 }],
  entityIds: ['alliance-ventures', 'ionic-materials'],
  amounts: [],
  dealIds: ['alliance-ventures-ionic-materials-2018'],
  notes: 'Note, with "quotes"\nand a line break; accents: Bolloré €',
  tags: ['battery'],
  ...over,
});

/** A store with the knowledge base, a user entity, a confirmed deal and an article. */
async function filled(): Promise<DealLensDB> {
  const db = await open();
  await syncKnowledgeBase(db);
  await db.entities.put({ id: 'voltaro-mobility', type: 'company', name: 'Voltaro Mobility', description: 'Added by me', origin: 'user', updatedAt: 2 });
  await db.deals.update('alliance-ventures-ionic-materials-2018', { status: 'confirmed' });
  await db.articles.put(article('a1'));
  return db;
}

const withoutTime = (f: ExportFile) => ({ ...f, exportedAt: '' });

describe('export then import', () => {
  test('into an empty store gives an identical store; importing twice changes nothing; progress is reported', async () => {
    const source = await filled();
    const file = await exportStore(source);
    const raw = JSON.stringify(file);
    const target = await open();
    const progress: number[] = [];
    const result = await importExport(target, raw, (p) => progress.push(p));
    expect(result.articles).toBe(1);
    expect(withoutTime(await exportStore(target))).toEqual(withoutTime(file));
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    await importExport(target, raw);
    expect(withoutTime(await exportStore(target))).toEqual(withoutTime(file));
    source.close();
    target.close();
  });
});

describe('a bad file is refused whole, with a message naming the first bad record, and nothing is written', () => {
  const good = async () => JSON.parse(JSON.stringify(await exportStore(await filled()))) as ExportFile;
  const cases: [string, (f: ExportFile) => string, Partial<Problem>][] = [
    ['not JSON', () => 'this is { not json', { rule: 'file_not_json' }],
    ['an empty file', () => '   \n', { rule: 'file_empty' }],
    ['a wrong version', (f) => JSON.stringify({ ...f, version: 7 }), { rule: 'file_version', detail: '7' }],
    ['missing fields', (f) => JSON.stringify({ ...f, articles: [{ ...f.articles[0], title: undefined }] }), { table: 'articles', index: 0, id: 'a1', field: 'title', rule: 'rule_missing' }],
    ['wrong types', (f) => JSON.stringify({ ...f, deals: f.deals.map((d, i) => (i === 3 ? { ...d, amount: { value: 'a lot', currency: 'USD' } } : d)) }), { table: 'deals', index: 3, field: 'amount.value', rule: 'rule_type_number' }],
    ['dangling references', (f) => JSON.stringify({ ...f, articles: [{ ...f.articles[0], entities: [{ id: 'no-such-entity', count: 1 }], entityIds: ['no-such-entity'] }] }), { table: 'articles', index: 0, field: 'entities.0.id', rule: 'rule_reference', detail: 'no-such-entity' }],
    ['duplicate ids', (f) => JSON.stringify({ ...f, entities: [...f.entities, f.entities[0]] }), { table: 'entities', field: 'id', rule: 'rule_repeated_id' }],
    ['50 MB of junk', () => 'x'.repeat(50 * 1024 * 1024), { rule: 'file_not_json' }],
    ['a prototype-pollution key', (f) => JSON.stringify(f).replace('{"format"', '{"__proto__":{"polluted":true},"format"'), { rule: 'file_forbidden_key', detail: '__proto__' }],
    ['a javascript: link', (f) => JSON.stringify({ ...f, articles: [{ ...f.articles[0], canonicalUrl: 'javascript:alert(1)' }] }), { table: 'articles', index: 0, field: 'canonicalUrl', rule: 'rule_http' }],
  ];
  test.each(cases)('%s', async (_name, make, message) => {
    const f = await good();
    const target = await open();
    await target.entities.put({ id: 'mine', type: 'company', name: 'Mine', description: 'kept', origin: 'user', updatedAt: 1 });
    const before = withoutTime(await exportStore(target));
    const error = await importExport(target, make(f)).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toMatchObject(message);
    expect(withoutTime(await exportStore(target))).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    target.close();
  });
});

describe('CSV', () => {
  test('RFC 4180 quoting, CRLF, and a byte-order mark for spreadsheets', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(toCsv(['a', 'b'], [['Bolloré', '€1,5 m']])).toBe('\uFEFFa,b\r\nBolloré,"€1,5 m"\r\n');
  });
  test.each([
    ['=', '=HYPERLINK("http://evil.test","click")'],
    ['+', '+1+cmd|\' /C calc\'!A0'],
    ['-', "-2+cmd|' /C calc'!A0"],
    ['@', '@SUM(1+1)*cmd|\' /C calc\'!A0'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('a cell starting with %s is written as text, never as a formula', (_trigger, value) => {
    const cell = csvField(value);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${value}`);
    expect(unquoted[0]).toBe("'");
  });
  test('numbers stay numbers; text that only contains a trigger further on is left as it is', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(1e9)).toBe('1000000000');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('Bolloré - Alibaba')).toBe('Bolloré - Alibaba');
  });
  test('titles, notes, summaries and entity names that start like formulas are neutralised in both exports', async () => {
    const db = await filled();
    await db.articles.put(article('a2', { title: '=HYPERLINK("http://evil.test")', notes: "=cmd|' /C calc'!A0", tags: ['@tag'], canonicalUrl: 'https://news.test/a2' }));
    const deal = (await db.deals.get('alliance-ventures-fund-2018'))!;
    const name = (id: string) => (id === 'renault' ? '+Renault' : kbEntity(id)?.name ?? id);
    const deals = exportDealsCsv([{ ...deal, summary: '-1+1' }], name);
    expect(deals).toContain(",'-1+1,");
    expect(deals).toContain("'+Renault (40%)");
    const articles = exportArticlesCsv(await db.articles.toArray(), name);
    expect(articles).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
    expect(articles).toContain("'=cmd|' /C calc'!A0");
    expect(articles).toContain("'@tag");
    for (const line of articles.split('\r\n').slice(1)) for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+@\t\r]/);
    db.close();
  });
  test('deals and articles', async () => {
    const db = await filled();
    const name = (id: string) => kbEntity(id)?.name ?? id;
    const deals = exportDealsCsv(await db.deals.toArray(), name);
    expect(deals.startsWith('\uFEFFid,type,status,investors,targets')).toBe(true);
    expect(deals).toContain('alliance-ventures-fund-2018,fund,kb,,Alliance Ventures,,Renault (40%); Nissan (40%); Mitsubishi Motors (20%),1000000000,USD');
    const articles = exportArticlesCsv(await db.articles.toArray(), name);
    expect(articles).toContain('"Note, with ""quotes""\nand a line break; accents: Bolloré €"');
    expect(articles.split('\r\n')).toHaveLength(3);
    db.close();
  });
});

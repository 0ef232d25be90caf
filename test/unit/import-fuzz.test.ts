/**
 * The import fuzzer: hostile and malformed export files, made by hand (the classes a probe found)
 * and generated (fast-check mutations of a real export, and arbitrary JSON). Each file is either
 * imported right (the store then passes a checker that recomputes every derived field and
 * reference) or refused with an ImportError naming the record and the field; never a crash, and a
 * refused file leaves the store exactly as it was.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { exportStore, type ExportFile } from '../../src/store/import-export';
import { importExport } from '../../src/store/import/import-store';
import { ImportError } from '../../src/store/records/problem';
import type { DealLensDB } from '../../src/store/schema';
import { filledStore, freshStore, snapshot } from '../support/filled-store';
import { storeProblems } from '../support/store-checker';

const en = JSON.parse(readFileSync(join(__dirname, '../../src/_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
type Mutable = Record<string, unknown>;
type Case = [name: string, make: (f: ExportFile) => string, expected: 'imported' | 'refused'];

let base: ExportFile;
let target: DealLensDB;
const outcomes = { imported: 0, refused: 0 };

beforeAll(async () => {
  base = JSON.parse(JSON.stringify(await exportStore(await filledStore()))) as ExportFile;
  target = await freshStore('fuzz');
});

const copy = (): ExportFile => JSON.parse(JSON.stringify(base)) as ExportFile;
const articleAt = (f: ExportFile) => f.articles[0] as unknown as Mutable;
const dealAt = (f: ExportFile) => f.deals.find((d) => d.status !== 'kb')! as unknown as Mutable;
const userEntity = (over: Mutable = {}): Mutable => ({ id: 'fuzz-user', type: 'company', name: 'Fuzz User', description: '', origin: 'user', updatedAt: 1, ...over });
const withArticle = (over: Mutable) => (f: ExportFile) => JSON.stringify({ ...f, articles: [{ ...articleAt(f), ...over }, ...f.articles.slice(1)] });
const withDeal = (over: Mutable) => (f: ExportFile) => JSON.stringify({ ...f, deals: f.deals.map((d) => (d === (dealAt(f) as unknown) ? { ...d, ...over } : d)) });
const withEntity = (over: Mutable) => (f: ExportFile) => JSON.stringify({ ...f, entities: [...f.entities, userEntity(over)] });
const withShipped = (id: string, over: Mutable) => (f: ExportFile) => JSON.stringify({ ...f, entities: f.entities.map((e) => (e.id === id ? { ...e, ...over } : e)) });

/** The classes of the reliability probe, and the ten of the first import tests. */
const HAND_MADE: Case[] = [
  ['not JSON', () => '{"format": "deallens-export", ', 'refused'],
  ['empty', () => '', 'refused'],
  ['an array', () => '[]', 'refused'],
  ['null', () => 'null', 'refused'],
  ['no format', (f) => JSON.stringify({ ...f, format: 'other' }), 'refused'],
  ['version 3', (f) => JSON.stringify({ ...f, version: 3 }), 'refused'],
  ['no articles list', (f) => JSON.stringify({ ...f, articles: undefined }), 'refused'],
  ['articles an object', (f) => JSON.stringify({ ...f, articles: {} }), 'refused'],
  ['__proto__', (f) => JSON.stringify(f).replace('{"format"', '{"__proto__":{"x":1},"format"'), 'refused'],
  ['constructor key in a record', (f) => JSON.stringify(f).replace('"notes":', '"constructor":{"prototype":{}},"notes":'), 'refused'],
  ['same canonical, two ids', (f) => JSON.stringify({ ...f, articles: [...f.articles, { ...f.articles[0], id: 'article-twin' }] }), 'imported'],
  ['a shipped entity retyped', withShipped('renault', { type: 'fund' }), 'refused'],
  ['a shipped entity renamed', withShipped('renault', { name: 'Pwned' }), 'refused'],
  ['a shipped id taken by a user entity', withShipped('nissan', { origin: 'user' }), 'refused'],
  ['partyIds that disagree', withDeal({ partyIds: ['renault'] }), 'imported'],
  ['partyKey that disagrees', withDeal({ partyKey: 'zzz' }), 'imported'],
  ['entityIds that disagree', withArticle({ entityIds: ['renault', 'nissan'] }), 'imported'],
  ['a wrong fingerprint', withArticle({ fingerprint: '00000000-0' }), 'imported'],
  ['a party that does not exist', withDeal({ parties: { investors: ['nobody'] } }), 'refused'],
  ['a mention that does not exist', withArticle({ entities: [{ id: 'nobody', count: 1 }] }), 'refused'],
  ['mergedInto itself', withEntity({ mergedInto: 'fuzz-user' }), 'refused'],
  ['a merge cycle', (f) => JSON.stringify({ ...f, entities: [...f.entities, userEntity({ id: 'cyc-a', mergedInto: 'cyc-b' }), userEntity({ id: 'cyc-b', mergedInto: 'cyc-a' })] }), 'refused'],
  ['a relation to itself', withEntity({ relations: [{ type: 'part-of', entity: 'fuzz-user' }] }), 'refused'],
  ['savedAt 1e20', withArticle({ savedAt: 1e20 }), 'refused'],
  ['savedAt 1e400', (f) => withArticle({ savedAt: 123456789 })(f).replace('"savedAt":123456789', '"savedAt":1e400'), 'refused'],
  ['savedAt negative', withArticle({ savedAt: -5 }), 'refused'],
  ['date 2024-13-45', withArticle({ published: '2024-13-45' }), 'refused'],
  ['date 2023-02-29', withDeal({ date: '2023-02-29' }), 'refused'],
  ['language xx', withArticle({ lang: 'xx' }), 'refused'],
  ['language of 10,000 characters', withArticle({ lang: 'e'.repeat(10_000) }), 'refused'],
  ['an amount of 1e400', (f) => withDeal({ amount: { value: 987654321, currency: 'EUR' } })(f).replace('987654321', '1e400'), 'refused'],
  ['a negative amount', withDeal({ amount: { value: -1, currency: 'EUR' } }), 'refused'],
  ['a sponsor share of 1e308', withDeal({ parties: { sponsors: [{ entity: 'renault', share: 1e308 }] } }), 'refused'],
  ['a currency that is markup', withDeal({ amount: { value: 1, currency: '<img src=x onerror=alert(1)>' } }), 'refused'],
  ['a currency that is no currency', withDeal({ amount: { value: 1, currency: 'ZZZ' } }), 'refused'],
  ['an empty name', withEntity({ name: '' }), 'refused'],
  ['a blank name', withEntity({ name: '   ' }), 'refused'],
  ['an empty tag', withArticle({ tags: [''] }), 'refused'],
  ['a one-letter alias', withEntity({ aliases: ['a'] }), 'refused'],
  ['a javascript: canonical', withArticle({ canonicalUrl: 'javascript:alert(document.cookie)' }), 'refused'],
  ['a file: url', withArticle({ url: 'file:///etc/passwd' }), 'refused'],
  ['a data: source', withDeal({ sources: [{ url: 'data:text/html,<script>alert(1)</script>' }] }), 'refused'],
  ['a chrome: website', withEntity({ website: 'chrome://settings' }), 'refused'],
  ['an unknown field', withArticle({ isAdmin: true }), 'refused'],
  ['a missing text', withArticle({ text: undefined }), 'refused'],
  ['an id with a slash', withEntity({ id: '../../etc' }), 'refused'],
  ['a count of zero', withArticle({ entities: [{ id: 'renault', count: 0 }] }), 'refused'],
  ['a fractional count', withArticle({ entities: [{ id: 'renault', count: 1.5 }] }), 'refused'],
  ['a title of 1,000,000 characters', withArticle({ title: 'x'.repeat(1_000_000) }), 'refused'],
  ['a kb deal that is not shipped', withDeal({ id: 'not-a-shipped-deal', status: 'kb' }), 'refused'],
  ['a dismissed deal linked by an article', (f) => JSON.stringify({ ...f, deals: f.deals.map((d) => (d.id === f.articles[0].dealIds[0] ? { ...d, status: 'dismissed' } : d)) }), 'imported'],
  ['markup in a title, which is text', withArticle({ title: 'How <img src=x onerror=alert(1)> tags work, and javascript: links' }), 'imported'],
  ['a note "meet online=Tuesday"', withArticle({ notes: 'meet online=Tuesday' }), 'imported'],
  ['a tag <style>', withArticle({ tags: ['<style>'] }), 'imported'],
  ['a formula title', withArticle({ title: "=cmd|' /C calc'!A0" }), 'imported'],
  ['duplicate entity ids', (f) => JSON.stringify({ ...f, entities: [...f.entities, f.entities[5]] }), 'refused'],
  ['a deal citing an article nowhere', withDeal({ sources: [{ articleId: 'article-nowhere' }] }), 'refused'],
  ['an article linking a deal nowhere', withArticle({ dealIds: ['deal-nowhere'] }), 'refused'],
];

const HOSTILE_VALUES = [
  '', ' ', 'x'.repeat(6000), '<script>alert(1)</script>', 'javascript:alert(1)', 'file:///etc/passwd', 'data:,x', '=HYPERLINK("http://evil")', '\u0000', '\ud800', 'a',
  '2024-13-45', 'xx', '__proto__', 'ÅÄÖ', '🙂', -1, 0, 0.5, 1.5, 1e20, 1e308, -1e308, Number.MAX_SAFE_INTEGER, null, true, false, [], {}, [1, 2], { id: 'x' }, ['renault'], [{ id: 'renault', count: 1 }],
];
const FIELDS = {
  entities: ['id', 'type', 'name', 'aliases', 'relations', 'country', 'website', 'description', 'sources', 'origin', 'edited', 'hidden', 'hiddenAliases', 'mergedInto', 'updatedAt', 'extra'],
  deals: ['id', 'type', 'parties', 'partyIds', 'partyKey', 'amount', 'date', 'where', 'summary', 'sources', 'status', 'edited', 'conflicts', 'updatedAt', 'extra'],
  articles: ['id', 'url', 'canonicalUrl', 'title', 'site', 'author', 'lang', 'published', 'savedAt', 'text', 'fingerprint', 'entities', 'entityIds', 'amounts', 'dealIds', 'notes', 'tags', 'extra'],
} as const;
const tableArb = fc.constantFrom('entities', 'deals', 'articles' as const);

/** One change to a real export: a field set to a hostile value, removed, a record copied or dropped. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), table: tableArb, index: fc.nat(), field: fc.nat(), value: fc.oneof(fc.constantFrom(...HOSTILE_VALUES), fc.jsonValue({ maxDepth: 2 })) }),
  fc.record({ kind: fc.constant('delete' as const), table: tableArb, index: fc.nat(), field: fc.nat() }),
  fc.record({ kind: fc.constant('copy' as const), table: tableArb, index: fc.nat(), newId: fc.oneof(fc.constant(null), fc.stringMatching(/^[a-z0-9-]{1,20}$/)) }),
  fc.record({ kind: fc.constant('drop' as const), table: tableArb, index: fc.nat() }),
);
const mutatedFile = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => {
  const f = copy() as unknown as Record<string, Mutable[]>;
  for (const m of ms) {
    const list = f[m.table];
    if (list.length === 0) continue;
    const i = m.index % list.length;
    const names = FIELDS[m.table];
    if (m.kind === 'set') list[i] = { ...list[i], [names[m.field % names.length]]: m.value };
    if (m.kind === 'delete') list[i] = { ...list[i], [names[m.field % names.length]]: undefined };
    if (m.kind === 'copy') list.push({ ...list[i], ...(m.newId ? { id: m.newId } : {}) });
    if (m.kind === 'drop') list.splice(i, 1);
  }
  return JSON.stringify(f);
});
const hostileFile = fc.oneof(
  { weight: 6, arbitrary: mutatedFile },
  { weight: 1, arbitrary: fc.jsonValue().map((j) => JSON.stringify(j)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((j) => JSON.stringify({ format: 'deallens-export', version: 1, exportedAt: '', kbVersion: 1, entities: [j], deals: [], articles: [] })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

/** Imported right, or refused naming what is wrong and leaving the store as it was. Anything else fails. */
async function importOrRefuse(raw: string): Promise<'imported' | 'refused'> {
  const before = await snapshot(target);
  try {
    await importExport(target, raw);
  } catch (err) {
    if (!(err instanceof ImportError)) throw new Error(`crash (not an ImportError): ${(err as Error)?.stack ?? String(err)}`);
    const p = err.problem;
    expect(en[p.rule], `rule ${p.rule} has a message`).toBeDefined();
    // A record refusal names its table, index and field (the record itself, when it is not even an object).
    if (!p.rule.startsWith('file_')) expect(p).toMatchObject({ table: expect.any(String), index: expect.any(Number), ...(p.rule === 'rule_type_object' && !p.field ? {} : { field: expect.any(String) }) });
    expect(await snapshot(target), 'the store is unchanged after a refusal').toBe(before);
    outcomes.refused++;
    return 'refused';
  }
  expect(await storeProblems(target)).toEqual([]);
  outcomes.imported++;
  return 'imported';
}

/** The suite's share of the CI budget; DEALLENS_FUZZ_RUNS=2000 searches further (same seed, so a run repeats). */
const RUNS = Number(process.env.DEALLENS_FUZZ_RUNS ?? 120);

describe('the import fuzzer', () => {
  test.each(HAND_MADE)('hand-made: %s (%s)', async (_name, make, expected) => {
    expect(await importOrRefuse(make(copy()))).toBe(expected);
  });

  test(`${RUNS} generated hostile files: imported right or refused with a message, 0 crashes`, async () => {
    await fc.assert(fc.asyncProperty(hostileFile, async (raw) => void (await importOrRefuse(raw))), { numRuns: RUNS, seed: 20261201 });
    // The generator must reach both outcomes, or it tests only one door.
    expect(outcomes.refused).toBeGreaterThan(RUNS / 3);
    expect(outcomes.imported).toBeGreaterThan(RUNS / 30);
    console.log(`fuzzer: ${outcomes.imported} imported, ${outcomes.refused} refused, 0 crashes`);
  }, 600_000);
});

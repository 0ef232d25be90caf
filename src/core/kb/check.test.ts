import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatKbIssues, knowledgeBaseIssues, type KbData } from './check';
import { dealFiles, entityFiles, versionFile } from './data-files';

const onDisk = readdirSync(join(import.meta.dirname, 'data'), { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/'));

const entity = (over: Record<string, unknown> = {}) => ({ id: 'acme-motors', type: 'company', name: 'Acme Motors', description: 'A carmaker.', sources: [{ url: 'https://example.com/acme-motors', title: 'Acme Motors' }], ...over });
const deal = (over: Record<string, unknown> = {}) => ({
  id: 'acme-motors-fund-2024',
  type: 'fund',
  parties: { targets: ['acme-motors'] },
  summary: 'Acme Motors launched a fund.',
  sources: [{ url: 'https://example.com/acme', title: 'Acme launches a fund' }],
  ...over,
});
const issuesOf = (entities: unknown[], deals: unknown[] = [], extra: Partial<KbData> = {}) =>
  knowledgeBaseIssues({ entityFiles: [{ file: 'entities/test.json', records: entities }], dealFiles: [{ file: 'deals/test.json', records: deals }], ...extra });

describe('knowledge-base check', () => {
  test('the shipped data files pass, and every data file on disk is listed', () => {
    expect(onDisk.filter((f) => f.endsWith('.json')).length).toBe(entityFiles.length + dealFiles.length + 1);
    expect(formatKbIssues(knowledgeBaseIssues({ entityFiles, dealFiles, versionFile, onDisk }))).toBe('');
  });

  test('a well-formed entity and deal pass', () => {
    expect(issuesOf([entity()], [deal()])).toEqual([]);
  });

  test('a hostile entity is refused, with its file, its id and each issue', () => {
    const issues = issuesOf([
      entity({
        id: 'Acme Motors',
        description: 'two\nlines',
        website: 'http://acme.example',
        country: 'fra',
        colour: 'red',
        aliases: ['', { text: 'ACME', caps: false, notAfter: ['The'] }],
        relations: [{ type: 'owned-by', entity: 'acme-holding' }],
      }),
    ]);
    expect(issues.every((i) => i.file === 'entities/test.json' && i.id === 'Acme Motors')).toBe(true);
    const said = issues.map((i) => i.issue);
    for (const path of ['id', 'description', 'website', 'country', 'colour', 'aliases.0', 'aliases.1.caps', 'aliases.1.notAfter.0', 'relations.0.type']) {
      expect(said.some((s) => s.startsWith(`${path}: `)), `${path} in ${JSON.stringify(said)}`).toBe(true);
    }
    expect(formatKbIssues(issues)).toContain('src/core/kb/data/entities/test.json: Acme Motors: colour: unknown key');
  });

  test('an entity that names no source is refused', () => {
    expect(issuesOf([entity({ sources: undefined })])).toEqual([{ file: 'entities/test.json', id: 'acme-motors', issue: 'names no source (a public page with its address, or a seed article)' }]);
    expect(issuesOf([entity({ sources: [{ title: 'a title alone' }] })])).toHaveLength(1);
    expect(issuesOf([entity({ sources: [{ seed: '000_c3201e9730f0093d.txt' }] })])).toEqual([]);
  });

  test('an entity without a description or with a blank name is refused', () => {
    const { description: _, ...bare } = entity();
    expect(issuesOf([bare]).map((i) => i.issue)).toEqual([expect.stringMatching(/^description: /)]);
    expect(issuesOf([entity({ name: '  ' })])).toEqual([{ file: 'entities/test.json', id: 'acme-motors', issue: 'name: must not be blank' }]);
  });

  test('a deal with no source, or no source named by seed or by address and title, is refused', () => {
    expect(issuesOf([entity()], [deal({ sources: [] })])).toEqual([{ file: 'deals/test.json', id: 'acme-motors-fund-2024', issue: 'sources: a deal names its source(s)' }]);
    expect(issuesOf([entity()], [deal({ sources: undefined })]).map((i) => i.issue)).toEqual([expect.stringMatching(/^sources: /)]);
    expect(issuesOf([entity()], [deal({ sources: [{ url: 'https://example.com/acme' }] })]).map((i) => i.issue)).toEqual([
      'sources: a deal has a seed article or a public page with its title among its sources',
    ]);
    expect(issuesOf([entity()], [deal({ sources: [{ title: 'Nowhere' }] })]).map((i) => i.issue)).toContain('sources.0: a source names a seed article or a url');
    expect(issuesOf([entity()], [deal({ sources: [{ url: 'javascript:alert(1)', title: 'x' }] })]).map((i) => i.issue)).toContain('sources.0.url: must be an http(s) address');
  });

  test('a deal with no party, a bad date, a bad amount or an unknown key is refused', () => {
    const said = (d: Record<string, unknown>) => issuesOf([entity()], [deal(d)]).map((i) => i.issue);
    expect(said({ parties: {} })).toEqual(['parties: a deal has at least one party']);
    expect(said({ date: '2024-13' })).toEqual(['date: must be YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(said({ amount: { value: 0, currency: 'EUR' } }).map((s) => s.split(':')[0])).toEqual(['amount.value']);
    expect(said({ amount: { value: 1e6, currency: 'euro' } }).map((s) => s.split(':')[0])).toEqual(['amount.currency']);
    expect(said({ amount: { value: 1e6, currency: 'EUR', qualifier: 'roughly' } }).map((s) => s.split(':')[0])).toEqual(['amount.qualifier']);
    expect(said({ note: 'from a press release' })).toEqual(['note: unknown key']);
    expect(said({ parties: { targets: ['acme-motors'], buyers: ['acme-motors'] } })).toEqual(['parties.buyers: unknown key']);
  });

  test('duplicate ids, and references to entities that do not exist, are refused', () => {
    expect(issuesOf([entity(), entity({ name: 'Acme' })])).toEqual([{ file: 'entities/test.json', id: 'acme-motors', issue: 'duplicate id (first in entities/test.json)' }]);
    expect(issuesOf([entity({ relations: [{ type: 'part-of', entity: 'acme-group' }] })])).toEqual([
      { file: 'entities/test.json', id: 'acme-motors', issue: 'relation part-of names an unknown entity "acme-group"' },
    ]);
    expect(issuesOf([entity({ aliases: [{ text: 'the Group', caps: true, withNamed: ['acme-group'] }] })])).toEqual([
      { file: 'entities/test.json', id: 'acme-motors', issue: 'alias "the Group" needs an unknown entity "acme-group" (withNamed)' },
    ]);
    expect(issuesOf([entity()], [deal({ parties: { investors: ['acme-ventures'], targets: ['acme-motors'] } })])).toEqual([
      { file: 'deals/test.json', id: 'acme-motors-fund-2024', issue: 'parties name an unknown entity "acme-ventures"' },
    ]);
  });

  test('a record without an id is named by its position; a file that is not an array, or is not listed, is refused', () => {
    expect(issuesOf([entity(), { type: 'company' }]).map((i) => i.id)).toEqual(expect.arrayContaining(['#1']));
    expect(issuesOf([], [], { entityFiles: [{ file: 'entities/object.json', records: { id: 'acme-motors' } }] })).toEqual([
      { file: 'entities/object.json', id: '(file)', issue: 'must hold a JSON array of records' },
    ]);
    expect(issuesOf([entity()], [], { onDisk: ['entities/test.json', 'deals/test.json', 'entities/new.json', 'README.md'] })).toEqual([
      { file: 'entities/new.json', id: '(file)', issue: 'not listed in src/core/kb/data-files.ts, so it does not ship' },
    ]);
  });

  test('the version file holds one positive whole version number', () => {
    const of = (content: unknown) => issuesOf([], [], { versionFile: { file: 'version.json', content } }).map((i) => i.issue);
    expect(of({ version: 2 })).toEqual([]);
    expect(of({ version: 1.5 })).toEqual([expect.stringMatching(/^version: /)]);
    expect(of({ version: 0 })).toEqual([expect.stringMatching(/^version: /)]);
    expect(of({ version: '2' })).toEqual([expect.stringMatching(/^version: /)]);
    expect(of({ version: 2, date: '2025' })).toEqual(['date: unknown key']);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSeed } from '../support/check-seed';
import { seedFiles, seedText } from '../support/gold';
import { sharedPath } from '../support/shared';

const ROOT = join(__dirname, '../..');

function scan(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: r.status, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: r.stderr };
}

describe('scan command (contract 4)', () => {
  test('one JSON line per seed file, with everything gold.json asks for', () => {
    const files = seedFiles.map((f) => sharedPath('seeds', f));
    const r = scan(files);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(5);
    r.lines.forEach((line, n) => {
      expect(line.file).toBe(files[n]);
      expect(Object.keys(line)).toEqual(['file', 'lang', 'entities', 'amounts', 'deals']);
      expect(Object.keys(line.entities[0])).toEqual(['id', 'name', 'type', 'text', 'start', 'end']);
      if (line.amounts[0]) expect(Object.keys(line.amounts[0])).toEqual(['text', 'value', 'currency', 'qualifier', 'start', 'end']);
      checkSeed(seedFiles[n], line);
    });
  });

  test('a missing file: one line on stderr naming it, exit code 2, the others still scanned', () => {
    const r = scan(['does-not-exist.txt', sharedPath('seeds', seedFiles[0])]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('does-not-exist.txt')]);
    expect(r.lines).toHaveLength(1);
  });

  test('reads standard input with -', () => {
    const r = scan(['-'], seedText(seedFiles[1]));
    expect(r.status).toBe(0);
    expect(r.lines[0].file).toBe('-');
    checkSeed(seedFiles[1], r.lines[0]);
  });

  test('a range carries its upper end; money the text does not count has a null value', () => {
    const r = scan(['-'], 'Die Runde liegt zwischen 800 Mio. und 1 Mrd. Euro. Porsche zahlt einen zweistelligen Millionenbetrag.');
    expect(r.lines[0].amounts).toEqual([
      { text: '800 Mio. und 1 Mrd. Euro', value: 8e8, currency: 'EUR', qualifier: 'range', start: 25, end: 49, max: 1e9 },
      { text: 'zweistelligen Millionenbetrag', value: null, currency: 'EUR', qualifier: 'unquantified', start: 71, end: 100 },
    ]);
  });

  test('HTML: only the text a reader sees, offsets into that text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deallens-scan-'));
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html lang="fr"><head><title>Renault</title><script>var x = "Renault 5 millions d'euros"</script>
      <script type="application/ld+json">{"publisher": "Nissan"}</script><style>.Tekion{}</style></head>
      <body><nav>Accueil</nav><p><b>Alliance</b> Ventures investit 5&nbsp;millions d&rsquo;euros dans Tekion.</p>
      <noscript>Mitsubishi</noscript><template><p>Valeo</p></template><p hidden>Bosch</p><p>Renault<!-- -->-Nissan</p></body></html>`,
    );
    const r = scan([page]);
    expect(r.status).toBe(0);
    const [line] = r.lines;
    expect(line.lang).toBe('fr');
    expect(line.entities.map((e: { id: string }) => e.id)).toEqual(['alliance-ventures', 'tekion', 'renault-nissan-mitsubishi-alliance']);
    expect(line.amounts).toEqual([expect.objectContaining({ value: 5e6, currency: 'EUR', text: '5\u00a0millions d’euros' })]);
  });

  test('HTML: deals dated by the page’s publication date when the sentence gives none', () => {
    const r = scan([join(ROOT, 'test/pages/seed-003.html')]);
    expect(r.status).toBe(0);
    const deals = r.lines[0].deals as { type: string; investors: string[]; targets: string[]; date: string | null }[];
    expect(deals).toContainEqual(expect.objectContaining({ type: 'partnership', investors: ['BMW'], targets: ['Alibaba'], date: '2020-07' }));
    expect(deals).toHaveLength(4);
  });
});

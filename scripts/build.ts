/**
 * `npm run build`: builds dist/chrome and dist/firefox from the one top-level manifest.json.
 * Content scripts cannot import modules, so each entry is its own bundle: the content script
 * one IIFE, the background one ES module, the popup and the options page each a page with its assets.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { formatKbIssues, knowledgeBaseIssues } from '../src/core/kb/check';
import { dealFiles, entityFiles, versionFile } from '../src/core/kb/data-files';
import { matcherTables } from './matcher-tables-plugin';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROME = join(ROOT, 'dist/chrome');
const FIREFOX = join(ROOT, 'dist/firefox');

/** Firefox 140 is the first with the CSS Custom Highlight API and data_collection_permissions. */
const FIREFOX_MIN = '140.0';
const FIREFOX_ANDROID_MIN = '142.0';
const FIREFOX_ID = 'deallens@deallens.app';

const common: InlineConfig = {
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // The knowledge base ships as JSON.parse("<compact JSON>"): smaller than an object literal, and faster to load.
  json: { stringify: true },
  // The shipped knowledge base's matcher goes in as tables, loaded by pages instead of built.
  plugins: [matcherTables()],
};

async function bundle(entry: string, format: 'iife' | 'es', fileName: string): Promise<void> {
  await build({
    ...common,
    build: {
      outDir: CHROME,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      target: 'chrome120',
      lib: { entry: join(ROOT, entry), formats: [format], name: 'DealLens', fileName: () => fileName },
    },
  });
}

async function page(dir: string, html: string): Promise<void> {
  await build({
    ...common,
    root: join(ROOT, dir),
    base: './',
    build: { outDir: CHROME, emptyOutDir: false, minify: false, target: 'chrome120', rollupOptions: { input: join(ROOT, dir, html) } },
  });
}

function manifests(): void {
  const base = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  writeFileSync(join(CHROME, 'manifest.json'), `${JSON.stringify(base, null, 2)}\n`);
  const firefox = structuredClone(base);
  firefox.background = { scripts: [base.background.service_worker], type: 'module' };
  firefox.browser_specific_settings = {
    gecko: { id: FIREFOX_ID, strict_min_version: FIREFOX_MIN, data_collection_permissions: { required: ['none'] } },
    // Firefox for Android reads data_collection_permissions from 142 on.
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN },
  };
  writeFileSync(join(FIREFOX, 'manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);
}

/** Refuses to ship knowledge-base data that breaks its schema (src/core/kb/schema.ts, check.ts): names the file, the record and the issue. */
function checkKnowledgeBase(): void {
  const onDisk = readdirSync(join(ROOT, 'src/core/kb/data'), { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/'));
  const issues = knowledgeBaseIssues({ entityFiles, dealFiles, versionFile, onDisk });
  if (issues.length > 0) throw new Error(`the knowledge base has ${issues.length} issue(s):\n${formatKbIssues(issues)}`);
}

async function main(): Promise<void> {
  checkKnowledgeBase();
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  mkdirSync(CHROME, { recursive: true });
  await bundle('src/content/index.ts', 'iife', 'content.js');
  await bundle('src/background/index.ts', 'es', 'background.js');
  await page('src/ui/popup', 'popup.html');
  await page('src/ui/options', 'options.html');
  cpSync(join(ROOT, 'src/content/content.css'), join(CHROME, 'content.css'));
  cpSync(join(ROOT, 'icons'), join(CHROME, 'icons'), { recursive: true });
  cpSync(join(ROOT, 'src/_locales'), join(CHROME, '_locales'), { recursive: true });
  cpSync(CHROME, FIREFOX, { recursive: true });
  manifests();
  process.stdout.write('built dist/chrome and dist/firefox\n');
}

main().catch((err) => {
  process.stderr.write(`build failed: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});

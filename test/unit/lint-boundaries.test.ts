/**
 * The canary for the folder boundaries: plants imports that break them into a copy of the tree
 * and asserts that the repository's own lint config fails on each, and passes a file that keeps
 * them. A lint config that cannot resolve imports passes everything; this test would see that.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let copy = '';
let eslint: ESLint;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'deallens-lint-'));
  for (const f of ['eslint.config.js', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(copy, f));
  cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  eslint = new ESLint({ cwd: copy });
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

async function lintPlanted(path: string, source: string): Promise<string[]> {
  const file = join(copy, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const [result] = await eslint.lintFiles([file]);
  return result.messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

const BOUNDARY_RULES = /^(import-x\/no-restricted-paths|no-restricted-imports): /;

describe('lint fails on an import that breaks a boundary', () => {
  test.each([
    ['core importing the store', 'src/core/planted.ts', "import { db } from '../store/open';\nexport const x = db;\n"],
    ['core importing the store, written with its extension', 'src/core/planted.ts', "import { db } from '../store/open.ts';\nexport const x = db;\n"],
    ['core importing dexie', 'src/core/text/planted.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n"],
    ['core importing webextension-polyfill', 'src/core/planted.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;\n"],
    ['core importing preact', 'src/core/planted.ts', "import { h } from 'preact';\nexport const x = h;\n"],
    ['core importing a context', 'src/core/planted.ts', "import { Annotator } from '../content/annotator';\nexport const x = Annotator;\n"],
    ['core importing the platform', 'src/core/planted.ts', "import { t } from '../platform/i18n';\nexport const x = t;\n"],
    ['the popup importing content', 'src/ui/popup/planted.ts', "import { Annotator } from '../../content/annotator';\nexport const x = Annotator;\n"],
    ['the popup importing the options page', 'src/ui/popup/planted.ts', "import * as o from '../options/main';\nexport const x = o;\n"],
    ['the options page importing the popup', 'src/ui/options/planted.ts', "import * as p from '../popup/route';\nexport const x = p;\n"],
    ['content importing the background', 'src/content/planted.ts', "import * as b from '../background/save-page';\nexport const x = b;\n"],
    ['content importing the store', 'src/content/planted.ts', "import { db } from '../store/open';\nexport const x = db;\n"],
    ['the store importing the background', 'src/store/planted.ts', "import * as b from '../background/save-page';\nexport const x = b;\n"],
    ['the store importing the platform', 'src/store/planted.ts', "import { t } from '../platform/i18n';\nexport const x = t;\n"],
    ['the platform importing the store', 'src/platform/planted.ts', "import { db } from '../store/open';\nexport const x = db;\n"],
    ['a test importing the background', 'test/unit/planted.ts', "import * as b from '../../src/background/save-page';\nexport const x = b;\n"],
    ['a script importing the background', 'scripts/planted.ts', "import * as b from '../src/background/index';\nexport const x = b;\n"],
    ['shared UI controls importing the popup', 'src/ui/controls/planted.ts', "import * as p from '../popup/route';\nexport const x = p;\n"],
    ['the popup opening the store itself', 'src/ui/popup/page/planted.ts', "import { db } from '../../../store/open';\nexport const x = db;\n"],
    ['the popup sending by itself', 'src/ui/popup/planted.ts', "import { askTab } from '../../platform/send';\nexport const x = askTab;\n"],
    ['the options page opening the store itself, written with its extension', 'src/ui/options/planted.ts', "import { openStore } from '../../store/open.ts';\nexport const x = openStore;\n"],
    ['the options page sending by itself', 'src/ui/options/planted.ts', "import { askBackground } from '../../platform/send';\nexport const x = askBackground;\n"],
    ['shared UI controls importing the connector', 'src/ui/controls/planted.ts', "import { useConnector } from '../connect/connector';\nexport const x = useConnector;\n"],
  ])('%s', async (_what, path, source) => {
    const messages = await lintPlanted(path, source);
    expect(messages.filter((m) => BOUNDARY_RULES.test(m)).length, messages.join('\n')).toBeGreaterThan(0);
  });
});

describe('lint passes imports that keep the boundaries', () => {
  test.each([
    ['core importing core', 'src/core/planted.ts', "import { foldString } from './text/char-class';\nexport const x = foldString;\n"],
    ['the store importing core', 'src/store/planted.ts', "import { foldString } from '../core/text/char-class';\nexport const x = foldString;\n"],
    ['the popup importing the store, the platform and the connector', 'src/ui/popup/planted.ts', "import { t } from '../../platform/i18n';\nimport { watchlist } from '../../store/watchlist';\nimport { useConnector } from '../connect/connector';\nexport const x = [t, watchlist, useConnector];\n"],
    ['the connector importing the store connection and the sends', 'src/ui/connect/planted.ts', "import { db } from '../../store/open';\nimport { askTab } from '../../platform/send';\nexport const x = [db, askTab];\n"],
    ['content importing a shared control', 'src/content/planted.tsx', "import { ExternalLink } from '../ui/controls/ExternalLink';\nexport const x = ExternalLink;\n"],
  ])('%s', async (_what, path, source) => {
    expect(await lintPlanted(path, source)).toEqual([]);
  });
});

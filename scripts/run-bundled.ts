/**
 * Runs a TypeScript entry point as one bundled ES module, the way the extension's build
 * ships the core (modules joined, enums inlined), so benchmarks measure that code rather
 * than the per-module wrappers a TypeScript loader adds. Usage: tsx scripts/run-bundled.ts FILE [args]
 */
import { build, type Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A package's JSON data (the core's word lists) is bundled: node would want an import attribute for it. */
const bundleJson: Plugin = {
  name: 'bundle-package-json',
  setup(b) {
    b.onResolve({ filter: /^[^./].*\.json$/ }, (a) => ({ path: createRequire(join(a.resolveDir, 'x.js')).resolve(a.path) }));
  },
};

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: tsx scripts/run-bundled.ts FILE [args]\n');
  process.exit(2);
}
// Inside the project, so the bundle's external packages resolve from node_modules.
const cache = join(process.cwd(), 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'deallens-bundle-'));
const outfile = join(dir, 'entry.mjs');
try {
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning', packages: 'external', plugins: [bundleJson] });
  const r = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

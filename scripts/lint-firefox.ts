/**
 * `web-ext lint` on dist/firefox: prints what it found, fails on any error. (Warnings are shown;
 * the innerHTML ones point into libraries' own code: Preact's dangerouslySetInnerHTML, which DealLens
 * never uses, and Readability, which works on a detached copy of the page where nothing runs.)
 */
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json'], { encoding: 'utf8' });
let report: { errors: { code: string; file?: string; message: string }[]; warnings: { code: string; file?: string; message: string }[] };
try {
  report = JSON.parse(r.stdout);
} catch {
  process.stderr.write(`web-ext lint did not run: ${r.stderr || r.stdout}\n`);
  process.exit(2);
}
for (const w of report.warnings) process.stdout.write(`web-ext warning ${w.code}: ${w.file ?? ''} ${w.message}\n`);
for (const e of report.errors) process.stdout.write(`web-ext ERROR ${e.code}: ${e.file ?? ''} ${e.message}\n`);
process.stdout.write(`web-ext lint dist/firefox: ${report.errors.length} errors, ${report.warnings.length} warnings\n`);
process.exit(report.errors.length ? 1 : 0);

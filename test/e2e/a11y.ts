/**
 * axe-core in a real page: its source run in the page's own world by the automation protocol
 * (an extension page's CSP refuses injected script tags, and rightly), run, and reduced to the
 * serious and critical violations, each named with the elements it hit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness/server';
import type { TestPage } from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export async function seriousViolations(page: TestPage): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScript(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

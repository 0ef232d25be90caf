/** The fixture layer's own checks: what the reader-path tests rely on must be able to fail. */
import { expect, test } from 'vitest';
import { eachBrowser } from './harness';
import { settled } from './harness/highlights';
import { changed } from './harness/screen';

eachBrowser('the fixture layer', (env) => {
  test('an error the extension logs reaches extensionErrors (so "no error in the log" can fail)', async () => {
    expect(env.b.extensionErrors()).toEqual([]);
    await env.b.inExtension(() => {
      console.error('DealLens canary: logged');
      if (typeof document !== 'undefined') setTimeout(() => { throw new Error('DealLens canary: thrown'); });
    });
    await expect.poll(() => env.b.extensionErrors().join('\n'), { timeout: 10_000 }).toContain('DealLens canary: logged');
    if (env.b.name === 'firefox') await expect.poll(() => env.b.extensionErrors().join('\n'), { timeout: 10_000 }).toContain('DealLens canary: thrown');
  });

  test('the screen comparison sees a change of a few hundred pixels, and none where nothing changed', async () => {
    const page = await env.b.newPage(env.server.url('seed-000.html'));
    await settled(page, 10);
    const a = await page.screenshot();
    expect(changed(a, await page.screenshot()).pixels).toBeLessThan(50);
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('div'), { style: 'position:fixed;left:10px;top:10px;width:100px;height:50px;background:#c00' })));
    const c = changed(a, await page.screenshot());
    expect(c.pixels).toBeGreaterThan(4000);
    expect(c.box).toMatchObject({ x: 10, y: 10, width: 100, height: 50 });
    await page.close();
  });
});

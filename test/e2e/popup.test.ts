import { describe, expect, test } from 'vitest';
import { cardText, popupFor as openPopupFor, storeContents, useExtension } from './fixtures';

const env = useExtension();

describe('the popup: this page’s deal context', () => {
  test('on seed 000 it lists Alliance Ventures, named 3 times, with its deals from the store', async () => {
    const { page, popup } = await openPopupFor(env.ext, env.server, 'seed-000.html', 10);
    const fund = popup.locator('[data-entity="alliance-ventures"]');
    await expect.poll(() => fund.locator('.deal').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
    const text = (await fund.textContent())!;
    expect(text).toContain('Alliance Ventures');
    expect(text).toContain('3×');
    for (const party of ['Plug and Play', 'Ionic Materials', 'Renault, Nissan, Mitsubishi Motors', 'US$1.0 bn']) expect(text).toContain(party);
    // Grouped by kind, the most named first; and the page's amount, normalised.
    expect(await popup.locator('.kind-group h2').allTextContents()).toEqual(['Funds', 'Companies', 'Accelerators', 'People', 'Amounts']);
    expect(await popup.locator('.amounts').textContent()).toContain('up to US$1.0 bn');
    await popup.close();
    await page.close();
  });

  const popupFor = (path: string) => openPopupFor(env.ext, env.server, path);

  test('choosing an entity shows its first mention on the page, with its card', async () => {
    const { page, popup } = await popupFor('seed-003.html');
    await popup.locator('[data-entity="tencent"] button.reveal').click();
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Tencent');
    await popup.close();
    await page.close();
  });

  test('each entity lists the other saved articles that name it', async () => {
    // Save the Dutch article (it names Renault), then look at the French one.
    const first = await popupFor('seed-001.html');
    await first.popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.popup.locator('.save-state').textContent(), { timeout: 15_000 }).toMatch(/^Saved on /);
    await first.popup.close();
    await first.page.close();
    const { page, popup } = await popupFor('seed-000.html');
    const renault = popup.locator('[data-entity="renault"] .saved-articles li');
    await expect.poll(() => renault.count(), { timeout: 15_000 }).toBe(1);
    expect(await renault.textContent()).toContain('Renault-Nissan alliantie');
    // The page's own article is not listed as "other" once saved.
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.save-state').textContent(), { timeout: 15_000 }).toMatch(/^Saved on /);
    await popup.reload();
    await expect.poll(() => popup.locator('[data-entity="renault"] .saved-articles li').count(), { timeout: 15_000 }).toBe(1);
    await popup.close();
    await page.close();
  });

  test('the deals a saved page proposed are listed, and can be confirmed', async () => {
    const { page, popup } = await popupFor('proposal.html');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.save-state').textContent(), { timeout: 15_000 }).toMatch(/^Saved on /);
    await popup.reload();
    const deal = popup.locator('.proposed-deal');
    await expect.poll(() => deal.count(), { timeout: 15_000 }).toBe(1);
    expect(await deal.textContent()).toContain('Porsche Ventures → Tekion · €12.0 m');
    await deal.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => deal.getAttribute('data-status')).toBe('confirmed');
    const id = (await deal.getAttribute('data-deal'))!;
    expect((await storeContents(env.ext.worker)).deals.find((d) => d.id === id)!.status).toBe('confirmed');
    await popup.close();
    await page.close();
  });
});

import { afterEach, describe, expect, test, vi } from 'vitest';
import { resetFakeBrowser } from '../../../test/support/fake-browser';
import type { Response } from '../../messages';
import type { ToBackground } from './connector';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));
const { mockConnector, noAnswer } = await import('./mock');
const { FIXTURE_ARTICLES } = await import('./fixtures');
const { SendError } = await import('./connector');

afterEach(resetFakeBrowser);

const status: Response<ToBackground, 'page-status'> = { ok: true, saved: false, savedAt: null, title: null, notes: '', tags: [] };

describe('the mock connector', () => {
  test('its store is one real store: the knowledge base, the fixture articles, a confirmed and a proposed deal, the reader’s entity', async () => {
    const c = mockConnector();
    const db = await c.store();
    expect(await c.store()).toBe(db);
    expect(await db.entities.count()).toBeGreaterThan(800);
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual([FIXTURE_ARTICLES.bmw.title, FIXTURE_ARTICLES.porsche.title].sort());
    expect((await db.deals.where('status').anyOf('proposed', 'confirmed').toArray()).map((d) => [d.partyIds.join('+'), d.status]).sort()).toEqual([
      ['bmw-i-ventures+ionic-materials', 'confirmed'],
      ['porsche-ventures+tekion', 'proposed'],
    ]);
    expect((await db.entities.where('origin').equals('user').toArray()).map((e) => e.name)).toEqual(['Voltaro Mobility']);
    await c.close();
  });

  test('two connectors never share a store', async () => {
    const [a, b] = [mockConnector(), mockConnector({ records: 'none' })];
    await (await a.store()).articles.clear();
    expect(await (await b.store()).articles.count()).toBe(0);
    const shipped = async (c: typeof a) => (await c.store()).entities.where('origin').equals('kb').count();
    expect(await shipped(a)).toBe(await shipped(b));
    await Promise.all([a.close(), b.close()]);
  });

  test('messages are answered by the test’s handlers, checked as real answers are, and recorded', async () => {
    const c = mockConnector({ records: 'none', background: { 'page-status': ({ url }) => ({ ...status, title: url }) }, tab: { 'reveal-entity': ({ id }, { tabId }) => ({ ok: true, found: id === 'renault' && tabId === 4 }) } });
    await expect(c.askBackground('page-status', { url: 'https://a.test/' })).resolves.toMatchObject({ title: 'https://a.test/' });
    await expect(c.askTab(4, 'reveal-entity', { id: 'renault' })).resolves.toEqual({ ok: true, found: true });
    expect(c.sent).toEqual([
      { to: 'background', type: 'page-status', payload: { url: 'https://a.test/' } },
      { to: 4, type: 'reveal-entity', payload: { id: 'renault' } },
    ]);
  });

  test('an error answer, a throwing handler, a malformed request, a malformed answer: SendErrors with an answer', async () => {
    const c = mockConnector({
      records: 'none',
      background: {
        'save-page': () => ({ ok: false, error: 'The page has no text' }),
        'kb-changed': () => {
          throw new Error('overlay too big');
        },
        // A handler typed against the schema can still be wrong at run time (an older build, a bug).
        'page-status': () => JSON.parse('{"ok":true,"saved":"no"}'),
      },
    });
    await expect(c.askBackground('save-page', { tabId: 1 })).rejects.toMatchObject({ noAnswer: false, message: 'The page has no text' });
    await expect(c.askBackground('kb-changed', {})).rejects.toMatchObject({ noAnswer: false, message: 'kb-changed failed: overlay too big' });
    await expect(c.askBackground('save-page', { tabId: -1 })).rejects.toMatchObject({ noAnswer: false, message: expect.stringMatching(/^invalid save-page: tabId: /) });
    await expect(c.askBackground('page-status', { url: 'x' })).rejects.toMatchObject({ noAnswer: false, message: expect.stringContaining('page-status that it cannot read (saved: ') });
  });

  test('no handler, or a handler that says so: no answer', async () => {
    const c = mockConnector({ records: 'none', background: { 'watch-changed': () => noAnswer('watch-changed') } });
    const err = await c.askTab(9, 'page-entities', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SendError);
    expect(err).toMatchObject({ noAnswer: true, message: expect.stringContaining('Receiving end does not exist') });
    await expect(c.askBackground('watch-changed', {})).rejects.toMatchObject({ noAnswer: true });
  });
});

import { describe, expect, test, vi } from 'vitest';
import { dispatch, toBackground, toContent } from './messages';

describe('message dispatch', () => {
  const handlers = {
    'page-state': vi.fn(() => ({ ok: true as const })),
    'save-page': vi.fn(() => ({ ok: true as const, articleId: 'a', created: true, savedAt: 1, linked: 0, proposed: 0, conflicts: 0, notices: [] })),
    'page-status': vi.fn(() => ({ ok: true as const, saved: false, savedAt: null, title: null, notes: '', tags: [] })),
    'watch-changed': vi.fn(() => ({ ok: true as const })),
    'kb-changed': vi.fn(() => ({ ok: true as const })),
    'entity-card': vi.fn(() => ({ ok: true as const, description: '', relations: [], deals: [], more: 0 })),
    'add-entity': vi.fn(() => ({ ok: true as const, outcome: 'added' as const, id: 'x', linked: 0 })),
    'page-config': vi.fn(() => ({ ok: true as const, settings: null, overlay: null })),
    'team-check': vi.fn(() => ({ ok: true as const, result: { ok: false as const, problem: 'teamUnreachable' as const } })),
    'team-status': vi.fn(() => ({ ok: true as const, status: { state: 'off' as const, waiting: 0, conflicts: [], refused: [] } })),
    'team-nudge': vi.fn(() => ({ ok: true as const })),
    'team-versions': vi.fn(() => ({ ok: true as const, versions: [] })),
    'team-resolve': vi.fn(() => ({ ok: true as const })),
  };

  test('a valid message reaches its handler', async () => {
    const answer = await dispatch(toBackground, handlers, { type: 'page-state', payload: { site: 'example.com', active: true, mentions: 3 } }, {});
    expect(answer).toEqual({ ok: true });
    expect(handlers['page-state']).toHaveBeenCalledWith({ site: 'example.com', active: true, mentions: 3 }, {});
  });

  test.each([
    ['not an object', 'hello', 'malformed'],
    ['no type', { payload: {} }, 'malformed'],
    ['an unknown type', { type: 'delete-everything', payload: {} }, 'unknown message type'],
    ['a prototype key as type', { type: '__proto__', payload: {} }, 'unknown message type'],
    ['a wrong field type', { type: 'page-state', payload: { site: 1, active: true, mentions: 0 } }, 'invalid page-state: site'],
    ['an extra field', { type: 'page-state', payload: { site: null, active: true, mentions: 0, admin: true } }, 'invalid page-state'],
    ['a negative count', { type: 'page-state', payload: { site: null, active: true, mentions: -1 } }, 'invalid page-state: mentions'],
    ['a save without a tab', { type: 'save-page', payload: { tags: ['x'] } }, 'invalid save-page: tabId'],
    ['a page naming too many entities', { type: 'page-state', payload: { site: null, active: true, mentions: 0, entities: Array.from({ length: 5001 }, () => 'x') } }, 'invalid page-state: entities'],
    ['a watch change with a payload', { type: 'watch-changed', payload: { id: 'x' } }, 'invalid watch-changed'],
    ['a kb-changed that carries data', { type: 'kb-changed', payload: { entities: [] } }, 'invalid kb-changed'],
    ['a save with a huge tag list', { type: 'save-page', payload: { tabId: 3, tags: Array.from({ length: 501 }, () => 't') } }, 'invalid save-page: tags'],
    ['a team check with a huge password', { type: 'team-check', payload: { url: 'https://c.example/t', username: 'a', password: 'x'.repeat(1001) } }, 'invalid team-check: password'],
    ['a team check with a field more', { type: 'team-check', payload: { url: 'https://c.example/t', username: 'a', password: 'b', admin: true } }, 'invalid team-check'],
    ['a conflict resolved without its version', { type: 'team-resolve', payload: { key: 'deal:x' } }, 'invalid team-resolve: keep'],
    ['a page-config that carries data', { type: 'page-config', payload: { settings: { enabled: false } } }, 'invalid page-config'],
  ])('%s gets an error and runs nothing', async (_name, raw, error) => {
    Object.values(handlers).forEach((h) => h.mockClear());
    const answer = (await dispatch(toBackground, handlers, raw, {})) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toContain(error);
    for (const h of Object.values(handlers)) expect(h).not.toHaveBeenCalled();
  });

  test('a handler that throws answers with an error', async () => {
    const answer = await dispatch(toContent, { 'step-highlight': () => { throw new Error('no highlight'); }, 'page-summary': () => ({ ok: true as const, site: null, url: null, active: true, counts: {}, lang: 'en' }), 'read-article': () => ({ ok: true as const, url: '', canonicalUrl: '', title: '', site: '', text: '', lang: 'en' as const, pageLang: 'en', entities: [], amounts: [], deals: [] }), 'read-details': () => ({ ok: true as const, title: '', site: '', authors: [], lang: 'en' }), 'page-entities': () => ({ ok: true as const, entities: [], amounts: [] }), 'reveal-entity': () => ({ ok: true as const, found: false }), 'config-changed': () => ({ ok: true as const }) }, { type: 'step-highlight', payload: { direction: 1 } }, {});
    expect(answer).toEqual({ ok: false, error: 'step-highlight failed: no highlight' });
  });
});

/**
 * Rendering UI views in a node test (happy-dom), inside the connector the test gives (a mock, see
 * src/ui/connect/mock.ts): a view beside the page's announcer, as the pages render them, or a
 * whole page (the popup's App brings its own announcer).
 */
import { cleanup, configure, render, waitFor, type RenderResult } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, expect, vi } from 'vitest';
import { ConnectorContext } from '../../src/ui/connect/connector';
import type { MockConnector } from '../../src/ui/connect/mock';
import { Announcer } from '../../src/ui/controls/Announcer';
import { resetFakeBrowser } from './fake-browser';

// A view's first paint waits for its mock store (the knowledge base and the fixtures written into fake-indexeddb):
// well under a second alone, but the whole unit suite shares two CPUs, so a find waits up to ten.
configure({ asyncUtilTimeout: 10_000 });

const rendered = new Set<MockConnector>();

function renderWith(ui: ComponentChildren, connector: MockConnector, announcer: boolean): RenderResult {
  rendered.add(connector);
  const page = (view: ComponentChildren) => (
    <ConnectorContext.Provider value={connector}>
      {view}
      {announcer && <Announcer />}
    </ConnectorContext.Provider>
  );
  const result = render(page(ui));
  // The view again with other props, in the same page.
  return { ...result, rerender: (view: ComponentChildren) => result.rerender(page(view)) };
}

export const renderView = (ui: ComponentChildren, connector: MockConnector) => renderWith(ui, connector, true);
export const renderPage = (ui: ComponentChildren, connector: MockConnector) => renderWith(ui, connector, false);

/** Waits until the page's live region says `text`. */
export async function announced(text: string): Promise<void> {
  await waitFor(() => expect(document.getElementById('announcer')?.textContent).toBe(text));
}

/**
 * After each test of the file: the DOM emptied, spies restored, the fake browser as new, the
 * address's hash cleared. A store a view asked for is waited for (opened and filled), since
 * Dexie tells the page when it opens and the page must still be there; it is left open, as a
 * view's last reads may still be on their way, and it lives in its own fake-indexeddb, gone with
 * its connector.
 */
export function cleanUpViews(): void {
  afterEach(async () => {
    cleanup();
    await Promise.all([...rendered].map((c) => c.settled()));
    rendered.clear();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    resetFakeBrowser();
    history.replaceState(null, '', location.pathname);
  });
}

/**
 * One fixture layer for both browsers: a test is written once against these interfaces and runs
 * in Chromium (playwright-core) and in Firefox (puppeteer-core over WebDriver BiDi).
 */

export type BrowserName = 'chromium' | 'firefox';

/** Functions run in the page or the extension are serialised: they must not close over anything. */
export type InPage<A, R> = (arg: A) => R | Promise<R>;

export interface TestPage {
  /** Loads a web page and waits for its `load` event. */
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: InPage<A, R>, arg?: A): Promise<R>;
  /** Polls `fn` in the page until it returns a truthy value, which it returns. */
  waitFor<R, A = undefined>(fn: InPage<A, R>, arg?: A, timeout?: number): Promise<R>;
  /** Focuses the field, clears it and types `text` with the keyboard. */
  fill(selector: string, text: string): Promise<void>;
  /** Runs a script's source in the page's own world (axe-core), past the page's CSP as DevTools does. */
  addScript(source: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Types text with the keyboard into whatever has the focus. */
  type(text: string): Promise<void>;
  /** Presses a key or a chord ("Escape", "Alt+Shift+J", "ArrowRight"). */
  press(key: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** Chooses a file in an `<input type=file>`, as the file picker does. */
  setInputFile(selector: string, path: string): Promise<void>;
  /** PNG of the viewport region (CSS pixels). */
  screenshot(clip?: { x: number; y: number; width: number; height: number }): Promise<Buffer>;
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  /** Errors the page's own scripts threw or logged since the page was opened. */
  consoleErrors(): string[];
  /** The document's address, as the page itself says it. */
  url(): Promise<string>;
  setViewport(width: number, height: number): Promise<void>;
  /** `prefers-color-scheme` as the page sees it. */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

/** What the browser wrote when a page downloaded a file. */
export interface Download {
  name: string;
  text: string;
}

/**
 * Reading inside DealLens's closed shadow root (the card, its live region), the way DevTools
 * does. Chromium has it (the DevTools protocol pierces shadow roots); over WebDriver BiDi a
 * closed shadow root cannot be read, so Firefox has none and checks the card on screen.
 */
export interface ShadowReader {
  cardText(page: TestPage): Promise<string | null>;
  liveText(page: TestPage): Promise<string | null>;
  cardBox(page: TestPage): Promise<{ x: number; y: number; width: number; height: number } | null>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  readonly origin: string;
  readonly profileDir: string;
  newPage(url?: string): Promise<TestPage>;
  /** Opens one of the extension's own pages (`popup.html?tab=3`, `options.html#data`) in a new tab. */
  extensionPage(path: string): Promise<TestPage>;
  /**
   * Runs `fn` in an extension context with the WebExtension API as `chrome` (Chromium's service
   * worker; in Firefox an extension page kept open for it).
   */
  inExtension<R, A = undefined>(fn: InPage<A, R>, arg?: A): Promise<R>;
  /** Fires a keyboard command of the manifest for the tab in front, the way the browser does on its shortcut. */
  command(name: string): Promise<void>;
  /** Clicks one of the extension's context-menu items for the tab in front, the way the browser reports a click. */
  menuClick(menuItemId: string, info?: { selectionText?: string; checked?: boolean }): Promise<void>;
  /** Stops the background (Chromium's service worker; Firefox's event page), as the browser does when idle. */
  stopBackground(): Promise<void>;
  /** Runs `trigger` and returns the new tab it opened whose document address satisfies `match`. */
  openedBy(trigger: () => Promise<void>, match: (url: string) => boolean, timeout?: number): Promise<TestPage>;
  /** Runs `trigger` (a click on an export button) and returns the file the browser saved. */
  download(page: TestPage, trigger: () => Promise<void>): Promise<Download>;
  /** Present where the browser's automation can read a closed shadow root (see ShadowReader). */
  readonly shadow: ShadowReader | null;
  /** Where present (Firefox), the http(s) addresses the extension requested since launch; Chromium's are in its net log (DEALLENS_NETLOG). */
  extensionRequests?(): Promise<string[]>;
  /** Errors the extension logged or threw (background, content scripts, its pages) since launch. */
  extensionErrors(): string[];
  /** Closes the browser; the profile is deleted unless `keepProfile` (a restart reopens it with `launch`). */
  close(keepProfile?: boolean): Promise<void>;
}

export interface Launcher {
  readonly name: BrowserName;
  /** Why this browser cannot run here, or null. */
  unavailable(): string | null;
  launch(profileDir?: string): Promise<TestBrowser>;
  /** The same browser without the extension, to compare pages with. */
  launchPlain(): Promise<PlainBrowser>;
}

export interface PlainBrowser {
  newPage(url: string): Promise<TestPage>;
  close(): Promise<void>;
}

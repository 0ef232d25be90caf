/**
 * The matcher a page uses: the shipped knowledge base with the reader's changes (the overlay
 * the background hands out: hidden entities and aliases left out, their own entities in).
 * Highlighting and saving share it, so a saved article records what the page shows. Built
 * when first needed, in short tasks (there may be thousands of the reader's entities), never
 * while the script loads.
 */
import { newShippedMatcher, shippedMatcher } from '../core/match/shipped';
import { EMPTY_OVERLAY, isEmptyOverlay, type KbOverlay } from '../core/kb/overlay';
import { Matcher, type MatchableEntity } from '../core/match/matcher';
import { runInTasks } from './scheduler';

/** Entities added to a matcher per step. */
const ENTITIES_PER_STEP = 200;

export class PageMatcher {
  private overlay: KbOverlay = EMPTY_OVERLAY;
  private key = JSON.stringify(EMPTY_OVERLAY);
  private current: Promise<Matcher | null> | null = null;
  /** Stops a build made stale by a newer overlay, or by teardown. */
  private building = new AbortController();
  private stopped = false;

  /** A new overlay from the background. True when it changes what is matched (the matcher is rebuilt when next needed). */
  setOverlay(overlay: KbOverlay): boolean {
    const key = JSON.stringify(overlay);
    if (key === this.key) return false;
    this.key = key;
    this.overlay = overlay;
    this.building.abort();
    this.building = new AbortController();
    this.current = null;
    return true;
  }

  /** The matcher for the latest overlay. */
  async get(): Promise<Matcher> {
    for (;;) {
      const signal = this.building.signal;
      this.current ??= build(this.overlay, signal);
      const m = await this.current;
      if (m && !signal.aborted) return m;
      // Torn down: whoever still waits matches nothing (it is being stopped too).
      if (this.stopped) return new Matcher();
      // A newer overlay came while this one was built: build that one.
    }
  }

  destroy(): void {
    this.stopped = true;
    this.building.abort();
  }
}

async function build(overlay: KbOverlay, signal: AbortSignal): Promise<Matcher | null> {
  let matcher: Matcher | null = null;
  let entities: MatchableEntity[] | null = null;
  let next = 0;
  await runInTasks(() => {
    if (isEmptyOverlay(overlay)) {
      matcher = shippedMatcher();
      return false;
    }
    if (!entities) {
      // The build's tables, less what the reader hid or replaced by their own version; then their own entities.
      const hidden = new Set(overlay.hidden);
      entities = overlay.added.filter((e) => !hidden.has(e.id));
      matcher = newShippedMatcher();
      matcher.hide([...overlay.hidden, ...overlay.added.map((e) => e.id)], overlay.hiddenAliases);
      return true;
    }
    for (const end = Math.min(entities.length, next + ENTITIES_PER_STEP); next < end; next++) matcher!.add(entities[next]);
    return next < entities.length;
  }, signal);
  return signal.aborted ? null : matcher;
}

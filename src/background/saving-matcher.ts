/**
 * The matcher saving uses: the shipped knowledge base with the reader's changes, so a saved
 * article records mentions of the reader's own entities and none of what they hid. Rebuilt
 * only when the overlay changes.
 */
import { shippedMatcher } from '../core/analyse';
import { kbEntities } from '../core/kb';
import { Matcher } from '../core/match/matcher';
import { applyOverlay, isEmptyOverlay } from '../core/kb/overlay';
import { loadOverlay, onOverlayChanged } from '../platform/overlay-storage';

let current: Promise<Matcher> | null = null;
onOverlayChanged(() => {
  current = null;
});

export function savingMatcher(): Promise<Matcher> {
  current ??= loadOverlay().then((o) => {
    if (isEmptyOverlay(o)) return shippedMatcher();
    const { base, added } = applyOverlay(kbEntities, o);
    const m = new Matcher(base);
    for (const e of added) m.add(e);
    return m;
  });
  return current;
}

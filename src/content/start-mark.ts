/**
 * The content script's first line (the entry imports this first, so it runs before any other
 * module of the bundle is evaluated): where the `deallens:start` measure begins (DESIGN.md,
 * contract 2).
 */
// Older engines return nothing from mark(): the time is taken alongside.
const now = performance.now();
export const scriptStart = performance.mark('deallens:script')?.startTime ?? now;

/**
 * Cuts work into short tasks so the page's main thread is never held for long: each task runs
 * steps until its budget is spent, then yields to the page (input, rendering, its own scripts).
 */
const TASK_BUDGET_MS = 12;

const channel = typeof MessageChannel === 'function' ? new MessageChannel() : null;
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();

/** Yields to the event loop without setTimeout's clamping. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    if (channel) {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

/**
 * Runs `step` (one bounded piece of work; false when nothing is left) in tasks of at most
 * about TASK_BUDGET_MS. `signal` stops it between steps. Resolves to the time spent working
 * (not waiting), so a caller can keep its share of the page's time bounded.
 */
export async function runInTasks(step: () => boolean, signal: AbortSignal): Promise<number> {
  let worked = 0;
  for (;;) {
    const start = performance.now();
    try {
      while (performance.now() - start < TASK_BUDGET_MS) {
        if (signal.aborted) return worked;
        if (!step()) return worked;
      }
    } finally {
      worked += performance.now() - start;
    }
    await yieldToPage();
  }
}

type IdleWindow = { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => number };

/**
 * Resolves when the page is idle (its own loading work done), or after `timeoutMs` on a page
 * that never is; a short delay where requestIdleCallback is missing.
 */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const ric = (globalThis as IdleWindow).requestIdleCallback;
    if (typeof ric === 'function') ric(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, Math.min(timeoutMs, 100));
  });
}

/**
 * How long the browser takes to render the next frame (style, layout, paint): from its
 * animation-frame callbacks to the first task after it. Never resolves in a hidden tab.
 */
export function nextRenderTime(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      void yieldToPage().then(() => resolve(performance.now() - start));
    });
  });
}

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
 * about TASK_BUDGET_MS. `signal` stops it between steps.
 */
export async function runInTasks(step: () => boolean, signal: AbortSignal): Promise<void> {
  for (;;) {
    const start = performance.now();
    while (performance.now() - start < TASK_BUDGET_MS) {
      if (signal.aborted) return;
      if (!step()) return;
    }
    await yieldToPage();
  }
}

/**
 * The tasks of a page's main thread, from a DevTools trace, and the share of each that ran
 * DealLens's content script (its script evaluation and every call into it: timers, idle
 * callbacks, message ports, observers), told by the CPU profiler's samples. The longtask API
 * only reports tasks over 50 ms; a trace gives every task, so DealLens's longest one can be told
 * even when it is short.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface TracedTask {
  /** Milliseconds, on the trace's clock. */
  start: number;
  duration: number;
  /** Time spent in the content script's code within it. */
  script: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}

/**
 * A task: an outermost event of the `toplevel` category on the thread. Not only the scheduler's
 * RunTask: an IPC message handled outside it, with its microtask checkpoint, is one too (an
 * earlier build read a whole 5 MB page there, in one go).
 */
const isTask = (e: TraceEvent) => e.ph === 'X' && e.dur !== undefined && (e.cat ?? '').split(',').includes('toplevel');
const OURS = /^chrome-extension:\/\/[^/]+\/content\.js/;

export interface PageTrace {
  /** Every task of the page's main thread, with the content script's time in it (0 in most). */
  tasks: TracedTask[];
  /** All the time the content script was on the stack, in ms, tasks or not. */
  script: number;
}

/**
 * Runs `during` with the browser traced; returns the tasks of the page's main thread (the
 * renderer's main thread where the content script ran, else the busiest one), each with the
 * time the content script was on the stack (the CPU profiler's samples).
 */
export async function traceTasks(page: Page, during: () => Promise<void>): Promise<PageTrace> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'disabled-by-default-v8.cpu_profiler', '__metadata'] }, transferMode: 'ReportEvents' } as never);
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`));
  const candidates: { tasks: TracedTask[]; ours: number; busy: number; script: number }[] = [];
  for (const profile of events.filter((e) => e.name === 'Profile' && mainThreads.has(`${e.pid}/${e.tid}`))) {
    const nodes = new Map<number, ProfileNode>();
    const ours = new Map<number, boolean>();
    const isOurs = (id: number): boolean => {
      const known = ours.get(id);
      if (known !== undefined) return known;
      const n = nodes.get(id);
      const v = n ? OURS.test(n.callFrame.url ?? '') || (n.parent !== undefined && isOurs(n.parent)) : false;
      ours.set(id, v);
      return v;
    };
    const samples: { t: number; ours: boolean }[] = [];
    let t = profile.args?.data?.startTime ?? profile.ts;
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid)) {
      const data = chunk.args!.data!;
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      (data.cpuProfile?.samples ?? []).forEach((id, i) => {
        t += data.timeDeltas?.[i] ?? 0;
        samples.push({ t, ours: isOurs(id) });
      });
    }
    const all = events.filter((e) => e.pid === profile.pid && e.tid === profile.tid && isTask(e)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const tasks: TracedTask[] = [];
    let k = 0;
    let end = -Infinity;
    for (const task of all) {
      if (task.ts < end) continue; // nested in the task before
      end = task.ts + task.dur!;
      while (k < samples.length && samples[k].t < task.ts) k++;
      let mine = 0;
      for (let j = k; j < samples.length && samples[j].t < end; j++) if (samples[j].ours) mine += Math.min(samples[j + 1]?.t ?? end, end) - samples[j].t;
      tasks.push({ start: task.ts / 1000, duration: task.dur! / 1000, script: mine / 1000 });
    }
    let script = 0;
    samples.forEach((x, j) => {
      if (x.ours && j + 1 < samples.length) script += samples[j + 1].t - x.t;
    });
    candidates.push({ tasks, ours: samples.filter((x) => x.ours).length, busy: tasks.reduce((n, x) => n + x.duration, 0), script: script / 1000 });
  }
  candidates.sort((a, b) => b.ours - a.ours || b.busy - a.busy);
  return { tasks: candidates[0]?.tasks ?? [], script: candidates[0]?.script ?? 0 };
}

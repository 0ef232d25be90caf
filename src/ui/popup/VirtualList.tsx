import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  ids: string[];
  rowHeight: number;
  /** Reads the records of these ids (a page at a time), in the same order. */
  fetch: (ids: string[]) => Promise<(T | undefined)[]>;
  row: (item: T | undefined, id: string, index: number) => ComponentChildren;
  label: string;
  /** 'list' (rows are list items) or 'table' (rows are table rows; a header is given). */
  kind?: 'list' | 'table';
  header?: ComponentChildren;
  /** Called when the rows of a new list of ids are on screen (the first render, and each new result). */
  onPainted?: (ids: string[]) => void;
  /** Changes when records changed under the same ids, so cached rows are read again. */
  version?: number;
}

const OVERSCAN = 6;

/**
 * A list that only renders the rows in view, and only reads their records: 10,000 saved
 * articles cost what 20 do. Arrow keys, Home and End move between rows, scrolling as they go,
 * so the list is usable without a mouse although most rows are not in the DOM.
 */
export function VirtualList<T>({ ids, rowHeight, fetch, row, label, kind = 'list', header, onPainted, version = 0 }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const cache = useRef(new Map<string, T | undefined>());
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(400);
  const [, setLoaded] = useState(0);
  const focusIndex = useRef<number | null>(null);
  const paintedFor = useRef<string[] | null>(null);

  useEffect(() => {
    cache.current.clear();
  }, [version]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setHeight(el.clientHeight || 400);
    const ro = new ResizeObserver(() => setHeight(el.clientHeight || 400));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(ids.length, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  const shown = ids.slice(first, last);

  useEffect(() => {
    const missing = shown.filter((id) => !cache.current.has(id));
    if (missing.length === 0) return;
    let live = true;
    void fetch(missing).then((records) => {
      missing.forEach((id, i) => cache.current.set(id, records[i]));
      if (live) setLoaded((n) => n + 1);
    });
    return () => void (live = false);
  }, [first, last, ids, version]);

  useEffect(() => {
    if (paintedFor.current !== ids && shown.every((id) => cache.current.has(id))) {
      paintedFor.current = ids;
      onPainted?.(ids);
    }
    if (focusIndex.current !== null) {
      const el = box.current?.querySelector<HTMLElement>(`[data-index="${focusIndex.current}"] :is(button, a, [tabindex])`);
      if (el) {
        el.focus({ preventScroll: true });
        focusIndex.current = null;
      }
    }
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const at = Number((document.activeElement?.closest('[data-index]') as HTMLElement | null)?.dataset.index ?? -1);
    if (at < 0) return;
    const step: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: ids.length - 1, PageDown: at + 10, PageUp: at - 10 };
    if (!(e.key in step)) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(ids.length - 1, step[e.key]));
    const el = box.current!;
    if (next * rowHeight < el.scrollTop) el.scrollTop = next * rowHeight;
    else if ((next + 1) * rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = (next + 1) * rowHeight - el.clientHeight;
    const row = el.querySelector<HTMLElement>(`[data-index="${next}"] :is(button, a, [tabindex])`);
    if (row) row.focus({ preventScroll: true });
    else focusIndex.current = next;
    setTop(el.scrollTop);
  };

  const rowRole = kind === 'table' ? 'row' : 'listitem';
  return (
    <div class="vlist" ref={box} role={kind === 'table' ? 'table' : 'list'} aria-label={label} aria-rowcount={kind === 'table' ? ids.length + 1 : undefined} onScroll={(e) => setTop((e.target as HTMLElement).scrollTop)} onKeyDown={onKeyDown}>
      {header}
      <div class="vlist-space" role="presentation" style={{ height: `${ids.length * rowHeight}px` }}>
        {shown.map((id, i) => (
          <div key={id} class="vlist-row" role={rowRole} aria-rowindex={kind === 'table' ? first + i + 2 : undefined} data-index={first + i} style={{ top: `${(first + i) * rowHeight}px`, height: `${rowHeight}px` }}>
            {row(cache.current.get(id), id, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}

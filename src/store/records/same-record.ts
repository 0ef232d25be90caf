/** Whether two records hold the same values, whatever the order of their keys (a file's and the store's differ). */
function stable(x: unknown, ignore: ReadonlySet<string>): unknown {
  if (Array.isArray(x)) return x.map((y) => stable(y, new Set()));
  if (x && typeof x === 'object') {
    return Object.keys(x)
      .filter((k) => !ignore.has(k) && (x as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => [k, stable((x as Record<string, unknown>)[k], new Set())]);
  }
  return x;
}

export function sameRecord(a: unknown, b: unknown, ignore: readonly string[] = []): boolean {
  const skip = new Set(ignore);
  return JSON.stringify(stable(a, skip)) === JSON.stringify(stable(b, skip));
}

/**
 * The one slug: knowledge-base ids (DESIGN.md, contract 6), the reader's own entities, stored
 * articles and proposed deals. "Voltaro Mobility" → "voltaro-mobility", "D'Ieteren" → "dieteren".
 */
export function slugOf(name: string, fallback = 'entity'): string {
  const s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
  return s || fallback;
}

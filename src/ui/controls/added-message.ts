/**
 * What "Add to DealLens as…" says once the background answered (add-entity): the card of a name
 * never seen and the popup's new names say the same, each through its own context's i18n.
 */
import type { Response, toBackground } from '../../messages';

export function addedMessage(r: Response<typeof toBackground, 'add-entity'>, t: (key: string, subs?: string) => string): string {
  return r.outcome === 'form' ? t('addFormOpened') : r.linked > 0 ? t('addedLinked', String(r.linked)) : t('addedName');
}

/**
 * "Add to DealLens as fund / company / accelerator / person" on selected text. When nothing in
 * the store is close to the selection, the entity is created at once and open tabs repaint;
 * when something is (the same name, or one inside the other), the options page opens on a
 * form where the reader chooses between a new entity and an alias of an existing one.
 */
import browser from 'webextension-polyfill';
import { ENTITY_TYPES, type EntityType } from '../core/kb/types';
import { addUserEntity } from '../store/entity-edits';
import { linkPastMentions } from '../store/link-past-mentions';
import { db } from '../store/open';
import { isShortAlias } from '../store/records/check-record';
import { similarEntities } from '../store/similar';
import { publishOverlay } from './overlay-publisher';

const PREFIX = 'deallens-add-';
const MAX_SELECTION = 200;

export function createAddMenus(): void {
  for (const type of ENTITY_TYPES) browser.contextMenus.create({ id: `${PREFIX}${type}`, contexts: ['selection'], title: browser.i18n.getMessage(`menuAdd_${type}`) });
}

/** The entity type of one of these menu items, or null for any other menu item. */
export function addMenuType(menuItemId: string | number): EntityType | null {
  const type = String(menuItemId).startsWith(PREFIX) ? String(menuItemId).slice(PREFIX.length) : '';
  return (ENTITY_TYPES as readonly string[]).includes(type) ? (type as EntityType) : null;
}

/** The options page's form for this selection and type. */
export const addFormUrl = (text: string, type: EntityType) => browser.runtime.getURL(`options.html#add?${new URLSearchParams({ text, type })}`);

export interface Added {
  outcome: 'added' | 'form';
  id: string | null;
  /** Saved articles that named it before and are now linked to it. */
  linked: number;
}

export async function addFromSelection(selection: string, type: EntityType): Promise<Added | null> {
  const text = selection.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const store = await db();
  const similar = text.length > MAX_SELECTION ? [] : similarEntities(await store.entities.toArray(), text);
  if (similar.length > 0 || text.length > MAX_SELECTION || isShortAlias(text)) {
    // The form says what is wrong with a selection too long to be a name, and asks before taking one too short.
    await browser.tabs.create({ url: addFormUrl(text.slice(0, 1000), type) });
    return { outcome: 'form', id: null, linked: 0 };
  }
  const e = await addUserEntity(store, { name: text, type });
  const linked = await linkPastMentions(store, e);
  await publishOverlay();
  return { outcome: 'added', id: e.id, linked };
}

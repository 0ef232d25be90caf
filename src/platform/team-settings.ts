/**
 * The team collection's settings in storage.local (contract 7: the `sync` key). Kept there only:
 * never exported, logged or synced; removed with one call. The background starts replicating when
 * they are set and enabled, and stops when they are not.
 */
import browser from 'webextension-polyfill';
import { originCovered, sanitizeTeamSettings, TEAM_SETTINGS_KEY, type TeamSettings } from '../core/team/team-settings';

export { TEAM_SETTINGS_KEY, type TeamSettings } from '../core/team/team-settings';

export async function loadTeamSettings(): Promise<TeamSettings | null> {
  const got = await browser.storage.local.get(TEAM_SETTINGS_KEY);
  return sanitizeTeamSettings(got[TEAM_SETTINGS_KEY]);
}

export async function saveTeamSettings(settings: TeamSettings): Promise<void> {
  const clean = sanitizeTeamSettings(settings);
  if (!clean) throw new Error('Not a usable team database address.');
  await browser.storage.local.set({ [TEAM_SETTINGS_KEY]: clean });
}

export const removeTeamSettings = () => browser.storage.local.remove(TEAM_SETTINGS_KEY);

/** Calls back with the new settings (null when removed or unusable) whenever any context changes them. */
export function onTeamSettingsChanged(callback: (s: TeamSettings | null) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && TEAM_SETTINGS_KEY in changes) callback(sanitizeTeamSettings(changes[TEAM_SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The origin's host permission, asked at the reader's click (optional_host_permissions): nothing is
 * contacted before it is granted. Called first thing in the click's handler, before any await:
 * Firefox grants a request only while the click's user gesture lasts (one already granted is not asked again).
 */
export function askForOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

/** Whether the background may reach the origin: granted on its own, or covered by the host permissions the extension holds. */
export async function hasOrigin(origin: string): Promise<boolean> {
  if (await browser.permissions.contains({ origins: [`${origin}/*`] })) return true;
  return originCovered(origin, (await browser.permissions.getAll()).origins ?? []);
}

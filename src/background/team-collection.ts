/**
 * The team collection in the background: replication follows the settings (contract 7) from
 * every start of the worker, the store's changes are sent as they happen, and the pages' questions
 * (test connection, status, conflicts) are answered. With no settings, nothing here contacts
 * anything.
 */
import browser from 'webextension-polyfill';
import type { Handlers, toBackground } from '../messages';
import { hasOrigin, loadTeamSettings, onTeamSettingsChanged } from '../platform/team-settings';
import { db } from '../store/open';
import { onTablesChanged } from '../store/store-changes';
import { checkConnection } from './team/check-connection';
import { TeamReplication } from './team/team-replication';
import { publishOverlay } from './overlay-publisher';
import { extensionPagesOnly } from './sender-rights';

const ALARM = 'deallens-team';

const team = new TeamReplication({ store: db, entitiesChanged: publishOverlay, mayContact: hasOrigin });

async function follow(): Promise<void> {
  const settings = await loadTeamSettings();
  await team.follow(settings);
  // The worker is stopped when idle: an alarm wakes it each minute while the team collection is on, so replication goes on.
  if (settings?.enabled) await browser.alarms.create(ALARM, { periodInMinutes: 1 });
  else await browser.alarms.clear(ALARM);
}

let following: Promise<void> = Promise.resolve();
const refollow = () => {
  following = following.then(follow).catch((err) => console.warn('DealLens: the team collection could not start.', err));
  return following;
};

export function startTeamCollection(): void {
  void refollow();
  onTeamSettingsChanged(() => void refollow());
  onTablesChanged(['entities', 'deals', 'articles'], () => team.nudge());
  // Waking is what the alarm is for: the worker's start has already followed the settings.
  browser.alarms.onAlarm.addListener(() => undefined);
}

/**
 * Once a browser session, when the store is opened anyway (background/index.ts): with the team
 * collection off, the marks of what changed are swapped for one (team-replication.ts), so they do not
 * pile up. Not at every start of the worker, which would open the store for pages that need nothing of it.
 */
export async function settleTeamMarks(): Promise<void> {
  await following;
  await team.forgetMarks();
}

type TeamHandlers = Pick<Handlers<typeof toBackground, { sender: browser.Runtime.MessageSender }>, 'team-check' | 'team-status' | 'team-nudge' | 'team-versions' | 'team-resolve'>;

export const teamHandlers: TeamHandlers = {
  'team-check': async ({ url, username, password, create }, { sender }) => {
    extensionPagesOnly(sender);
    return { ok: true, result: await checkConnection({ url, username, password }, { create: create === true }) };
  },
  'team-status': async (_payload, { sender }) => {
    extensionPagesOnly(sender);
    await following;
    return { ok: true, status: await team.status() };
  },
  'team-nudge': async (_payload, { sender }) => {
    extensionPagesOnly(sender);
    team.nudge();
    return { ok: true };
  },
  'team-versions': async ({ key }, { sender }) => {
    extensionPagesOnly(sender);
    return { ok: true, versions: await team.versions(key) };
  },
  'team-resolve': async ({ key, keep, record }, { sender }) => {
    extensionPagesOnly(sender);
    await team.resolve(key, keep, record);
    return { ok: true };
  },
};

import browser from 'webextension-polyfill';
import { useConnector } from '../../connect/connector';
import { useTeamStatus } from '../../connect/use-team-status';
import { t } from '../../controls/i18n';
import { TeamStatusLine } from '../../controls/TeamStatusLine';

/** The team collection's status under the collection, when it is set up; records in conflict open the options page, where a reader picks the version to keep. */
export function TeamLine() {
  const { status } = useTeamStatus(useConnector());
  if (!status || status.state === 'off') return null;
  return (
    <div class="team-line">
      <TeamStatusLine status={status} />
      {status.conflicts.length > 0 && (
        <>
          <p class="team-conflicts-title">{t('teamConflicts')}</p>
          <ul class="team-conflicts">
            {status.conflicts.map((c) => (
              <li key={c.key} data-key={c.key}>
                <span class="badge">{t('teamInConflict')}</span>{' '}
                <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('options.html#team') })}>
                  {t('teamResolve', c.title)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

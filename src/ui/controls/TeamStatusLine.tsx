import type { TeamStatus } from '../../messages';
import { t } from './i18n';

const stateKey = (state: TeamStatus['state']) => `teamState${state.replace(/-/g, '')}`;

/** Where the team collection stands, for the popup and the options page: state and reason, last change received, changes waiting, records refused. */
export function TeamStatusLine({ status }: { status: TeamStatus }) {
  const when = status.lastReceived ? new Date(status.lastReceived).toLocaleString() : '';
  return (
    <div class="team-status" data-state={status.state}>
      <p>
        <strong>{t(stateKey(status.state))}</strong>
        {status.reason ? <span class="team-reason">{` (${t(status.reason)})`}</span> : null}
      </p>
      {status.state !== 'off' && (
        <ul class="team-facts">
          {when && <li>{t('teamLastReceived', when)}</li>}
          <li class="team-waiting">{t('teamWaiting', String(status.waiting))}</li>
          {status.refused.length > 0 && <li class="team-refused">{t('teamRefused', String(status.refused.length))}</li>}
        </ul>
      )}
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { databaseAddress } from '../../core/team/team-settings';
import { differingFields, mergeVersions } from '../../core/team/version-merge';
import type { Response, TeamStatus } from '../../messages';
import { askForOrigin, loadTeamSettings, removeTeamSettings, saveTeamSettings } from '../../platform/team-settings';
import { useConnector, type ToBackground } from '../connect/connector';
import { useTeamStatus } from '../connect/use-team-status';
import { t } from '../controls/i18n';
import { Status } from '../controls/Status';
import { TeamStatusLine } from '../controls/TeamStatusLine';

type CheckResult = Response<ToBackground, 'team-check'>['result'];
type Version = Response<ToBackground, 'team-versions'>['versions'][number];

/** The check's outcome in the reader's words. */
function saidOf(r: CheckResult): string {
  if (!r.ok) return r.problem === 'teamServerError' ? t('teamServerError', r.detail ?? '?') : t(r.problem);
  const parts = [t('teamOk', r.user)];
  if (r.created) parts.push(t('teamCreated'));
  if (r.design !== 'present') parts.push(t(r.design === 'installed' ? 'teamDesignInstalled' : 'teamDesignMissing'));
  return parts.join(' ');
}

/**
 * "Team collection" of the options page: the team's CouchDB database, the reader's user and
 * password; "Test connection" says what is wrong; "Save and sync" starts replication (contract 7).
 * The origin's permission is asked at the click, before anything is contacted.
 */
export function TeamCollection() {
  const connector = useConnector();
  const { status, refresh } = useTeamStatus(connector);
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [enabled, setEnabled] = useState(false);
  const [said, setSaid] = useState('');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    void loadTeamSettings().then((s) => {
      if (!s) return;
      setUrl(s.url);
      setUsername(s.username);
      setPassword(s.password);
      setEnabled(s.enabled);
    });
  }, []);

  const say = (text: string, bad: boolean) => {
    setSaid(text);
    setFailed(bad);
  };

  /** The check, after the origin's permission (asked first thing in the click). */
  const check = async (granted: Promise<boolean>, create = false): Promise<CheckResult | null> => {
    if (!(await granted.catch(() => false))) {
      say(t('teamNoPermission'), true);
      return null;
    }
    const r = (await connector.askBackground('team-check', { url, username, password, ...(create ? { create } : {}) }, 30_000)).result;
    setMissing(!r.ok && r.problem === 'teamMissing');
    say(saidOf(r), !r.ok);
    return r;
  };

  /** Every action begins here, in the click: the address checked, the permission asked before any await. */
  const act = (f: (granted: Promise<boolean>) => Promise<void>) => {
    const address = databaseAddress(url);
    if (!address.ok) {
      say(t(address.problem), true);
      return;
    }
    const granted = askForOrigin(address.address.origin);
    setBusy(true);
    void f(granted)
      .catch((err: unknown) => say(err instanceof Error ? err.message : String(err), true))
      .finally(() => {
        setBusy(false);
        refresh();
      });
  };

  const start = (granted: Promise<boolean>) =>
    check(granted).then(async (r) => {
      if (!r?.ok) return;
      await saveTeamSettings({ enabled: true, url, username, password });
      setEnabled(true);
      say(`${saidOf(r)} ${t('teamStarted')}`, false);
    });

  return (
    <section id="team" aria-labelledby="team-title">
      <h2 id="team-title">{t('teamTitle')}</h2>
      <p class="muted">{t('teamIntro')}</p>
      <form
        class="team-form"
        onSubmit={(e) => {
          e.preventDefault();
          act(start);
        }}
      >
        <label class="field">
          <span>{t('teamUrl')}</span>
          <input name="team-url" type="url" inputMode="url" autoComplete="off" spellcheck={false} value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>{t('teamUser')}</span>
          <input name="team-user" autoComplete="username" value={username} onInput={(e) => setUsername((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>{t('teamPassword')}</span>
          <input name="team-password" type="password" autoComplete="current-password" value={password} onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
        </label>
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => act((g) => check(g).then(() => undefined))}>
            {t('teamTest')}
          </button>
          {missing && (
            <button type="button" disabled={busy} onClick={() => act((g) => check(g, true).then(() => undefined))}>
              {t('teamCreate')}
            </button>
          )}
          <button type="submit" class="primary" disabled={busy}>
            {t('teamStart')}
          </button>
          {enabled && (
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void saveTeamSettings({ enabled: false, url, username, password }).then(() => {
                  setEnabled(false);
                  say(t('teamStopped'), false);
                  refresh();
                })
              }
            >
              {t('teamStop')}
            </button>
          )}
          <button
            type="button"
            class="danger"
            disabled={busy}
            onClick={() =>
              void removeTeamSettings().then(() => {
                setUrl('');
                setUsername('');
                setPassword('');
                setEnabled(false);
                say(t('teamRemoved'), false);
                refresh();
              })
            }
          >
            {t('teamRemove')}
          </button>
        </div>
      </form>
      <Status said={said} failed={failed} />
      {status && <TeamStatusLine status={status} />}
      {status && status.conflicts.length > 0 && <Conflicts status={status} onResolved={refresh} />}
    </section>
  );
}

/** The records in conflict, each with its versions side by side and a choice of the one to keep. */
function Conflicts({ status, onResolved }: { status: TeamStatus; onResolved: () => void }) {
  const connector = useConnector();
  const [open, setOpen] = useState<string | null>(null);
  const [versions, setVersions] = useState<Version[]>([]);
  const [said, setSaid] = useState('');
  const [failed, setFailed] = useState(false);
  const show = async (key: string) => {
    setOpen(key);
    setVersions((await connector.askBackground('team-versions', { key })).versions);
  };
  const [merging, setMerging] = useState(false);
  const keep = async (key: string, rev: string, record?: Record<string, unknown>) => {
    try {
      await connector.askBackground('team-resolve', { key, keep: rev, ...(record ? { record } : {}) });
      setSaid(t('teamResolved'));
      setFailed(false);
      setOpen(null);
      setMerging(false);
      onResolved();
    } catch (err) {
      setSaid(err instanceof Error ? err.message : String(err));
      setFailed(true);
    }
  };
  return (
    <div class="team-conflicts">
      <h3>{t('teamConflicts')}</h3>
      <ul>
        {status.conflicts.map((c) => (
          <li key={c.key} data-key={c.key}>
            <button type="button" class="link" aria-expanded={open === c.key} onClick={() => void show(c.key)}>
              {t('teamResolve', c.title)}
            </button>
            {open === c.key && (
              <ul class="team-versions">
                {versions.map((v) => (
                  <li key={v.rev} data-rev={v.rev}>
                    <p class="muted">{t('teamVersionBy', [v.changedBy, new Date(v.changedAt).toLocaleString()])}</p>
                    <pre class="team-version">{versionText(v.record)}</pre>
                    <button type="button" onClick={() => void keep(c.key, v.rev)}>
                      {t('teamKeep', v.changedBy)}
                    </button>
                  </li>
                ))}
                {versions.length > 1 && (
                  <li>
                    <button type="button" aria-expanded={merging} onClick={() => setMerging(!merging)}>
                      {t('teamMerge')}
                    </button>
                    {merging && <MergeForm versions={versions} onKeep={(record) => void keep(c.key, versions[0]!.rev, record)} />}
                  </li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <Status said={said} failed={failed} />
    </div>
  );
}

/** A merge picked field by field: each field the versions disagree on, with each version's value; the shown version's is picked first. */
function MergeForm({ versions, onKeep }: { versions: Version[]; onKeep: (record: Record<string, unknown>) => void }) {
  const records = versions.map((v) => v.record);
  const fields = differingFields(records);
  const [picked, setPicked] = useState<Record<string, number>>({});
  const submit = (e: Event) => {
    e.preventDefault();
    onKeep(mergeVersions(records, picked));
  };
  return (
    <form class="team-merge" onSubmit={submit}>
      {fields.map((field) => (
        <fieldset key={field} data-field={field}>
          <legend>{field}</legend>
          {versions.map((v, i) => (
            <label key={v.rev}>
              <input type="radio" name={`merge-${field}`} checked={(picked[field] ?? 0) === i} onChange={() => setPicked({ ...picked, [field]: i })} />
              {`${v.changedBy}: ${valueText((v.record as Record<string, unknown> | null)?.[field])}`}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit">{t('teamMergeKeep')}</button>
    </form>
  );
}

const valueText = (x: unknown) => (x === undefined || x === '' ? '—' : typeof x === 'string' ? x : JSON.stringify(x)).slice(0, 1000);

/** What differs between versions a reader can see: the fields a reader edits, as text (never markup). */
function versionText(record: unknown): string {
  if (!record || typeof record !== 'object') return '';
  const r = record as Record<string, unknown>;
  const fields = ['title', 'name', 'summary', 'amount', 'date', 'notes', 'tags', 'description', 'status'];
  return fields
    .filter((f) => r[f] !== undefined && r[f] !== '')
    .map((f) => `${f}: ${valueText(r[f])}`)
    .join('\n')
    .slice(0, 4000);
}

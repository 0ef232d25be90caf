import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, setDiscover, setGlobal, setMode, setSite, unlistSite, type Settings, type SiteMode } from '../../platform/settings';
import { siteFromInput } from '../../core/sites/site-rules';
import { t } from '../controls/i18n';

/** Where DealLens runs: on or off everywhere, and the list of sites it is off on (or, in "only listed" mode, on). */
export function Sites() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  const only = settings.mode === 'only-listed';
  const list = only ? settings.enabledSites : settings.disabledSites;
  const modes: [SiteMode, string][] = [
    ['except-listed', 'modeExcept'],
    ['only-listed', 'modeOnly'],
  ];

  return (
    <section id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('navSites')}</h2>
      <label class="choice">
        <input type="checkbox" role="switch" checked={settings.enabled} onChange={(e) => void setGlobal((e.target as HTMLInputElement).checked).then(setSettings)} /> {t('switchGlobal')}
      </label>
      <label class="choice">
        <input type="checkbox" role="switch" name="discover" checked={settings.discover} onChange={(e) => void setDiscover((e.target as HTMLInputElement).checked).then(setSettings)} /> {t('switchDiscover')}
      </label>
      <fieldset>
        <legend>{t('sitesMode')}</legend>
        {modes.map(([mode, key]) => (
          <label class="choice" key={mode}>
            <input type="radio" name="site-mode" checked={settings.mode === mode} onChange={() => void setMode(mode).then(setSettings)} /> {t(key)}
          </label>
        ))}
      </fieldset>
      <h3 id="site-list-title">{t(only ? 'sitesOnList' : 'sitesOffList')}</h3>
      {list.length === 0 ? (
        <p class="muted">{t('sitesEmpty')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="site-list-title">
          {list.map((site) => (
            <li key={site} data-site={site}>
              <span>{site}</span>
              <button type="button" onClick={() => void unlistSite(site).then(setSettings)}>
                {t('removeSite', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const site = siteFromInput(input);
          if (!site) {
            setError(t('badSite', input.trim()));
            return;
          }
          setError('');
          setInput('');
          // Listing a site means: off in the usual mode, on in "only listed" mode.
          void setSite(site, only).then(setSettings);
        }}
      >
        <label class="field">
          <span>{t('addSite')}</span>
          <input value={input} aria-invalid={error ? 'true' : undefined} aria-describedby="site-error" onInput={(e) => setInput((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('addSiteButton')}</button>
      </form>
      <p id="site-error" role="status" class="error">
        {error}
      </p>
    </section>
  );
}

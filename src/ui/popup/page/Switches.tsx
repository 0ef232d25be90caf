import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, isActiveOn, loadSettings, onSettingsChanged, setGlobal, setSite, type Settings } from '../../../platform/settings';
import { t } from '../../controls/i18n';


/** DealLens on or off: everywhere, and on this page's site. Takes effect at once in open tabs. */
export function Switches({ site }: { site: string | null }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  return (
    <section class="switches" aria-label="DealLens">
      <label class="switch">
        <input type="checkbox" role="switch" checked={settings.enabled} onChange={(e) => void setGlobal((e.target as HTMLInputElement).checked).then(setSettings)} />
        <span>{t('switchGlobal')}</span>
      </label>
      {site ? (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            disabled={!settings.enabled}
            checked={isActiveOn({ ...settings, enabled: true }, site)}
            onChange={(e) => void setSite(site, (e.target as HTMLInputElement).checked).then(setSettings)}
          />
          <span>{t('switchSite', site)}</span>
        </label>
      ) : (
        <p class="muted">{t('noSite')}</p>
      )}
    </section>
  );
}

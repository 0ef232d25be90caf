import { useEffect, useState } from 'preact/hooks';
import { AddForm, addRequest } from './AddForm';
import { DataPanel } from './DataPanel';
import { t } from '../controls/i18n';
import { useConnector } from '../connect/connector';
import { kbChanged } from './kb-changed';
import { KbBrowser } from './KbBrowser';
import { Sites } from './Sites';
import { TeamCollection } from './TeamCollection';
import { useEntities } from './use-entities';

/** The options page: the knowledge base, the sites, the data; and the "Add to DealLens as…" choice when opened for it. */
export function OptionsPage() {
  const connector = useConnector();
  const { entities, reload, error } = useEntities();
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const add = addRequest(hash);
  // Every entity change goes through here: the page reads the store again, open tabs repaint.
  const onChanged = async () => {
    await reload();
    await kbChanged(connector);
  };

  return (
    <>
      <header class="top">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsTitle')}>
          <a href="#kb">{t('navKb')}</a>
          <a href="#sites">{t('navSites')}</a>
          <a href="#team">{t('teamTitle')}</a>
          <a href="#data">{t('navData')}</a>
        </nav>
      </header>
      <main>
        {error && <p class="error" role="alert">{error}</p>}
        {add && entities.length > 0 && <AddForm key={hash} text={add.text} type={add.type} entities={entities} onChanged={onChanged} />}
        <KbBrowser entities={entities} onChanged={onChanged} />
        <Sites />
        <TeamCollection />
        <DataPanel entities={entities} onChanged={onChanged} />
      </main>
    </>
  );
}

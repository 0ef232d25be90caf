import { useState } from 'preact/hooks';
import type { EntityRecord } from '../../store/schema';
import { DeleteEverything } from './DeleteEverything';
import { ExportImport } from './ExportImport';
import { t } from '../controls/i18n';
import { RestoredNotice } from './RestoredNotice';
import { StorageUsed } from './StorageUsed';

/** The reader's data: export, import, the storage it takes, and deleting it all. */
export function DataPanel({ entities, onChanged }: { entities: readonly EntityRecord[]; onChanged: () => Promise<void> }) {
  const [version, setVersion] = useState(0);
  const changed = async () => {
    await onChanged();
    setVersion((v) => v + 1);
  };
  return (
    <section id="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('navData')}</h2>
      <RestoredNotice />
      <StorageUsed version={version} />
      <ExportImport entities={entities} onChanged={changed} />
      <DeleteEverything onChanged={changed} />
    </section>
  );
}

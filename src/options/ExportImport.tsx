import { useState } from 'preact/hooks';
import { download } from '../shared/download';
import { exportFile, type ExportKind } from '../store/export-files';
import { importExport, ImportError } from '../store/import-export';
import { db } from '../store/open';
import type { EntityRecord } from '../store/schema';
import { t } from '../shared/i18n';
import { Status } from './Status';
import { useAction } from './use-action';

interface Props {
  entities: readonly EntityRecord[];
  onChanged: () => Promise<void>;
}

/** Export the store (JSON, or deals and articles as CSV) and import an export back, with its progress. */
export function ExportImport({ entities, onChanged }: Props) {
  const [progress, setProgress] = useState<number | null>(null);
  const action = useAction();
  const nameOf = (id: string) => entities.find((e) => e.id === id)?.name ?? id;

  const exportAs = (kind: ExportKind) =>
    action.run(async () => {
      download(await exportFile(await db(), kind, nameOf));
    });

  const importFile = (file: File) =>
    action.run(async () => {
      setProgress(0);
      try {
        const raw = await file.text();
        const r = await importExport(await db(), raw, setProgress);
        await onChanged();
        return t('imported', [String(r.entities), String(r.deals), String(r.articles)]);
      } catch (err) {
        setProgress(null);
        // A refused file is said plainly; the store is as it was (validation comes before the one write).
        if (err instanceof ImportError) throw new ImportError(t('importFailed', err.message));
        throw err;
      }
    });

  return (
    <div class="export-import">
      <h3>{t('exportTitle')}</h3>
      <div class="actions">
        <button type="button" onClick={() => exportAs('json')}>{t('exportJson')}</button>
        <button type="button" onClick={() => exportAs('deals')}>{t('exportDeals')}</button>
        <button type="button" onClick={() => exportAs('articles')}>{t('exportArticles')}</button>
      </div>
      <h3>{t('importTitle')}</h3>
      <label class="field">
        <span>{t('importFile')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={action.busy}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {progress !== null && (
        <p class="progress">
          <progress id="import-progress" value={progress} max={1} aria-label={t('importProgress')} />
          <output for="import-progress" class="progress-text">{`${Math.round(progress * 100)} %`}</output>
        </p>
      )}
      <Status said={action.said} failed={action.failed} />
    </div>
  );
}

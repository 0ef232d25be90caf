import { useState } from 'preact/hooks';
import { download } from '../controls/download';
import { exportFile, type ExportKind } from '../../store/export-files';
import { importExport } from '../../store/import/import-store';
import { ImportError } from '../../store/records/problem';
import type { EntityRecord } from '../../store/schema';
import { useConnector } from '../connect/connector';
import { t } from '../controls/i18n';
import { describeNotes, describeProblem } from './describe-problem';
import { Status } from '../controls/Status';
import { useAction } from './use-action';

interface Props {
  entities: readonly EntityRecord[];
  onChanged: () => Promise<void>;
}

/** Asks the browser not to evict the store under storage pressure (an import is when it matters most). */
const persist = () => (navigator.storage?.persist ? navigator.storage.persist().catch(() => false) : Promise.resolve(false));

/** Export the store (JSON, or deals and articles as CSV) and import an export back, with its progress and its report. */
export function ExportImport({ entities, onChanged }: Props) {
  const connector = useConnector();
  const [progress, setProgress] = useState<number | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const action = useAction();
  const nameOf = (id: string) => entities.find((e) => e.id === id)?.name ?? id;

  const exportAs = (kind: ExportKind) =>
    action.run(async () => {
      download(await exportFile(await connector.store(), kind, nameOf));
    });

  const importFile = (file: File) =>
    action.run(async () => {
      setProgress(0);
      setNotes([]);
      await persist();
      const raw = await file.text();
      const run = (confirmShortAliases: boolean) => connector.store().then((store) => importExport(store, raw, { onProgress: setProgress, confirmShortAliases }));
      try {
        const r = await run(false).catch((err: unknown) => {
          // A short alias is the reader's call: ask, and import again if they say yes.
          if (err instanceof ImportError && err.problem.needsConfirm && window.confirm(t('importConfirmShort', describeProblem(err.problem)))) return run(true);
          throw err;
        });
        setNotes(describeNotes(r.notes));
        await onChanged();
        return t('imported', [String(r.entities), String(r.deals), String(r.articles)]);
      } catch (err) {
        setProgress(null);
        if (!(err instanceof ImportError)) throw err;
        const said = describeProblem(err.problem);
        // A refusal comes before the first write; a failed write was undone and the store counted (the message says so).
        // An import stopped mid-way says itself what became of the store: "nothing was imported" would not be known.
        const saysItself = err.problem.held || ['import_no_space', 'import_no_disk', 'import_undone', 'import_not_undone', 'import_unreadable_kept'].includes(err.problem.rule);
        throw new ImportError({ ...err.problem }, saysItself ? said : t('importFailed', said));
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
      {notes.length > 0 && (
        <div class="import-notes">
          <p>{t('importNotes')}</p>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { SendError, useConnector } from '../../connect/connector';
import { announce } from '../../controls/Announcer';
import { t, uiLanguage } from '../../controls/i18n';

type State = { kind: 'loading' } | { kind: 'unsaved' } | { kind: 'saving'; again: boolean } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

/** Saving reads the page, analyses it and writes the store: a few seconds on a long page, never more than this. */
const SAVE_TIMEOUT = 15_000;

/** Save this page, with a note and tags; its state (not saved / saved on DATE / saving / updating), said aloud too. */
export function SaveButton({ tabId, url, onSaved }: { tabId: number; url: string; onSaved: () => void }) {
  const connector = useConnector();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [notes, setNotes] = useState('');
  const [tags, setTags] = useState('');
  const [notices, setNotices] = useState<string[]>([]);

  useEffect(() => {
    connector.askBackground('page-status', { url }).then(
      (r) => {
        setState(r.saved && r.savedAt ? { kind: 'saved', at: r.savedAt } : { kind: 'unsaved' });
        // A saved article's note and tags, to edit.
        if (r.saved) {
          setNotes(r.notes);
          setTags(r.tags.join(', '));
        }
      },
      (err: Error) => setState({ kind: 'error', message: err.message }),
    );
  }, [url]);

  const fail = (message: string) => {
    setState({ kind: 'error', message });
    announce(message);
  };

  const save = async () => {
    setState({ kind: 'saving', again: state.kind === 'saved' });
    setNotices([]);
    const tagList = tags.split(',').map((x) => x.trim()).filter(Boolean);
    try {
      const a = await connector.askBackground('save-page', { tabId, notes, tags: tagList }, SAVE_TIMEOUT);
      setState({ kind: 'saved', at: a.savedAt });
      setNotices(a.notices.map((n) => t(n)));
      announce([t('savedAnnounce', t('dealsLinked', [String(a.linked), String(a.proposed)])), ...a.notices.map((n) => t(n))].join(' '));
      onSaved();
    } catch (err) {
      if (!(err instanceof SendError) || !err.noAnswer) return fail((err as Error).message);
      // No answer (the service worker stopped mid-save): the store says whether the save landed.
      const status = await connector.askBackground('page-status', { url }).catch(() => null);
      if (status?.saved && status.savedAt) {
        setState({ kind: 'saved', at: status.savedAt });
        onSaved();
      } else fail(t('saveInterrupted'));
    }
  };

  const label = state.kind === 'saved' ? t('savedOn', new Date(state.at).toLocaleDateString(uiLanguage())) : state.kind === 'saving' ? t(state.again ? 'updating' : 'saving') : state.kind === 'unsaved' ? t('notSaved') : '';
  return (
    <section class="save" aria-label={t('save')}>
      <div class="save-row">
        <button type="button" class="primary" disabled={state.kind === 'saving' || state.kind === 'loading'} onClick={() => void save()}>
          {state.kind === 'saved' ? t('update') : t('save')}
        </button>
        <span class="save-state" data-state={state.kind}>
          {label}
        </span>
      </div>
      <label class="field">
        <span>{t('notes')}</span>
        <textarea rows={2} value={notes} maxLength={20000} onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="field">
        <span>{t('tags')}</span>
        <input type="text" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
      </label>
      {notices.map((n) => (
        <p class="notice" key={n}>
          {n}
        </p>
      ))}
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}

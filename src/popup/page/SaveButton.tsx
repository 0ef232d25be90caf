import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { envelope, toBackground } from '../../messages';
import { announce } from '../announcer';
import { t, uiLanguage } from '../i18n';

type State = { kind: 'loading' } | { kind: 'unsaved' } | { kind: 'saving'; again: boolean } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

/** Save this page, with a note and tags; its state (not saved / saved on DATE / saving / updating), said aloud too. */
export function SaveButton({ tabId, url, onSaved }: { tabId: number; url: string; onSaved: () => void }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [notes, setNotes] = useState('');
  const [tags, setTags] = useState('');

  useEffect(() => {
    void browser.runtime.sendMessage(envelope(toBackground, 'page-status', { url })).then((a) => {
      const r = a as { ok: boolean; saved?: boolean; savedAt?: number | null; notes?: string; tags?: string[] };
      setState(r.ok && r.saved && r.savedAt ? { kind: 'saved', at: r.savedAt } : { kind: 'unsaved' });
      // A saved article's note and tags, to edit.
      if (r.ok && r.saved) {
        setNotes(r.notes ?? '');
        setTags((r.tags ?? []).join(', '));
      }
    });
  }, [url]);

  const save = async () => {
    setState({ kind: 'saving', again: state.kind === 'saved' });
    const tagList = tags.split(',').map((x) => x.trim()).filter(Boolean);
    const a = (await browser.runtime.sendMessage(envelope(toBackground, 'save-page', { tabId, notes, tags: tagList }))) as
      | { ok: true; savedAt: number; linked: number; proposed: number }
      | { ok: false; error: string };
    if (!a.ok) {
      setState({ kind: 'error', message: a.error });
      announce(a.error);
      return;
    }
    setState({ kind: 'saved', at: a.savedAt });
    announce(t('savedAnnounce', t('dealsLinked', [String(a.linked), String(a.proposed)])));
    onSaved();
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
        <textarea rows={2} value={notes} onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="field">
        <span>{t('tags')}</span>
        <input type="text" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
      </label>
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}

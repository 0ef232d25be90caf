import { useEffect, useState } from 'preact/hooks';
import { SendError, useConnector } from '../../connect/connector';
import { announce } from '../../controls/Announcer';
import { formatDate, t, uiLanguage } from '../../controls/i18n';
import { authorsLine, DetailsForm, type Corrections, type Details } from '../DetailsForm';
import { languageName, languageNotice } from '../language-name';

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
  // What the page (or, once saved, the store) says the article is, and what the reader corrected of it.
  const [details, setDetails] = useState<Details | null>(null);
  const [corrections, setCorrections] = useState<Corrections | null>({});

  const showStored = (d: Details | undefined) => {
    if (d) return setDetails(d);
    connector.askTab(tabId, 'read-details', {}).then(
      ({ ok: _ok, ...read }) => setDetails(read),
      () => setDetails(null),
    );
  };

  useEffect(() => {
    connector.askBackground('page-status', { url }).then(
      (r) => {
        setState(r.saved && r.savedAt ? { kind: 'saved', at: r.savedAt } : { kind: 'unsaved' });
        // A saved article's note and tags, to edit.
        if (r.saved) {
          setNotes(r.notes);
          setTags(r.tags.join(', '));
        }
        showStored(r.details);
      },
      (err: Error) => setState({ kind: 'error', message: err.message }),
    );
  }, [url]);

  const fail = (message: string) => {
    setState({ kind: 'error', message });
    announce(message);
  };

  const save = async () => {
    if (!corrections) return;
    setState({ kind: 'saving', again: state.kind === 'saved' });
    setNotices([]);
    const tagList = tags.split(',').map((x) => x.trim()).filter(Boolean);
    try {
      const a = await connector.askBackground('save-page', { tabId, notes, tags: tagList, ...(Object.keys(corrections).length ? { corrections } : {}) }, SAVE_TIMEOUT);
      const after = await connector.askBackground('page-status', { url }).catch(() => null);
      if (after?.details) setDetails(after.details);
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
        <button type="button" class="primary" disabled={state.kind === 'saving' || state.kind === 'loading' || !corrections} onClick={() => void save()}>
          {state.kind === 'saved' ? t('update') : t('save')}
        </button>
        <span class="save-state" data-state={state.kind}>
          {label}
        </span>
      </div>
      {details && (
        <>
          <p class="muted page-details">{[authorsLine(details.authors), details.site, details.published && t('publishedOn', formatDate(details.published)), languageName(details.lang)].filter(Boolean).join(' · ')}</p>
          {languageNotice(details.lang) && <p class="notice lang-notice">{languageNotice(details.lang)}</p>}
          <details class="correct-details">
            <summary>{t('correctDetails')}</summary>
            <DetailsForm read={details} onChange={setCorrections} idPrefix="save-details" />
          </details>
        </>
      )}
      <label class="field">
        <span>{t('notes')}</span>
        <textarea id="save-notes" rows={2} value={notes} maxLength={20000} onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="field">
        <span>{t('tags')}</span>
        <input id="save-tags" type="text" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
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

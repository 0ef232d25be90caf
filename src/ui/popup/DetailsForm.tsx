import { useEffect, useRef, useState } from 'preact/hooks';
import type { Corrections } from '../../store/article-corrections';
import { t } from '../controls/i18n';

/** An article's metadata, as the page gives it or the store holds it. */
export interface Details {
  title: string;
  site: string;
  authors: string[];
  published?: string;
  lang: string;
}

/** The fields the reader changed, as the store takes them (`published: ''`: no date). */
export type { Corrections };

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** The authors as one line: "Jane Doe, John Smith". */
export const authorsLine = (authors: readonly string[] | undefined) => (authors ?? []).join(', ');

const splitAuthors = (s: string) => s.split(/[,;]/).map((a) => a.trim()).filter(Boolean);

/**
 * The article's title, authors, date and site, for the reader to correct; `onChange` gets the
 * fields changed from `read` (or null while one is not valid, with the reason shown).
 */
export function DetailsForm({ read, onChange, idPrefix }: { read: Details; onChange: (c: Corrections | null) => void; idPrefix: string }) {
  const [title, setTitle] = useState(read.title);
  const [authors, setAuthors] = useState(authorsLine(read.authors));
  const [published, setPublished] = useState(read.published ?? '');
  const [site, setSite] = useState(read.site);

  // New values to show (the article saved, or corrected): the fields follow. Not at mount: the
  // fields start from them, and a reader may already be typing when the first effects run.
  const key = [read.title, read.site, read.authors.join('\n'), read.published ?? ''].join('\u0000');
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    setTitle(read.title);
    setAuthors(authorsLine(read.authors));
    setPublished(read.published ?? '');
    setSite(read.site);
  }, [key]);

  const problem = !title.trim() ? t('titleBlank') : !site.trim() ? t('siteBlank') : published.trim() && !DATE.test(published.trim()) ? t('dateInvalid') : '';
  useEffect(() => {
    if (problem) return onChange(null);
    const c: Corrections = {};
    if (title.trim() !== read.title) c.title = title.trim();
    if (site.trim() !== read.site) c.site = site.trim();
    if (splitAuthors(authors).join('\n') !== read.authors.join('\n')) c.authors = splitAuthors(authors);
    if (published.trim() !== (read.published ?? '')) c.published = published.trim();
    onChange(c);
  }, [title, authors, published, site, problem]);

  const field = (key: string, label: string, value: string, set: (s: string) => void, hint?: string) => (
    <label class="field">
      <span>{label}</span>
      <input id={`${idPrefix}-${key}`} type="text" value={value} onInput={(e) => set((e.target as HTMLInputElement).value)} {...(hint ? { placeholder: hint } : {})} />
    </label>
  );
  return (
    <div class="details-form">
      {field('title', t('detailTitle'), title, setTitle)}
      {field('authors', t('detailAuthors'), authors, setAuthors, t('detailAuthorsHint'))}
      {field('published', t('detailPublished'), published, setPublished, 'YYYY-MM-DD')}
      {field('site', t('detailSite'), site, setSite)}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { languageName } from '../language-name';
import type { EntityType } from '../../../core/kb/types';
import { restoreArticle, type Removed } from '../../../store/article-delete';
import { collectionFacets, filteredArticleIds, newestArticleIds, orderedArticleIds, type ArticleFilter, type ArticleSort } from '../../../store/article-search';
import type { ArticleRecord } from '../../../store/schema';
import { useConnector } from '../../connect/connector';
import { announce } from '../../controls/Announcer';
import { findByName, useDirectory, type Directory } from '../entity-directory';
import { formatDate, t, uiLanguage } from '../../controls/i18n';
import { KindSelect } from '../../controls/KindSelect';
import { go } from '../route';
import { VirtualList } from '../VirtualList';
import { useWatchlist } from '../watch-state';
import { ExportButtons } from './ExportButtons';
import { TeamLine } from './TeamLine';
import { useStoreVersion } from '../../connect/use-store-version';

const ROW = 54;
const FIRST_PAGE = 30;

/** The entity filter's suggestions: every entity's name, in the order of the reader's language. */
function EntityNames({ dir }: { dir: Directory }) {
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(uiLanguage());
    return [...dir.values()].sort((a, b) => collator.compare(a.name, b.name));
  }, [dir]);
  return (
    <datalist id="entity-names">
      {sorted.map((e) => (
        <option key={e.id} value={e.name} />
      ))}
    </datalist>
  );
}

/** The deletion the reader may still take back (set by the article view, shown here). */
let pendingUndo: Removed | null = null;
export function offerUndo(removed: Removed): void {
  pendingUndo = removed;
}

/**
 * Every saved article, newest first, narrowed by full-text search and filters. Only ids are
 * held; the list reads the records of the rows in view.
 */
export function CollectionView() {
  const connector = useConnector();
  const dir = useDirectory();
  const watched = useWatchlist();
  const [sort, setSort] = useState<ArticleSort>('saved');
  const [query, setQuery] = useState('');
  const [entity, setEntity] = useState<string | null>(null);
  const [entityText, setEntityText] = useState('');
  const [entityError, setEntityError] = useState(false);
  const [kind, setKind] = useState<EntityType | ''>('');
  const [lang, setLang] = useState('');
  const [site, setSite] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [watchedOnly, setWatchedOnly] = useState(false);
  const [facets, setFacets] = useState<{ sites: string[]; langs: string[] }>({ sites: [], langs: [] });
  const [ids, setIds] = useState<string[] | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [shownQuery, setShownQuery] = useState('');
  const [undo, setUndo] = useState<Removed | null>(() => pendingUndo);
  const typedAt = useRef<number | null>(null);
  const view = useRef<HTMLElement>(null);
  const ready = useRef(false);
  // The collection's order changes only with the sort or a change to the collection, not with each keystroke.
  const order = useRef<{ key: string; ids: Promise<string[]> } | null>(null);
  const [firstPaint] = useState(() => {
    let resolve = () => {};
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  });

  useEffect(() => {
    pendingUndo = null;
  }, []);
  // A colleague's article arriving (team collection), or one saved from another window: the list reads the collection again.
  const stored = useStoreVersion(connector, ['articles']);
  // An undo here reads the collection again at once, not after the store's word.
  const [own, setOwn] = useState(0);
  // Both only grow, so their sum moves whenever either does.
  const version = stored + own;
  // The sites and languages menus read whole indexes: only when the reader opens the filters, not on every opening of the popup.
  const facetsRead = useRef(false);
  const [filtersOpened, setFiltersOpened] = useState(false);
  const readFacets = (open: boolean) => {
    if (!open || facetsRead.current) return;
    facetsRead.current = true;
    setFiltersOpened(true);
    void connector.store().then(collectionFacets).then(setFacets);
  };

  const filter: ArticleFilter = { query, ...(entity ? { entities: [entity] } : {}), ...(kind ? { kind } : {}), ...(lang ? { lang } : {}), ...(site ? { site } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), ...(watchedOnly ? { anyOf: watched } : {}) };
  const key = JSON.stringify([filter, sort, version]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      async () => {
        const db = await connector.store();
        const orderKey = `${sort}:${version}`;
        const fresh = order.current?.key !== orderKey;
        // Opening on the whole collection: its newest page is read and painted first, and only then every id
        // (the two reads would share IndexedDB, and the first rows would wait for all of them).
        if (fresh && sort === 'saved' && !query.trim() && Object.keys(filter).length === 1) {
          const first = await newestArticleIds(db, FIRST_PAGE);
          if (!live) return;
          setIds((shown) => shown ?? first);
          await Promise.race([firstPaint.promise, new Promise((r) => setTimeout(r, 500))]);
          if (!live) return;
        }
        if (order.current?.key !== orderKey) order.current = { key: orderKey, ids: orderedArticleIds(db, sort) };
        const orderIds = order.current!.ids;
        const [ordered, pass] = await Promise.all([orderIds, filteredArticleIds(db, filter)]);
        if (!live) return;
        setShownQuery(query);
        const next = pass ? ordered.filter((id) => pass.has(id)) : ordered;
        setIds(next);
        setTotal(next.length);
      },
      typedAt.current === null ? 0 : 120,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);

  const fetch = async (want: string[]) => (await connector.store()).articles.bulkGet(want);

  /** The first paint and each search's results, for DevTools and bench:popup. */
  const painted = () => {
    const el = view.current;
    if (!el || !ids) return;
    if (!ready.current) {
      ready.current = true;
      firstPaint.resolve();
      performance.mark('deallens:collection-ready');
      el.dataset.ready = 'true';
    }
    if (typedAt.current !== null && shownQuery === query) {
      performance.measure('deallens:search', { start: typedAt.current, end: performance.now(), detail: { query, results: ids.length } });
      typedAt.current = null;
    }
    el.dataset.query = shownQuery;
    if (total !== null) el.dataset.results = String(total);
  };

  // Thousands of options, made only once the reader opens the filters, and then the same component vnode while the directory is the
  // same: Preact 11 skips an unchanged component's vnode but diffs an element's children again, and the view renders at every
  // keystroke and, while a team collection is joined, every second (3,800 options diffed took 50-70 ms a render at full scale).
  const entityNames = useMemo(() => (dir && filtersOpened ? <EntityNames dir={dir} /> : null), [dir, filtersOpened]);
  /** The entity filter follows the text as it is typed; a name no entity has is said when the field is left. */
  const typeEntity = (text: string, committed: boolean) => {
    setEntityText(text);
    const hit = dir ? findByName(dir, text) : undefined;
    if (hit || !text.trim()) {
      setEntity(hit?.id ?? null);
      setEntityError(false);
    } else if (committed) {
      setEntity(null);
      setEntityError(true);
    }
  };

  const takeBack = async () => {
    if (!undo) return;
    await restoreArticle(await connector.store(), undo);
    setUndo(null);
    setOwn((v) => v + 1);
    announce(t('restored'));
  };

  return (
    <section class="collection" data-view="collection" ref={view} aria-label={t('tabCollection')}>
      <div class="toolbar">
        <input
          id="collection-search"
          type="search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
          value={query}
          onInput={(e) => {
            typedAt.current = performance.now();
            setQuery((e.target as HTMLInputElement).value);
          }}
        />
        <label class="inline">
          <span>{t('sortBy')}</span>
          <select value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value as ArticleSort)}>
            <option value="saved">{t('sortSaved')}</option>
            <option value="published">{t('sortPublished')}</option>
          </select>
        </label>
      </div>
      <details class="filters" onToggle={(e) => readFacets((e.target as HTMLDetailsElement).open)}>
        <summary>{t('filters')}</summary>
        <div class="filter-grid">
          <label class="field">
            <span>{t('filterEntity')}</span>
            <input id="filter-entity" type="text" list="entity-names" value={entityText} aria-invalid={entityError} onInput={(e) => typeEntity((e.target as HTMLInputElement).value, false)} onChange={(e) => typeEntity((e.target as HTMLInputElement).value, true)} />
            {entityNames}
            {entityError && <span class="error">{t('unknownEntity')}</span>}
          </label>
          <KindSelect id="filter-kind" label={t('filterKind')} any={t('any')} value={kind} onChange={setKind} />
          <label class="field">
            <span>{t('filterLang')}</span>
            <select id="filter-lang" value={lang} onChange={(e) => setLang((e.target as HTMLSelectElement).value)}>
              <option value="">{t('any')}</option>
              {facets.langs.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('filterSite')}</span>
            <select id="filter-site" value={site} onChange={(e) => setSite((e.target as HTMLSelectElement).value)}>
              <option value="">{t('any')}</option>
              {facets.sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('filterFrom')}</span>
            <input id="filter-from" type="date" value={from} onChange={(e) => setFrom((e.target as HTMLInputElement).value)} />
          </label>
          <label class="field">
            <span>{t('filterTo')}</span>
            <input id="filter-to" type="date" value={to} onChange={(e) => setTo((e.target as HTMLInputElement).value)} />
          </label>
          <label class="switch">
            <input id="filter-watched" type="checkbox" checked={watchedOnly} onChange={(e) => setWatchedOnly((e.target as HTMLInputElement).checked)} />
            <span>{t('filterWatched')}</span>
          </label>
        </div>
      </details>
      {undo && (
        <div class="undo" role="alert">
          <span>{t('deleted', undo.article.title)}</span>
          <button type="button" onClick={() => void takeBack()}>
            {t('undo')}
          </button>
        </div>
      )}
      <p class="muted results-count">{total !== null ? t('articleCount', String(total)) : ''}</p>
      {ids && ids.length === 0 && <p class="muted">{query || entity || kind || lang || site || from || to || watchedOnly ? t('noResults') : t('emptyCollection')}</p>}
      {ids && (
        <VirtualList<ArticleRecord>
          ids={ids}
          rowHeight={ROW}
          fetch={fetch}
          label={t('tabCollection')}
          onPainted={painted}
          version={version}
          row={(a, id) => (
            <div class="article-row" data-article={id}>
              <button type="button" class="link title" onClick={() => go({ view: 'article', id })}>
                {a?.title ?? '…'}
              </button>
              {a && (
                <span class="muted meta">
                  {a.site}
                  {a.authors?.length ? ` · ${a.authors.join(', ')}` : ''} · {languageName(a.lang)}
                  {a.published ? ` · ${formatDate(a.published)}` : ''} · {t('savedShort', new Date(a.savedAt).toLocaleDateString())}
                </span>
              )}
            </div>
          )}
        />
      )}
      <TeamLine />
      <ExportButtons />
    </section>
  );
}

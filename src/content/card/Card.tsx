import { ExternalLink } from '../../ui/controls/ExternalLink';
import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../core/kb/types';
import { askBackground } from '../../platform/send';
import { addedMessage } from '../../ui/controls/added-message';
import { qualifierKey } from '../../core/money/format';
import type { CardModel } from './card-model';

const t = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key, subs) || key;

/** The card's view: name, kind, one line, relations, latest deals; or an amount and its conversions. */
export function Card({ model }: { model: CardModel }) {
  if (model.kind === 'unknown') return <UnknownCard key={model.name} model={model} />;
  if (model.kind === 'amount') {
    const q = qualifierKey(model.qualifier);
    return (
      <div class="card amount" role="dialog" aria-label={`${t('kind_amount')}: ${model.text}`}>
        <header>
          <span class="kind">{t('kind_amount')}</span>
          <strong class="name">
            {model.normalised === null ? t('amountUnstated', model.currency) : `${q ? `${t(q)} ` : ''}${model.normalised}`}
          </strong>
        </header>
        <p class="line">“{model.text}”</p>
        {model.conversions.length > 0 && (
          <ul class="conversions">
            {model.conversions.map((c) => (
              <li key={c.text}>
                ≈ {c.text} <span class="muted">{t('convertedAt', String(c.year))}</span>
              </li>
            ))}
          </ul>
        )}
        <footer class="muted">{t('closeHint')}</footer>
      </div>
    );
  }
  return (
    <div class={`card ${model.kind}`} role="dialog" aria-label={`${t(`kind_${model.kind}`)}: ${model.name}`}>
      <header>
        <span class="kind">{t(`kind_${model.kind}`)}</span>
        <strong class="name">{model.name}</strong>
      </header>
      {model.description && <p class="line">{model.description}</p>}
      {model.relations.length > 0 && (
        <dl class="relations">
          {model.relations.map((r) => (
            <div key={r.type}>
              <dt>{t(`rel_${r.type.replace(/-/g, '_')}`)}</dt>
              <dd>{r.items.join(' · ')}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{t('latestDeals')}</h3>
      {model.pending ? (
        <p class="muted">{t('cardLoading')}</p>
      ) : model.deals.length === 0 ? (
        <p class="muted">{t('noDeals')}</p>
      ) : (
        <ul class="deals">
          {model.deals.map((d) => (
            <li key={`${d.type}-${d.date}-${d.with.join()}`} class="deal">
              <div class="deal-head">
                <span class="deal-type">{t(`deal_${d.type}`)}</span>
                {d.with.length > 0 && <span class="deal-with">{d.with.join(', ')}</span>}
                {d.mine && <span class="deal-mine">{t('confirmedByYou')}</span>}
              </div>
              <div class="deal-meta">
                {d.amount && <span class="deal-amount">{d.amount}</span>}
                {d.date && <span class="deal-date">{d.date}</span>}
                {d.source.url ? (
                  <ExternalLink class="deal-source" href={d.source.url ?? undefined} title={d.summary}>
                    {d.source.title || t('source')}
                  </ExternalLink>
                ) : (
                  <span class="deal-source" title={d.summary}>
                    {t('seedSource', d.source.title)}
                  </span>
                )}
              </div>
            </li>
          ))}
          {model.more > 0 && <li class="muted">+{model.more}</li>}
        </ul>
      )}
      <footer class="muted">{t('closeHint')}</footer>
    </div>
  );
}

/** A name DealLens has never seen: says so, and adds it in one gesture, as the kind guessed or another. */
function UnknownCard({ model }: { model: Extract<CardModel, { kind: 'unknown' }> }) {
  const [type, setType] = useState<EntityType>(model.guessed);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const add = async () => {
    setBusy(true);
    try {
      const r = await askBackground('add-entity', { name: model.name, type });
      setSaid(addedMessage(r, t));
      setDone(true);
    } catch (err) {
      setSaid(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="card unknown" role="dialog" aria-label={`${t('kind_unknown')}: ${model.name}`}>
      <header>
        <span class="kind">{t('kind_unknown')}</span>
        <strong class="name">{model.name}</strong>
      </header>
      <p class="line">{t('unknownLine')}</p>
      <form
        class="add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label>
          <span>{t('addAs')}</span>{' '}
          <select value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value as EntityType)}>
            {ENTITY_TYPES.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit" disabled={busy || done}>
          {t('addButton')}
        </button>
      </form>
      <p class="said" role="status">
        {said}
      </p>
      <footer class="muted">{t('closeHint')}</footer>
    </div>
  );
}

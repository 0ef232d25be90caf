import { useState } from 'preact/hooks';
import type { DealParties, DealType } from '../../../core/kb/types';
import { knownCurrencies } from '../../../core/money/fx-rates';
import type { DealEdit } from '../../../store/deal-review';
import type { DealRecord } from '../../../store/schema';
import { findByName, nameOf, type Directory } from '../entity-directory';
import { t } from '../../controls/i18n';

const TYPES: DealType[] = ['investment', 'fund', 'partnership', 'acquisition', 'program'];
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Names typed by the reader → entity ids; the names no entity has, to say so. */
export function resolveNames(text: string, dir: Directory): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of text.split(/[,;]/).map((s) => s.trim()).filter(Boolean)) {
    const hit = findByName(dir, name);
    if (hit) ids.push(hit.id);
    else unknown.push(name);
  }
  return { ids: [...new Set(ids)], unknown };
}

/** Correct a proposed deal: its type, parties, amount (in millions) and date. */
export function DealEditor({ deal, dir, onSave, onCancel }: { deal: DealRecord; dir: Directory; onSave: (edit: DealEdit) => Promise<void>; onCancel: () => void }) {
  const names = (ids: string[] | undefined) => (ids ?? []).map((id) => nameOf(dir, id)).join(', ');
  const [type, setType] = useState<DealType>(deal.type);
  const [investors, setInvestors] = useState(names([...(deal.parties.investors ?? []), ...(deal.parties.sponsors ?? []).map((s) => s.entity)]));
  const [targets, setTargets] = useState(names(deal.parties.targets));
  const [partners, setPartners] = useState(names(deal.parties.partners));
  const [millions, setMillions] = useState(deal.amount ? String(deal.amount.value / 1e6) : '');
  const [currency, setCurrency] = useState(deal.amount?.currency ?? 'EUR');
  const [date, setDate] = useState(deal.date ?? '');
  const [error, setError] = useState('');

  const submit = async (e: Event) => {
    e.preventDefault();
    const [inv, tgt, par] = [investors, targets, partners].map((x) => resolveNames(x, dir));
    const unknown = [...inv.unknown, ...tgt.unknown, ...par.unknown];
    if (unknown.length) return setError(t('unknownParties', unknown.join(', ')));
    if (inv.ids.length + tgt.ids.length + par.ids.length < 2 && !(type === 'fund' && inv.ids.length + tgt.ids.length >= 1)) return setError(t('needParties'));
    const value = millions.trim() === '' ? null : Number(millions.replace(',', '.'));
    if (value !== null && !(Number.isFinite(value) && value > 0)) return setError(t('badAmount'));
    if (date.trim() && !DATE.test(date.trim())) return setError(t('badDate'));
    // A fund's backers stay sponsors (with their shares); other deals' backers are investors.
    const sponsors = type === 'fund' ? inv.ids.map((id) => ({ entity: id, ...((deal.parties.sponsors ?? []).find((s) => s.entity === id)?.share !== undefined ? { share: deal.parties.sponsors!.find((s) => s.entity === id)!.share } : {}) })) : [];
    const parties: DealParties = {
      ...(type !== 'fund' && inv.ids.length ? { investors: inv.ids } : {}),
      ...(sponsors.length ? { sponsors } : {}),
      ...(tgt.ids.length ? { targets: tgt.ids } : {}),
      ...(par.ids.length ? { partners: par.ids } : {}),
    };
    await onSave({ type, parties, amount: value === null ? null : { value: value * 1e6, currency }, date: date.trim() || null });
  };

  return (
    <form class="deal-editor" onSubmit={(e) => void submit(e)} aria-label={t('editDeal')}>
      <label class="field">
        <span>{t('dealType')}</span>
        <select name="type" value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value as DealType)}>
          {TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`deal_${x}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t(type === 'fund' ? 'sponsors' : 'investors')}</span>
        <input name="investors" type="text" value={investors} onInput={(e) => setInvestors((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>{t('targets')}</span>
        <input name="targets" type="text" value={targets} onInput={(e) => setTargets((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>{t('partners')}</span>
        <input name="partners" type="text" value={partners} onInput={(e) => setPartners((e.target as HTMLInputElement).value)} />
      </label>
      <div class="field-row">
        <label class="field">
          <span>{t('amountMillions')}</span>
          <input name="amount" type="text" inputMode="decimal" value={millions} onInput={(e) => setMillions((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>{t('currency')}</span>
          <select name="currency" value={currency} onChange={(e) => setCurrency((e.target as HTMLSelectElement).value)}>
            {knownCurrencies().map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('dealDate')}</span>
          <input name="date" type="text" placeholder="YYYY-MM-DD" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t('saveDeal')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

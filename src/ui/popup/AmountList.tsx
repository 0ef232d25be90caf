import { formatAmount, qualifierKey } from '../../core/money/format';
import { t } from '../controls/i18n';

export interface AmountItem {
  text: string;
  /** null: money the text does not count ("ein zweistelliger Millionenbetrag"). */
  value: number | null;
  currency: string;
  qualifier: string | null;
  /** A range's upper end. */
  max?: number;
}

/** Amounts as found in the text, normalised ("up to US$1.0 bn"), with the words they were written in. */
export function AmountList({ amounts }: { amounts: AmountItem[] }) {
  return (
    <ul class="plain amounts">
      {amounts.map((a, i) => {
        const figure = formatAmount(a);
        const q = qualifierKey(a.qualifier);
        return (
          <li key={i}>
            {figure === null ? t('amountUnstated', a.currency) : `${q ? `${t(q)} ` : ''}${figure}`} <span class="muted">“{a.text}”</span>
          </li>
        );
      })}
    </ul>
  );
}

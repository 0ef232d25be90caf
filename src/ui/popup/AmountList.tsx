import { formatMoney } from '../../core/money/format';
import { t } from '../controls/i18n';

export interface AmountItem {
  text: string;
  value: number;
  currency: string;
  qualifier: string | null;
}

/** Amounts as found in the text, normalised ("up to US$1.0 bn"), with the words they were written in. */
export function AmountList({ amounts }: { amounts: AmountItem[] }) {
  return (
    <ul class="plain amounts">
      {amounts.map((a, i) => (
        <li key={i}>
          {a.qualifier ? `${t(`q_${a.qualifier}`)} ` : ''}
          {formatMoney(a.value, a.currency)} <span class="muted">“{a.text}”</span>
        </li>
      ))}
    </ul>
  );
}

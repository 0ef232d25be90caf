import type { DealRecord } from '../../../store/schema';
import { DealLine } from '../DealLine';
import type { Directory } from '../entity-directory';
import { t } from '../../controls/i18n';

/** Deals newest first, grouped under their year: how an entity's dealings unfolded. */
export function DealTimeline({ deals, dir, leaveOut }: { deals: DealRecord[]; dir: Directory | null; leaveOut?: string }) {
  const years = new Map<string, DealRecord[]>();
  for (const d of deals) {
    const y = d.date?.slice(0, 4) ?? t('undated');
    years.set(y, [...(years.get(y) ?? []), d]);
  }
  return (
    <ol class="timeline">
      {[...years].map(([year, list]) => (
        <li key={year}>
          <h4 class="year">{year}</h4>
          <ul class="plain deals">
            {list.map((d) => (
              <li key={d.id} class="deal" data-deal={d.id} data-status={d.status}>
                <DealLine deal={d} dir={dir} leaveOut={leaveOut} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

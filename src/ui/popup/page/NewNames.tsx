import { useState } from 'preact/hooks';
import type { EntityType } from '../../../core/kb/types';
import { useConnector } from '../../connect/connector';
import { addedMessage } from '../../controls/added-message';
import { t } from '../../controls/i18n';

interface NewName {
  name: string;
  type: EntityType;
  count: number;
}

/** The page's names DealLens has never seen, most named first, each added in one click as the kind guessed. */
export function NewNames({ names }: { names: NewName[] }) {
  const connector = useConnector();
  const [said, setSaid] = useState<Record<string, string>>({});
  const add = async (n: NewName) => {
    try {
      const r = await connector.askBackground('add-entity', { name: n.name, type: n.type });
      setSaid((s) => ({ ...s, [n.name]: addedMessage(r, t) }));
    } catch (err) {
      setSaid((s) => ({ ...s, [n.name]: err instanceof Error ? err.message : String(err) }));
    }
  };
  const sorted = [...names].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return (
    <section class="kind-group new-names">
      <h2>{t('group_unknown')}</h2>
      <p class="muted">{t('unknownIntro')}</p>
      <ul class="entities">
        {sorted.map((n) => (
          <li key={n.name} class="entity unknown" data-name={n.name}>
            <strong>{n.name}</strong> <span class="muted">{t('mentions', String(n.count))}</span>{' '}
            {said[n.name] ? (
              <span role="status">{said[n.name]}</span>
            ) : (
              <button type="button" onClick={() => void add(n)}>
                {t(`menuAdd_${n.type}`)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

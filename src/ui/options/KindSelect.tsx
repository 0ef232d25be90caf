import { ENTITY_TYPES, type EntityType } from '../../core/kb/types';
import { t } from '../../platform/i18n';


/** A labelled choice of entity kind. */
export function KindSelect({ value, onChange, class: cls = 'field' }: { value: EntityType; onChange: (kind: EntityType) => void; class?: string }) {
  return (
    <label class={cls}>
      <span>{t('kind')}</span>
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as EntityType)}>
        {ENTITY_TYPES.map((k) => (
          <option key={k} value={k}>
            {t(`kind_${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

import { ENTITY_TYPES, type EntityType } from '../../core/kb/types';
import { t } from './i18n';

interface Common {
  /** The label's class (a field of a form, or indented under a choice). */
  class?: string;
  id?: string;
  /** What the menu chooses; "Kind" unless said. */
  label?: string;
}

/** A kind is required (editing an entity), or a filter may leave it open (`any` names that choice). */
type Props = Common & ({ any?: undefined; value: EntityType; onChange: (kind: EntityType) => void } | { any: string; value: EntityType | ''; onChange: (kind: EntityType | '') => void });

/** A labelled choice of entity kind. */
export function KindSelect(props: Props) {
  const { class: cls = 'field', id, label = t('kind') } = props;
  const choose = (value: string) => {
    const kind = ENTITY_TYPES.find((k) => k === value);
    if (props.any !== undefined) props.onChange(kind ?? '');
    else if (kind) props.onChange(kind);
  };
  return (
    <label class={cls}>
      <span>{label}</span>
      <select id={id} value={props.value} onChange={(e) => choose(e.currentTarget.value)}>
        {props.any !== undefined && <option value="">{props.any}</option>}
        {ENTITY_TYPES.map((k) => (
          <option key={k} value={k}>
            {t(`kind_${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

import { isShortAlias } from '../../store/records/check-record';
import { t } from '../controls/i18n';

/** A name or alias under three characters highlights far too much: the reader says yes to it first (as on import). */
export const confirmShort = (text: string): boolean => !isShortAlias(text) || window.confirm(t('confirmShortAlias', text.trim()));

/**
 * An import's refusal or note in the reader's language: which record of the file (table, index,
 * id), which field, which rule; and after a failed write, what the store was counted to hold.
 */
import type { Problem } from '../../store/records/problem';
import { t } from '../controls/i18n';

export function describeProblem(p: Problem): string {
  if (p.rule === 'import_no_space' || p.rule === 'import_no_disk') return t(p.rule, (p.detail ?? '|').split('|'));
  if (p.rule === 'import_unreadable_kept') {
    const kept = p.kept ?? { articles: 0, deals: 0 };
    return t(p.rule, [p.detail === 'quota' ? t('causeQuota') : (p.detail ?? ''), String(kept.articles), String(kept.deals)]);
  }
  if (p.rule === 'import_undone' || p.rule === 'import_not_undone') {
    const cause = p.detail === 'quota' ? t('causeQuota') : (p.detail ?? '');
    const held = p.held ?? { articles: 0, deals: 0, entities: 0 };
    return t(p.rule, [cause, String(held.articles), String(held.deals), String(held.entities)]);
  }
  const rule = t(p.rule, p.detail !== undefined ? [p.detail] : undefined);
  if (p.table === undefined) return rule;
  const at = [p.table, String(p.index ?? ''), p.id ?? ''];
  return p.field ? t('problemAt', [...at, p.field, rule]) : t('problemAtRecord', [...at, rule]);
}

/** The import's own decisions, grouped so a file of 1,500 merges does not list 1,500 lines. */
export function describeNotes(notes: readonly Problem[], max = 12): string[] {
  return notes.slice(0, max).map(describeProblem).concat(notes.length > max ? [`… (+${notes.length - max})`] : []);
}

/**
 * What a page gives to save, fitted to the article record's limits before anything is stored:
 * long fields cut (and said), a date that is no calendar date and a non-http(s) address dropped
 * (and said). The record built from it then passes the same schema as an import, so every saved
 * article can be exported and imported back.
 */
import { safeLink } from '../core/text/safe-link';
import { LIMITS } from './records/limits';
import { isCalendarDate, isCurrency } from './records/rules';
import type { SaveInput } from './save-article';

/** What was changed to fit, said to the reader after the save (keys of _locales). */
export type SaveNotice = 'noticeNoLink' | 'noticeCanonicalIgnored' | 'noticeTitleCut' | 'noticeTextCut' | 'noticeFieldCut' | 'noticeTagsCut';

const cut = (s: string, max: number) => ([...s].length > max ? [...s].slice(0, max).join('') : s);

/** Authors as the record holds them: names, blank ones out, each once, at most LIMITS.authors. */
export function fitAuthors(authors: readonly string[] | undefined, fit: (s: string) => string = (s) => cut(s, LIMITS.author)): string[] | undefined {
  const list = [...new Set((authors ?? []).map((a) => fit(a.replace(/\s+/g, ' ').trim())).filter(Boolean))].slice(0, LIMITS.authors);
  return list.length ? list : undefined;
}

export function fitSaveInput(input: SaveInput): { input: SaveInput; notices: SaveNotice[] } {
  const notices = new Set<SaveNotice>();
  const fit = (s: string, max: number, notice: SaveNotice) => {
    const c = cut(s, max);
    if (c !== s) notices.add(notice);
    return c;
  };
  const url = safeLink(input.url);
  const canonicalUrl = safeLink(input.canonicalUrl) ?? url;
  if (!url) notices.add('noticeNoLink');
  const tags = [...new Set((input.tags ?? []).map((t) => fit(t.replace(/\s+/g, ' ').trim(), LIMITS.tag, 'noticeTagsCut')).filter(Boolean))];
  if (tags.length > LIMITS.tags) notices.add('noticeTagsCut');
  const text = fit(input.text, LIMITS.text, 'noticeTextCut');
  const figureOk = (x: number) => Number.isFinite(x) && x >= 0 && x <= LIMITS.money;
  // A null value is money the text does not count ("ein zweistelliger Millionenbetrag"): kept.
  const amountOk = (a: { value: number | null; currency: string; max?: number }) =>
    (a.value === null || figureOk(a.value)) && (a.max === undefined || figureOk(a.max)) && isCurrency(a.currency);
  return {
    input: {
      ...input,
      url: url ?? '',
      canonicalUrl: canonicalUrl ?? '',
      title: fit(input.title, LIMITS.title, 'noticeTitleCut'),
      site: fit(input.site, LIMITS.site, 'noticeFieldCut'),
      authors: fitAuthors(input.authors, (s) => fit(s, LIMITS.author, 'noticeFieldCut')),
      published: input.published && isCalendarDate(input.published) ? input.published : undefined,
      text,
      // Mentions and amounts past the cut are not in the text any more.
      entities: input.entities.filter((m) => m.end <= text.length),
      amounts: input.amounts.filter((a) => a.end <= text.length && amountOk(a)).map((a) => ({ ...a, text: cut(a.text, LIMITS.amountText) })),
      deals: input.deals
        .filter((d) => d.end <= text.length)
        .map((d) => ({ ...d, amount: d.amount && amountOk(d.amount) ? d.amount : null, date: d.date && isCalendarDate(d.date) ? d.date : null })),
      ...(input.notes !== undefined ? { notes: fit(input.notes, LIMITS.notes, 'noticeFieldCut') } : {}),
      ...(input.tags !== undefined ? { tags: tags.slice(0, LIMITS.tags) } : {}),
    },
    notices: [...notices],
  };
}

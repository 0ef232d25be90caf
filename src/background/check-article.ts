/**
 * A page's article and its analysis, checked before anything is written. The content script
 * runs in the page's renderer, which a hostile page may have compromised: its answer is taken
 * as a stranger's word. The message schema bounds every field and list; what only the text and
 * the store can tell is checked here: every mention and amount stands where it says in the
 * text and is the text there, every entity named is shipped or one of the reader's own. The first problem refuses
 * the whole answer, said in the reader's language.
 */
import * as v from 'valibot';
import { kbEntity } from '../core/kb';
import { toContent, type Response } from '../messages';
import { SaidError } from '../store/open';

export type Article = Response<typeof toContent, 'read-article'>;

/** Which of these ids the store holds as entities (the reader's own, and shipped ones). */
export type StoredIds = (ids: string[]) => Promise<Set<string>>;

/** Where in the answer: "entities[3].start". */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('').replace(/^\./, '') || 'answer';
}

function spans(text: string, list: readonly { start: number; end: number; text?: string }[], field: string): void {
  list.forEach((x, i) => {
    if (x.start >= x.end || x.end > text.length || (x.text !== undefined && text.slice(x.start, x.end) !== x.text)) {
      throw new SaidError({ key: 'errorAnalysisOffsets', detail: `${field}[${i}]` });
    }
  });
}

export async function checkArticle(answer: unknown, stored: StoredIds): Promise<Article> {
  const parsed = v.safeParse(toContent['read-article'].response, answer);
  if (!parsed.success) throw new SaidError({ key: 'errorAnalysisShape', detail: pathOf(parsed.issues[0]) });
  const a = parsed.output;
  spans(a.text, a.entities, 'entities');
  spans(a.text, a.amounts, 'amounts');
  spans(a.text, a.unknown ?? [], 'unknown');

  // Every id, with where it was first named; the shipped ones are known without asking the store.
  const named = new Map<string, string>();
  a.entities.forEach((m, i) => named.has(m.id) || named.set(m.id, `entities[${i}]`));
  const unshipped = [...named.keys()].filter((id) => !kbEntity(id));
  if (unshipped.length) {
    const found = await stored(unshipped);
    const unknown = unshipped.find((id) => !found.has(id));
    if (unknown !== undefined) throw new SaidError({ key: 'errorAnalysisEntity', detail: `${named.get(unknown)}: ${unknown.slice(0, 60)}` });
  }
  return a;
}

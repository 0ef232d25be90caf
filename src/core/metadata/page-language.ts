/**
 * A page's language as a BCP 47 tag: what it declares (`<html lang>`, `content-language`,
 * `og:locale`, JSON-LD `inLanguage`), checked against its text; for a page that declares none,
 * what its text is written in, or "und" (undetermined) rather than a guess among the four
 * languages DealLens recognises entities in.
 */

/** Frequent function words, a list per language (accents folded away, as the text is read). */
const WORDS: Record<string, string> = {
  en: 'the and of to is that with for was which has have its this from by are will it said their been an at but',
  fr: 'le la les des du et est une dans pour qui que sur avec pas au aux ce cette sont par plus ont leur il elle',
  nl: 'de het een en van is dat op voor met zijn niet ook aan wordt bij naar deze heeft hebben maar om worden nog',
  de: 'der die das und ist nicht mit von den dem ein eine auf fur sich auch wird zu im werden hat sind nach bei aus',
  es: 'el la los las del que y en un una por con para es se su al lo como mas pero sus ya fue este ha',
  it: 'il di che la per un una del della sono non con le gli nel alla dei e anche ha si questo piu ma come',
  pt: 'o os as de do da dos das que em um uma para com nao no na por se mais ao pelo pela foi tambem e',
  cs: 'a je se na ze v to s z do jako by ale jsou pro ktere ktery o k podle take uz byl bylo jeho',
  pl: 'i w na sie z nie ze do to jest jak o sa przez od za po ale tak jego ktory co takze',
  sv: 'och att det som ar en pa for med av den till inte har om de ett var jag men fran',
  da: 'og at det som er en pa for med af den til ikke har om de et var jeg men fra',
  fi: 'ja on ei se etta oli han kun mutta ovat myos joka tai kuin sen',
  ro: 'si in de la ca cu pe nu un o este care din pentru mai sunt al',
  tr: 've bir bu da de icin ile olarak cok daha gibi olan en ama',
  hu: 'a az es hogy nem is egy van meg de ez mar csak mint',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga',
};
const LANG_OF_WORD = new Map<string, string[]>();
for (const [lang, list] of Object.entries(WORDS)) {
  for (const w of list.split(' ')) LANG_OF_WORD.set(w, [...(LANG_OF_WORD.get(w) ?? []), lang]);
}

/** Scripts that name their language (or nearly): [test, tag]. Han without kana is Chinese; kana is Japanese. */
const SCRIPTS: [RegExp, string][] = [
  [/[\u3040-\u30ff]/, 'ja'],
  [/[\uac00-\ud7af\u1100-\u11ff]/, 'ko'],
  [/[\u4e00-\u9fff]/, 'zh'],
  [/[\u0400-\u04ff]/, 'ru'],
  [/[\u0370-\u03ff]/, 'el'],
  [/[\u0600-\u06ff]/, 'ar'],
  [/[\u0590-\u05ff]/, 'he'],
  [/[\u0e00-\u0e7f]/, 'th'],
  [/[\u0900-\u097f]/, 'hi'],
];

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
export const primaryOf = (tag: string) => tag.split('-')[0].toLowerCase();

export interface TextLanguage {
  tag: string;
  /** Whether the text leaves no doubt (a clear winner on enough words). */
  sure: boolean;
}

/** The language a text is written in, by its script, else by its function words. */
export function textLanguage(text: string): TextLanguage | undefined {
  const sample = text.slice(0, 20_000);
  let letters = 0;
  const byScript = new Map<string, number>();
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (ch < '\u0370') continue;
    const hit = SCRIPTS.find(([re]) => re.test(ch));
    if (hit) byScript.set(hit[1], (byScript.get(hit[1]) ?? 0) + 1);
  }
  if (letters < 20) return undefined;
  const [script, count] = [...byScript].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count >= letters * 0.3) {
    // Japanese writes Han with kana: a few kana among Han characters make it Japanese.
    const kana = byScript.get('ja') ?? 0;
    const tag = kana >= count * 0.05 || script === 'ja' ? 'ja' : script === 'ru' && /[іїєґ]/iu.test(sample) ? 'uk' : script;
    return { tag, sure: count >= 60 };
  }
  const hits = new Map<string, number>();
  let words = 0;
  for (const w of fold(sample).split(/[^\p{L}]+/u)) {
    if (!w) continue;
    words++;
    for (const lang of LANG_OF_WORD.get(w) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || words < 8) return undefined;
  const [best, top] = ranked[0];
  const second = ranked[1]?.[1] ?? 0;
  if (top < 3 || top < words * 0.05) return undefined;
  return { tag: best, sure: top >= 12 && top >= second * 1.5 && top >= words * 0.08 };
}

/** A declared tag made canonical ("en_GB" → "en-GB", "FR" → "fr"); undefined when it is not a language. */
export function canonicalTag(raw: string | undefined): string | undefined {
  const s = raw?.split(/[,;]/)[0].trim().replace(/_/g, '-');
  if (!s || /^(?:x-default|und|mul|zxx|\*)$/i.test(s) || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(s)) return undefined;
  try {
    return Intl.getCanonicalLocales(s)[0];
  } catch {
    return undefined;
  }
}

/** Languages whose text this module can tell apart: only those are overruled by the text. */
const TELLABLE = new Set([...Object.keys(WORDS), ...SCRIPTS.map(([, tag]) => tag), 'uk']);

export interface PageLanguage {
  tag: string;
  from: 'declared' | 'text' | 'none';
}

/**
 * The first declared tag that is a language, unless the text is plainly in another language this
 * module knows (a French site on an English template says lang="en"); else the text's language,
 * else "und".
 */
export function pageLanguage(declared: (string | undefined)[], text: string): PageLanguage {
  const tag = declared.map(canonicalTag).find(Boolean);
  const found = textLanguage(text);
  if (tag) {
    const primary = primaryOf(tag);
    if (found?.sure && primaryOf(found.tag) !== primary && TELLABLE.has(primary)) return { tag: found.tag, from: 'text' };
    return { tag, from: 'declared' };
  }
  return found ? { tag: found.tag, from: 'text' } : { tag: 'und', from: 'none' };
}

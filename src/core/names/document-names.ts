/**
 * What a document has named so far, and the short forms that name may take after it: a
 * person's surname alone ("Ghosn" after "Carlos Ghosn", "de Meo" after "Luca de Meo", "Chung"
 * after "Chung Eui-sun"), an organisation's distinctive word ("Magma" after "Magma Ventures",
 * "CRADLE" after "Hyundai CRADLE"). A page is read in slices: one DocumentNames is kept for all
 * of them, so a full mention in the first slice links the short forms of the next.
 *
 * A short form links only with its capitals, only after its full mention, never when two names
 * of the document share it, when it is a name of its own in the knowledge base, or when it is
 * an ordinary word (the four languages' function words, months, places).
 */
import type { EntityType } from '../kb/types';
import { tokenize } from '../text/tokenize';
import { lexicon, wordHash } from './lexicon';
import { readWords, type Words } from './words';

export interface NamedThing {
  /** The known entity's id; null for a name DealLens has never seen. */
  id: string | null;
  name: string;
  type: EntityType;
}

/** The known entity a word, alone, names (the matcher decides), or null. */
export type KnownName = (word: string) => NamedThing | null;

const AMBIGUOUS: NamedThing = { id: null, name: '', type: 'company' };
/** Korean and Chinese given names written with a hyphen ("Eui-sun", "Mong-koo"): the family name comes first. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const MIN_SHORT = 3;
const ROMAN = /^[IVX]{1,4}$/;

export class DocumentNames {
  /** Short form (hash of its folded words) → what it stands for, AMBIGUOUS when two things share it. */
  private readonly short = new Map<number, NamedThing>();
  private readonly registered = new Set<string>();
  /**
   * The surname of a person DealLens does not know that is a known organisation's one-word name
   * ("Bosch" of Hieronymus Bosch, "Ford" of Harrison Ford): until the document names the
   * organisation as itself, the word alone may be either, so it is not painted. (A known person
   * named like their company, Vincent Bolloré, leaves "Bolloré" the group's.)
   */
  private readonly shadow = new Set<number>();
  /** The person behind each shadowed word (the first the document named so). */
  private readonly shadowPerson = new Map<number, NamedThing>();
  /** Organisations the document named as themselves. */
  private readonly orgSeen = new Set<string>();
  /** The document named something DealLens knows by a name that is no ordinary word: its weak names may stand. */
  inField = false;
  /** The document's work titles so far (work-titles.ts titleKey): "the title's 99 francs" is the film's, not money. */
  readonly titles = new Set<string>();
  /**
   * A one-word name several known organisations go by ("Hyundai": the group and its carmaker; "Volvo":
   * the cars and the trucks) → the one the document named in full first ("Hyundai Motor Group"): the
   * word alone then names it, the way a journalist shortens the name they introduced.
   */
  private readonly family = new Map<number, NamedThing>();

  /** The family member the document introduced first under this word, if any. */
  firstOfFamily(key: number): NamedThing | undefined {
    return this.family.get(key);
  }

  get hasFamilies(): boolean {
    return this.family.size > 0;
  }

  nameFamily(key: number, thing: NamedThing): void {
    if (!this.family.has(key)) this.family.set(key, thing);
  }

  /**
   * `forms`: what a name's short forms are, kept by whoever makes the documents (one per matcher:
   * a page's slices and every document it reads share it), so a name is cut into words once.
   */
  constructor(
    readonly knownName: KnownName,
    private readonly forms: Map<string, ShortForms> = new Map(),
  ) {}

  private isKnownName(word: string): boolean {
    return this.knownName(word) !== null;
  }

  /** Whether any short form is known yet (most words of a text then need no look-up). */
  get hasShortForms(): boolean {
    return this.short.size > 0;
  }

  /** What a short form at words a..b stands for, if anything. */
  lookup(key: number): NamedThing | null {
    const t = this.short.get(key);
    return t && t !== AMBIGUOUS ? t : null;
  }

  /**
   * An acronym written in brackets right after a full mention ("Automotive Cells Company (ACC)"):
   * from now on it names the same thing, unless it is a known name of its own.
   */
  rememberAcronym(key: number, acronym: string, thing: NamedThing): void {
    if (!this.isKnownName(acronym)) this.link(key, thing);
  }

  /** A short form stands for `thing` from now on; for nothing once two things of the document share it. */
  private link(key: number, thing: NamedThing): void {
    const had = this.short.get(key);
    if (had === undefined) this.short.set(key, thing);
    else if (had !== AMBIGUOUS && (had.id ?? had.name) !== (thing.id ?? thing.name)) this.short.set(key, AMBIGUOUS);
  }

  /** Whether a known organisation's mention is the surname of a person never seen, named before it (see `shadow`). */
  shadowed(m: NamedThing & { text: string }): boolean {
    return this.shadow.size > 0 && m.type !== 'person' && m.id !== null && !this.orgSeen.has(m.id) && this.shadow.has(wordHash(m.text));
  }

  /** The person never seen whose surname is this known organisation's one-word name ("Tesla" of Nikola Tesla), if the document named one. */
  personBehind(key: number): NamedThing | undefined {
    return this.shadowPerson.get(key);
  }

  /** Whether the document named this organisation (by id) so far. */
  named(id: string): boolean {
    return this.orgSeen.has(id);
  }

  /** A full mention read: its short forms link from now on. */
  remember(thing: NamedThing): void {
    if (thing.id && thing.type !== 'person') this.orgSeen.add(thing.id);
    const id = thing.id ?? `?${thing.name}`;
    if (this.registered.has(id)) return;
    this.registered.add(id);
    const cacheKey = `${thing.type}\u0000${thing.id ?? ''}\u0000${thing.name}`;
    let forms = this.forms.get(cacheKey);
    if (!forms) this.forms.set(cacheKey, (forms = this.shortForms(thing)));
    if (forms.shadow !== null) {
      this.shadow.add(forms.shadow);
      if (!this.shadowPerson.has(forms.shadow)) this.shadowPerson.set(forms.shadow, thing);
    }
    for (const key of forms.keys) this.link(key, thing);
  }

  private shortForms(thing: NamedThing): ShortForms {
    const tokens = tokenize(thing.name);
    const w = readWords(tokens);
    if (w.count < 2) return NONE;
    const lex = lexicon();
    const text = thing.name;
    const wordAt = (k: number) => text.slice(w.start[k], w.end[k]);
    const ordinary = (k: number) => lex.stop.has(w.key[k]) || lex.never.has(w.key[k]) || lex.place.has(w.key[k]) || lex.given.has(w.key[k]);
    const usable = (k: number) => w.end[k] - w.start[k] >= MIN_SHORT && w.caps[k] > 0 && !ordinary(k) && !this.isKnownName(wordAt(k));
    if (thing.type === 'person') {
      const last = w.count - 1;
      // Family name first: "Chung" of "Chung Eui-sun", "Li" of "Li Shufu".
      if (HYPHENATED_GIVEN.test(wordAt(last)) || (w.count === 2 && lex.familyFirst.has(w.key[0]))) return w.caps[0] === 1 && !this.isKnownName(wordAt(0)) ? { keys: [w.key[0]], shadow: null } : NONE;
      // The surname with its particles ("de Meo", "van der Velden"), and alone when it has none.
      let from = last;
      while (from > 1 && w.caps[from - 1] === 0) from--;
      if (from < last) return { keys: [runKey(w, from, last)], shadow: null };
      if (usable(last)) return { keys: [w.key[last]], shadow: null };
      const known = w.caps[last] === 1 ? this.knownName(wordAt(last)) : null;
      return { keys: [], shadow: thing.id === null && known && known.type !== 'person' ? w.key[last] : null };
    }
    // An organisation: its one word that is neither an organisation word, a legal form nor another known name.
    const distinctive: number[] = [];
    for (let k = 0; k < w.count; k++) {
      // "Spartan Acquisition Corp. III": a series number says nothing of whose it is.
      if (w.caps[k] === 0 || lex.orgWord.has(w.key[k]) || lex.legalForm.has(wordAt(k)) || ROMAN.test(wordAt(k))) continue;
      distinctive.push(k);
    }
    // "Sila Nanotechnologies", "Archer Aviation": the other words only say what it does.
    const own = distinctive.filter((k) => !this.isKnownName(wordAt(k)) && !lex.generic.has(w.key[k]));
    if (own.length !== 1 || !usable(own[0])) return NONE;
    return { keys: [w.key[own[0]]], shadow: null };
  }
}

/** A name's short forms (hashes of their folded words), and the surname it shadows (see DocumentNames.shadow). */
export interface ShortForms {
  keys: number[];
  shadow: number | null;
}

const NONE: ShortForms = { keys: [], shadow: null };

/** The key a run of words a..b has as a short form (the same as `remember` makes). */
export function runKey(w: Words, from: number, to: number): number {
  if (from === to) return w.key[from];
  let h = 0x811c9dc5 | 0;
  for (let k = from; k <= to; k++) h = Math.imul(h ^ w.key[k], 16777619);
  return h;
}

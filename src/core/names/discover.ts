/**
 * Names DealLens has never seen, found from the text itself (contract 6's sixth highlight): an
 * organisation by the word that ends its name (Ventures, Capital, GmbH, SA, Mobility...) or a
 * university's; a person by a given name followed by a surname, or by the role or quote around
 * two capitalised words ("CEO X Y", "X Y, topman van", "a déclaré X Y"). Precision first: a
 * capitalised word alone, at a sentence's start, a month, a day, a place or a car model is never
 * a name, and nothing is guessed next to or inside a name that is known.
 */
import type { EntityType, Lang } from '../kb/types';
import { foldString } from '../text/char-class';
import { lexicon, wordHash as lexWordKey, type Lexicon, type OrgKind } from './lexicon';
import { Before, phraseKey, type Words } from './words';

export interface FoundName {
  /** Word indices, inclusive. */
  from: number;
  to: number;
  type: EntityType;
}

/** Words between a role and the organisation it is held at: "CEO of", "PDG de", "topman van", "Chef von". */
const AT = ['of', 'at', 'de', 'du', "d'", 'chez', 'van', 'bij', 'von', 'bei', 'der', 'des'];
/** Adjectives that go with a university's name: "Technische Universität München", "Vrije Universiteit". */
const UNIVERSITY_ADJECTIVES = ['technische', 'technical', 'vrije', 'freie', 'state', 'national', 'polytechnic'];
/** Joiners inside a name: particles of people's names, and "of", "für", "voor" of institutions'. */
const INSTITUTION_JOINERS = ['of', 'fur', 'voor', 'for'];
const MAX_ORG_WORDS = 6;
const MAX_PERSON_WORDS = 4;

const enum W {
  Other = 0,
  Given,
  Org,
  Legal,
  University,
  Role,
  Stop,
  Place,
  Never,
  /** A German common noun ("Autobauer", "Kapitalerhöhung"): capitalised, but no name. */
  Noun,
}

let keys: { at: Set<number>; uniAdj: Set<number>; joiner: Set<number>; orgJoiner: Set<number> } | null = null;

function joinKeys(lex: Lexicon) {
  if (!keys) {
    const h = (words: string[]) => new Set(words.map((w) => lexWordKey(w)));
    const orgJoiner = h(INSTITUTION_JOINERS);
    keys = { at: h(AT), uniAdj: h(UNIVERSITY_ADJECTIVES), joiner: new Set([...lex.particle, ...orgJoiner]), orgJoiner };
  }
  return keys;
}


/**
 * The names found in `words`, left to right, none on a word `taken` (a known mention or an
 * amount already covers it).
 */
/** Words for a site before its name: "de testfaciliteit Northvolt Labs", "l'usine", "das Werk". */
const FACILITY = /(?:facility|faciliteit|fabriek|factory|usine|werk|campus|site)$/i;

/** Whether the word before word k, in lower case, says a site's name follows (the name is then no organisation). */
export function siteBefore(text: string, words: Words, k: number): boolean {
  return k > 0 && words.caps[k - 1] === 0 && words.before[k] === Before.Space && FACILITY.test(text.slice(words.start[k - 1], words.end[k - 1]));
}

/** Works named after their hero: "the John Wick films", "de Harry Potter-boeken" is one word and no name. */
const WORKS = new Set(['film', 'films', 'movie', 'movies', 'franchise', 'saga', 'series', 'trilogy', 'books', 'novels', 'games', 'albums', 'filme', 'romans', 'boeken', 'romane'].map(lexWordKey));

/** Whether the word after word k makes the name before it a work's title: "the John Wick films". */
export function titlesWork(words: Words, k: number): boolean {
  return k + 1 < words.count && words.before[k + 1] === Before.Space && words.caps[k + 1] === 0 && WORKS.has(words.key[k + 1]);
}

/** Words that make a given name after them a place's: "San Miguel", "Saint Louis", "São Paulo". */
const SAINTS = new Set(['san', 'santa', 'santo', 'sao', 'saint', 'sainte', 'sankt', 'st', 'sint'].map(lexWordKey));

export function discoverNames(text: string, words: Words, taken: Uint8Array, lang: Lang = 'en'): FoundName[] {
  const lex = lexicon();
  const { joiner, at, uniAdj, orgJoiner } = joinKeys(lex);
  const n = words.count;
  const { key, caps, before } = words;
  const out: FoundName[] = [];
  const cls = (k: number): W => {
    const h = key[k];
    const form = lex.formKey.has(h) ? text.slice(words.start[k], words.end[k]) : null;
    if (lex.role.has(h) || (form !== null && lex.title.has(form))) return W.Role;
    if (lex.never.has(h)) return W.Never;
    if (lex.universityHead.has(h)) return W.University;
    if (lex.orgWord.has(h)) return W.Org;
    if (form !== null && lex.legalForm.has(form)) return W.Legal;
    if (lex.nounBefore.has(h)) return W.Noun;
    if (lex.given.has(h)) return caps[k] === 1 ? W.Given : W.Other;
    if (lex.place.has(h)) return W.Place;
    if (lex.stop.has(h)) return W.Stop;
    if (lang === 'de' && caps[k] === 1 && germanNoun(k)) return W.Noun;
    return W.Other;
  };
  const germanNoun = (k: number) => {
    if (words.end[k] - words.start[k] < 7) return false;
    const f = foldString(text.slice(words.start[k], words.end[k]));
    return lex.nounSuffixes.some((s) => f.length >= s.length + 3 && f.endsWith(s));
  };
  const nameWord = (k: number) => caps[k] > 0 && taken[k] === 0;

  let i = 0;
  while (i < n) {
    if (!nameWord(i)) {
      i++;
      continue;
    }
    // A run of capitalised words, with joiners between them ("Luca de Meo", "University of Michigan").
    let j = i;
    for (;;) {
      let k = j + 1;
      while (k < n && before[k] === Before.Space && caps[k] === 0 && joiner.has(key[k]) && k - j < 3) k++;
      if (k < n && before[k] === Before.Space && nameWord(k)) j = k;
      else break;
    }
    classifyRun(i, j);
    i = j + 1;
  }
  return out.sort((x, y) => x.from - y.from);

  function classifyRun(a: number, b: number): void {
    const at0 = kindOf;
    // Universities first: their names hold places ("Universität Stuttgart").
    for (let k = a; k <= b; k++) {
      if (at0(k) !== W.University) continue;
      let from = k;
      if (k > a && uniAdj.has(key[k - 1]) && caps[k - 1] > 0) from = k - 1;
      // "University of Michigan", "Technische Universität München": one joiner, then capitalised words.
      let to = k;
      if (to + 2 <= b && caps[to + 1] === 0 && (orgJoiner.has(key[to + 1]) || lex.particle.has(key[to + 1]))) to++;
      while (to + 1 <= b && caps[to + 1] > 0 && at0(to + 1) !== W.Role && at0(to + 1) !== W.Never && at0(to + 1) !== W.Stop) to++;
      while (to > k && caps[to] === 0) to--;
      if (to > k && !adjacentTaken(from, to)) out.push({ from, to, type: 'company' });
      if (from > a) segments(a, from - 1);
      if (to < b) segments(to + 1, b);
      return;
    }
    segments(a, b);
  }

  /** Cuts a run at the words that cannot be inside a name, and reads each piece. */
  function segments(a: number, b: number): void {
    let s = a;
    for (let k = a; k <= b + 1; k++) {
      if (k <= b) {
        const w = kindOf(k);
        if (caps[k] === 0 || (w !== W.Role && w !== W.Stop && w !== W.Never && w !== W.Place && w !== W.Noun)) continue;
        // "TAP Air Portugal", "Lumen Capital Europe": a place that ends the run right after an organisation word is the name's.
        if (w === W.Place && k === b && k > s && orgEnd(k - 1)) continue;
        // A Flemish particle written with its capital inside a name: "Lieven Van Acker", "Paul De Grauwe".
        if (w === W.Stop && k > a && k < b && caps[k] === 1 && lex.particle.has(key[k]) && caps[k + 1] > 0) continue;
      }
      if (s <= k - 1) piece(trimJoiners(s, k - 1));
      s = k + 1;
    }
  }

  function trimJoiners(a: number, b: number): [number, number] {
    while (a < b && caps[a] === 0) a++;
    while (b > a && caps[b] === 0) b--;
    return [a, b];
  }

  function adjacentTaken(a: number, b: number): boolean {
    return (a > 0 && taken[a - 1] === 1 && before[a] === Before.Space) || (b + 1 < n && taken[b + 1] === 1 && before[b + 1] === Before.Space);
  }

  function orgEnd(k: number): boolean {
    const w = kindOf(k);
    return w === W.Org || w === W.Legal;
  }

  function kindOf(k: number): W {
    return caps[k] > 0 ? cls(k) : W.Stop;
  }

  function piece([a, b]: [number, number]): void {
    if (caps[a] === 0) return;
    // An organisation: the last organisation word or legal form, with a distinctive word before it.
    let o = -1;
    for (let k = b; k > a; k--) {
      const w = kindOf(k);
      if (w === W.Org || w === W.Legal) {
        o = k;
        break;
      }
    }
    // On a line in title case only a given name still tells: any capitalised word may stand before "Fund".
    if (o > a && !words.title[a]) {
      while (o + 1 <= b && kindOf(o + 1) === W.Legal) o++;
      if (o + 1 === b && kindOf(b) === W.Place && orgEnd(o)) o = b;
      // Back from it over capitalised words and "of"/"für" only ("Vizevorsitzender der Gruppe" is no name).
      let from = o;
      while (from - 1 >= a && o - from < MAX_ORG_WORDS - 1 && (caps[from - 1] > 0 || orgJoiner.has(key[from - 1]))) from--;
      while (from < o && caps[from] === 0) from++;
      let distinctive = false;
      let fund = false;
      let last: OrgKind | undefined;
      for (let k = from; k <= o; k++) {
        const w = kindOf(k);
        if ((w === W.Other || w === W.Given) && !lex.generic.has(key[k])) distinctive = true;
        if (w === W.Org) {
          last = lex.orgWord.get(key[k]);
          if (last === 'fund') fund = true;
        }
      }
      // "Neue Mobility" at a sentence's start, one word before its organisation word: not enough to tell.
      const lone = o - from === 1 && words.initial[from] === 1 && kindOf(from) !== W.Other;
      // "de testfaciliteit Northvolt Labs", "the Foo Energy plant" is named so, no organisation of its own.
      const site = siteBefore(text, words, from);
      if (distinctive && !lone && !site && !adjacentTaken(from, o)) {
        out.push({ from, to: o, type: fund ? 'fund' : last === 'accelerator' ? 'accelerator' : 'company' });
        if (from > a) piece(trimJoiners(a, from - 1));
        if (o < b) piece([o + 1, b]);
        return;
      }
    }
    // A Chinese or Korean name, family name first: "Li Shufu", "Chung Mong-koo".
    for (let f = a; f < b; f++) {
      if (!lex.familyFirst.has(key[f]) || caps[f] !== 1 || caps[f + 1] !== 1 || kindOf(f + 1) !== W.Other) continue;
      out.push({ from: f, to: f + 1, type: 'person' });
      if (f > a) piece([a, f - 1]);
      if (f + 1 < b) piece([f + 2, b]);
      return;
    }
    // A person: a given name and one to three surname words ("Luca de Meo", "Hans Peter Müller").
    for (let g = a; g < b; g++) {
      if (kindOf(g) !== W.Given) continue;
      // "San Miguel de Tucumán", "Saint Louis", "Sint Maarten": a place named after a saint.
      if (g > 0 && caps[g - 1] === 1 && SAINTS.has(key[g - 1])) continue;
      let to = g;
      let words_ = 1;
      for (let k = g + 1; k <= b && words_ < MAX_PERSON_WORDS; k++) {
        if (caps[k] === 0 || (lex.particle.has(key[k]) && k < b)) continue; // a particle ("de", "Van")
        const w = kindOf(k);
        if ((w !== W.Other && w !== W.Given) || caps[k] === 2 || lex.generic.has(key[k])) break;
        to = k;
        words_++;
      }
      if (to > g && caps[to] === 1) {
        // Nor a place or a work named after a person: "Nikola Tesla Airport", "Pieter Bruegel Museum", "the John Wick films".
        if (to + 1 <= b && lex.generic.has(key[to + 1])) return;
        if (titlesWork(words, to)) return;
        out.push({ from: g, to, type: 'person' });
        if (to < b) piece([to + 1, b]);
        return;
      }
    }
    // A person by what is said around two or three capitalised words.
    const len = b - a + 1;
    if (words.title[a]) return;
    if (len >= 2 && len <= 3 && allPlain(a, b) && (roleBefore(a) || roleAfter(b) || quoted(a, b))) {
      out.push({ from: a, to: b, type: 'person' });
      return;
    }
    // An organisation after a role and "of": "CEO of Rimac Automobili".
    if (a >= 2 && before[a] === Before.Space && at.has(key[a - 1]) && caps[a - 1] === 0 && lex.role.has(key[a - 2]) && len <= 3 && allPlain(a, b) && !words.initial[a]) {
      out.push({ from: a, to: b, type: 'company' });
    }
  }

  function allPlain(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (caps[k] !== 1 || kindOf(k) !== W.Other || lex.generic.has(key[k])) return false;
    return true;
  }

  function roleBefore(a: number): boolean {
    return a > 0 && before[a] === Before.Space && lex.role.has(key[a - 1]);
  }

  function roleAfter(b: number): boolean {
    if (b + 1 >= n || before[b + 1] !== Before.Comma) return false;
    for (let k = b + 1; k < Math.min(n, b + 4); k++) {
      if (lex.role.has(key[k])) return true;
      if (!lex.stop.has(key[k])) return false;
    }
    return false;
  }

  function quoted(a: number, b: number): boolean {
    if (a > 0 && before[a] === Before.Space && lex.attribution.has(key[a - 1])) return true;
    if (a > 1 && before[a] === Before.Space && lex.attribution.has(phraseKey(text, words, a - 2, a - 1))) return true;
    if (b + 1 < n && before[b + 1] !== Before.Break && lex.attribution.has(key[b + 1])) return true;
    return b + 2 < n && before[b + 1] !== Before.Break && lex.attribution.has(phraseKey(text, words, b + 1, b + 2));
  }
}

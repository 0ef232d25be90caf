/**
 * The word lists that tell a name DealLens has never seen (data/*.json, and the four languages'
 * stopwords and country names from their packages), as sets of folded words: built once, when
 * first needed, so a page without text never pays for them.
 */
import countriesDe from 'i18n-iso-countries/langs/de.json';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import countriesFr from 'i18n-iso-countries/langs/fr.json';
import countriesNl from 'i18n-iso-countries/langs/nl.json';
import stopDe from 'stopwords-de/stopwords-de.json';
import stopEn from 'stopwords-en/stopwords-en.json';
import stopFr from 'stopwords-fr/stopwords-fr.json';
import stopNl from 'stopwords-nl/stopwords-nl.json';
import type { EntityType, Lang } from '../kb/types';
import { foldString } from '../text/char-class';
import { hashFolded } from '../text/tokenize';
import givenNames from './data/given-names.json';
import nameWords from './data/name-words.json';
import places from './data/places.json';

export type OrgKind = Exclude<EntityType, 'person'>;

/**
 * Every set holds the FNV hashes of folded words (tokenize.ts's `hash`), so a token is looked up
 * without making its string; a phrase ("a déclaré", "van der") is hashed as its folded words
 * joined by one space.
 */
export interface Lexicon {
  given: Set<number>;
  /** Chinese and Korean family names, written first ("Li Shufu"). */
  familyFirst: Set<number>;
  /** Dr, Mme, Herr...: a person's name follows. */
  title: Set<string>;
  /** Words that end an organisation's name, with the kind they suggest. */
  orgWord: Map<number, OrgKind>;
  /** Legal forms, as written (their capitals count: "SA", not "sa"). */
  legalForm: Set<string>;
  /** The folded words of legal forms and titles: looked up first, so that a word's text is cut only when it may be one. */
  formKey: Set<number>;
  universityHead: Set<number>;
  role: Set<number>;
  attribution: Set<number>;
  particle: Set<number>;
  /** Never a name, nor part of one DealLens guesses: months, days, car models, a page's furniture ("Read more"). */
  never: Set<number>;
  /** Car models ("Chiron", "Taycan"): never a name, and after a make its model, in German too. */
  carModel: Set<number>;
  /** Countries in the four languages, regions, cities. */
  place: Set<number>;
  /** The four languages' function words: never a name's distinctive word. */
  stop: Set<number>;
  /** Descriptive words ("Global", "Smart", "Renewable"): a name needs one word that is not. */
  generic: Set<number>;
  /** German nouns written before a name ("Autobauer", "Tochter", "Münchner"): never part of it. */
  nounBefore: Set<number>;
  /** Endings of German common nouns ("-ung", "-hersteller"): folded. */
  nounSuffixes: string[];
}

export const wordHash = (word: string) => hashFolded(foldString(word));

let built: Lexicon | null = null;

const folded = (words: Iterable<string>) => new Set([...words].map(wordHash));

interface CountryNames {
  countries: Record<string, string | string[]>;
}

export function lexicon(): Lexicon {
  if (built) return built;
  const orgWord = new Map<number, OrgKind>();
  // Company words first: a fund or programme word wins where a word is in both.
  for (const kind of ['company', 'accelerator', 'fund'] as const) for (const w of nameWords.orgWords[kind]) orgWord.set(wordHash(w), kind);
  const place = folded([...places.words, ...places.phrases]);
  for (const list of [countriesEn, countriesFr, countriesNl, countriesDe] as CountryNames[]) {
    for (const names of Object.values(list.countries)) for (const n of Array.isArray(names) ? names : [names]) place.add(wordHash(n));
  }
  const stop = folded([...stopEn, ...stopFr, ...stopNl, ...stopDe]);
  const never = folded([...nameWords.never.months, ...nameWords.never.days, ...nameWords.never.carModels, ...nameWords.never.generic]);
  const roles = nameWords.roles as Record<Lang, string[]>;
  const attribution = nameWords.attribution as Record<Lang, string[]>;
  built = {
    given: folded(givenNames.names),
    familyFirst: folded(givenNames.familyFirst),
    title: new Set(nameWords.titles.flatMap((f) => [f, f.replace(/\.$/, '')])),
    orgWord,
    // A word ends before its last dot ("B.V." is read as "B.V"): each form is kept both ways.
    legalForm: new Set(nameWords.legalForms.flatMap((f) => [f, f.replace(/\.$/, '')])),
    formKey: folded([...nameWords.legalForms, ...nameWords.titles].flatMap((f) => [f, f.replace(/\.$/, '')])),
    universityHead: folded(nameWords.universityHeads),
    role: folded(Object.values(roles).flat()),
    attribution: folded(Object.values(attribution).flat()),
    particle: folded(nameWords.particles),
    never,
    carModel: folded(nameWords.never.carModels),
    place,
    stop,
    generic: folded(nameWords.generic),
    nounBefore: folded(nameWords.nounsBeforeNames),
    nounSuffixes: nameWords.nounSuffixes.de.map(foldString),
  };
  return built;
}

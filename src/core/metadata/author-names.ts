/**
 * Authors as a reader writes them: personal names, one each. Metadata and bylines carry more:
 * "By"/"Par"/"Door"/"Von" prefixes, roles ("Jane Doe, Automotive correspondent"), places ("in
 * Detroit"), handles, profile URLs, several names in one string, names in capitals.
 */
import { foldName } from './site-and-title';

/** A byline's opening words, in the languages DealLens meets ("di" only in lower case: Di Maio is a name). */
const PREFIX = /^(?:(?:written|posted|reported|text|texte|tekst|story|words|photos?)\s+(?:by|par|door|von)\b|by|par|door|von|por|av|af|od|przez|autor(?:in|a)?|auteur|author|redactie|redaktion|text|texte|tekst)\s*[:\-–—]?\s+/i;
const LOWER_PREFIX = /^(?:di|de|da)\s+(?=\p{Lu})/u;
/** Between two names. */
const JOINERS = /\s*(?:,|;|\||\/|·|•|&|\+|\s(?:and|und|et|en|y|e|i|och|og|with|mit|met|avec|con|und von|and by)\s)\s*/giu;
/** Words of a role or an office, never of a name. */
const ROLE = /\b(?:correspondent|correspondante?|editor|editorial|rédact(?:eur|rice)|redakt(?:eur|eurin|ion)|redacteur|redactie|reporter|journalist[e]?|columnist|contributor|contributing|writer|staff|senior|chief|chef|head|bureau|analyst|expert|author|autor|auteur|envoyée?|spéciale?|correspondent|press|presse|team|équipe|desk|news|nieuws|nachrichten|agency|guest|gast|invité|freelance|photographer|fotograf|updated|published|min read|lesezeit|leestijd|follow|abonnieren|subscribe|ceo|cfo|cto|coo|founder|co-founder|cofounder|fondat(?:eur|rice)|cofondat(?:eur|rice)|oprichter|gr[üu]nder(?:in)?|chairman|chairwoman|president|pr[ée]sident(?:e|in)?|partner|director|directeur|directrice|managing|vice|manager|spokes(?:man|woman|person)|professor)\b/i;
/** Credits that are no one in particular. */
const GENERIC = /^(?:admin|administrator|staff|editor|editors|redaction|rédaction|la rédaction|redaktion|die redaktion|redactie|de redactie|editorial team|newsroom|guest|anonymous|unknown|webmaster|team|user)$/i;
/** Name particles written in lower case inside a name. */
const PARTICLE = /^(?:van|de|der|den|het|ter|ten|von|vom|zu|du|des|la|le|di|da|do|dos|das|del|della|y|e|bin|ibn|al|el|'t|’t|st\.?)$/i;
const AGENCIES = /^(?:reuters|afp|ap|dpa|anp|belga|bloomberg|associated press|agence france-presse|apa|sda|ansa|efe|kyodo|xinhua|pa|pa media)$/i;

/** Words that end an organisation's name and no person's: a company credited as author is no author. */
const ORGANISATION = /\b(?:Ventures?|Capital|Partners|Investments?|Fund|Fonds|Group|Groupe|Gruppe|Groep|Holdings?|Automotive|Mobility|Motors|Media|Technologies|Solutions|Systems|Industries|Corporation|Foundation|Stiftung|Association|Agency|Agence|Labs|Newsroom|GmbH|AG|SA|SAS|SE|BV|NV|Inc\.?|Ltd\.?|LLC|Corp\.?|PLC|plc|KG|S\.A\.|S\.p\.A\.)$/u;


/** "MARIE DUPONT" → "Marie Dupont"; a name written normally stays as it is. */
function unshout(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{3}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** One part of a byline cleaned to a name, or undefined when it is not one. */
function cleanPart(raw: string, site: string | undefined): string | undefined {
  let s = raw
    .replace(/\((?:[^)]*)\)/g, ' ')
    .replace(/\S*@\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s:,\-–—|]+|[\s:,\-–—|.]+$/g, '');
  for (let i = 0; i < 2; i++) s = s.replace(PREFIX, '').replace(LOWER_PREFIX, '').trim();
  // "김민준 기자", "佐藤健一 編集委員": a role written after the name, in scripts without case.
  s = s.replace(/\s*(?:기자|특파원|논설위원|선임기자|記者|特派員|編集委員|记者|编辑|特约记者)$/u, '').trim();
  // "Jane Doe in Detroit", "Marie Dupont à Paris", "Anna Schmidt aus Berlin".
  s = s.replace(/\s+(?:in|à|aus|uit|from|en|at|im)\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u, '').trim();
  if (!s || s.length > 60 || /\d|https?:|www\.|\.(?:com|org|net|fr|de|nl|be)\b|[<>{}[\]=]/i.test(s)) return undefined;
  if (AGENCIES.test(s)) return s;
  if (GENERIC.test(s) || ROLE.test(s) || ORGANISATION.test(s)) return undefined;
  if (site && foldName(s) === foldName(site) && !AGENCIES.test(s)) return undefined;
  const words = s.split(' ');
  if (words.length > 6) return undefined;
  // A name's words are capitalised (particles aside), or it is written in a script without case.
  const cased = words.every((w) => PARTICLE.test(w) || /^[dlo]['’]\p{Lu}/u.test(w) || /^[\p{Lu}\p{Lt}]/u.test(w) || !/\p{L}/u.test(w[0]) || !/[\p{Ll}\p{Lu}]/u.test(w));
  if (!cased) return undefined;
  return unshout(s);
}

/**
 * The names in one credit string ("By Jane Doe and John Smith, Reuters"): each cleaned; an agency
 * next to a person is the person's employer, not an author.
 */
export function namesIn(credit: string, site?: string): string[] {
  const parts = credit.replace(/\s+/g, ' ').replace(PREFIX, '').split(JOINERS);
  const cleaned = parts.map((p) => cleanPart(p, site)).filter((p): p is string => p !== undefined);
  const people = cleaned.filter((n) => !AGENCIES.test(n));
  return people.length ? people : cleaned;
}

/** Several credits into one list of names, without repeats (same name, any case or accent). */
export function authorList(credits: string[], site?: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const credit of credits) {
    for (const name of namesIn(credit, site)) {
      const key = foldName(name);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    }
  }
  return out.slice(0, 20);
}

export const isAgency = (name: string) => AGENCIES.test(name);

import type { DealType } from '../kb/types';

/**
 * Words that say a deal happened, by type, in French, Dutch, English and German. Matched on the
 * folded text (lower case, no accents) at a word start; a trailing * takes any ending, so
 * "invest*" covers invests, invested, investit, investira, investeert, investiert.
 */
const TRIGGERS: Record<DealType, string[]> = {
  investment: [
    'opgehaald', 'eingesammelt', 'zamelde', 'ingezameld', 'verzamelde', 'landed', 'reuni', 'reunit',
    'invest*', 'geinvesteerd', 'mise sur', 'misent sur', 'miser sur',
    // French "lever" by its forms: a prefix would take the Dutch "levert", "leveren" (supplies).
    'leve', 'leves', 'levent', 'lever', 'levera', 'leveront', 'levait', 'levaient', 'levant', 'levee*', 'tour de table', 'raise*',
    // The Dutch separable "haalde ... op" (SEPARABLE below): "Factorial haalde 200 miljoen dollar op bij Mercedes-Benz".
    'haalt', 'haalde', 'haalden', 'funding round',
    'series a', 'series b', 'series c', 'series d', 'seed round', 'sammelt', 'finanzierungsrunde', 'prend une participation', 'stake in',
    'participation dans', 'prise de participation', 'prises de participation', 'investissement', 'investition', 'belang in', 'beteiligt', 'beteiligung', 'backs', 'backed', 'led a round', 'finance*', 'financiert', 'gefinancierd',
    // Money put in: "put $500 million into", "injected", "steekt 2,75 miljard dollar in", "pompt", "steckt".
    'injected', 'injects', 'pumped', 'pumps', 'put', 'puts', 'steekt', 'stak', 'gestoken', 'pompt', 'pompte', 'gepompt', 'steckt', 'steckte', 'gesteckt', 'zu stecken',
    // Getting in: "eingestiegen", "ingestapt", and the separable "stapte ... in", "stieg ... ein" (SEPARABLE below).
    'eingestiegen', 'einzusteigen', 'einstieg', 'eingekauft', 'ingestapt', 'instapte', 'instapten', 'instappen', 'stapt', 'stapte', 'stapten', 'steigt', 'stieg', 'stiegen',
    // Stakes: "increase its stake in", "10 Prozent an", "belang van 10 procent", "entre au capital".
    'stake', 'stakes', 'shareholding', 'prozent an', 'procent in', 'anteil', 'anteile', 'belang', 'entre au capital', 'entree au capital', 'monte au capital',
    // A share of the capital: "détient 9,69 % du capital de Daimler", "avait pris plus de 20 % du capital de Verkor".
    'du capital de', "du capital d'",
    // Rounds: "Serie-C-Finanzierung", "investeringsronde", "tour de financement", "took part in a round".
    'serie a', 'serie b', 'serie c', 'serie d', 'serie e', 'series e', 'series f', 'finanzierung', 'investeringsronde', 'financieringsronde', 'kapitaalronde',
    'tour de financement', 'took part', 'participated', 'co-led', 'led a', 'led the',
    // A share's size in the word: "nam een minderheidsbelang in", "eine Mehrheitsbeteiligung an".
    'minderheidsbelang', 'meerderheidsbelang', 'minderheitsbeteiligung', 'mehrheitsbeteiligung', 'minderheitsanteil', 'mehrheitsanteil',
    // Who holds it: "its backers include", "Zu den Anteilseignern zählen", "de aandeelhouders van Lightyear".
    'backers', 'shareholders', 'anteilseigner', 'anteilseignern', 'geldgeber', 'geldgebern', 'aandeelhouders', 'actionnaires',
    // A round led: "led by", "aangevoerd door", "angeführt von", "menée par" (the passive: the company named before is funded).
    'led by', 'aangevoerd door', 'geleid door', 'angefuhrt von', 'angefuhrt wurde', 'angefuhrt wird', 'menee par', 'mene par', 'pilotee par', 'pilote par', 'emmenee par',
    // What a fund holds: "Tot de portefeuille van BMW i Ventures behoren", "its portfolio includes", "Zu den Beteiligungen von X zählen".
    'portfolio', 'portefeuille', 'portfolios', 'beteiligungen', 'holdings',
    // Where its money went: "its first cheque went to", "Die erste Beteiligung des Fonds ging an".
    'cheque went', 'cheques went', 'check went', 'checks went', 'ticket went', 'tickets went', 'investment went', 'investments went', 'beteiligung ging',
    // Holding a share: "has become an investor in", "the largest shareholder in", "grootste aandeelhouder in".
    'an investor in', 'shareholder in', 'aandeelhouder in', 'aandeelhouder van', 'actionnaire de', "actionnaire d'",
    // Money brought: "eingeworben bei", "15 millions d'euros apportés par".
    'eingeworben', 'einzuwerben', 'apporte', 'apportes', 'apportee', 'apportees',
    // "der bei dem Start-up einsteigt", "qu'il injecterait 500 millions dans", "soutenu par Volkswagen" (the passive: PASSIVE).
    'einsteigt', 'injecte*', 'soutenu', 'soutenue', 'soutenus', 'soutenues',
    // Who holds it, in Dutch: "Tot de vroegere geldschieters van Rivian behoren".
    'geldschieters', 'geldschieter',
    // Money given, its sum right after (MONEY_GIVEN in propose.ts): "added $5.8 million", "will contribute up to $300 million",
    // "provided funding", "steuerte davon 100 Millionen bei".
    'added', 'adds', 'contribute', 'contributes', 'contributed', 'provided', 'provides', 'chipped in', 'steuerte', 'steuerten', 'steuert',
    // ...who followed with a sum ("In april volgde Ford met 500 miljoen dollar"), who paid one for a stake ("paid $350 million for a 10% stake").
    'volgde', 'volgden', 'folgte', 'folgten', 'followed', 'betaalde', 'betaalden', 'paid', 'zahlte', 'zahlten',
    // A round led, in Dutch: "toen Amazon een ronde van 700 miljoen dollar aanvoerde".
    'aanvoerde', 'aanvoerden',
    // Joining the holders (JOINING in propose.ts, with a word for one): "trad Mercedes-Benz toe als derde aandeelhouder",
    // "als partner toetreedt tot ACC", "kam die Hyundai Motor Group als neuer Gesellschafter hinzu".
    'trad', 'traden', 'treedt', 'toetreedt', 'toetreden', 'toegetreden', 'kam', 'kamen', 'hinzugekommen',
  ],
  // ...and a fund called into being: "riefen ... Alliance Ventures ins Leben" (a fund named in the sentence is the one made).
  fund: ['fonds', 'fund', 'investeringsfonds', 'investmentfonds', 'risikokapitalfonds', 'venture fund', 'fonds de capital-risque', 'durfkapitaalfonds', 'ins leben'],
  partnership: [
    'partenariat*', 'partnership*', 'partner*', 'samenwerk*', 'partnerschaft*', 'kooperation*', 'kooperier*', 'cooperation', 'coopere*', 'collaborat*', 'collabore*',
    // (The elided "s'" is a word of its own: "s'associe", "s'étaient associées", "qu'il s'associait".)
    'associe*', 's associe*', 'alliance strategique', 'strategic alliance', 'accord*', 'agreement*', 'joint venture*', 'coentreprise*',
    'team* up', 'allie*', 'zusammenarbeit', 'tie-up', 'teamed up', 'gemeinschaftsunternehmen',
    // Working together: "work together", "arbeitet mit X zusammen", "werken samen", "travailleront ensemble" (SEPARABLE below).
    'work together', 'worked together', 'working together', 'works together', 'arbeitet', 'arbeiten', 'arbeitete', 'arbeiteten',
    'werkt', 'werken', 'werkte', 'werkten', 'travaille', 'travaillent', 'travailler', 'travailleront', 'vereinbart*', 'vereinbarung*', 'afspraken', 'overeenkomst*',
    // A project of two: "in a joint project with Swedish cell maker Northvolt".
    'joint project', 'projet commun',
    // A contract, a deal word only between the pair a sentence names as such (PAIR_ONLY): "les deux entreprises ont signé un
    // contrat", "beide Unternehmen unterzeichneten einen Vertrag", "tekenden de twee een langlopend contract".
    'contract', 'contracts', 'contrat', 'contrats', 'vertrag', 'vertrage',
  ],
  acquisition: [
    'rachete*', 'rachat', 'acquiert', 'acquis', 'acquisition', 'acquire*', 'neemt over', 'nam over', 'overname', 'ubernimmt', 'ubernahme', 'buys', 'bought', 'takeover', 'kauft', 'kaufte',
    'nam', 'neemt', 'ubernahm', 'ubernommen', 'ubernehmen', 'erwirbt', 'erwarb', 'erworben', 'gekauft', 'koopt', 'kocht', 'gekocht', 'overgenomen', 'overnemen', 'ingelijfd',
    'achete', 'achetee', 'purchase*', 'buying', 'to buy', 'reprend', 'reprise',
    // Owned once (OWNED in propose.ts): "Google owned it from 2013 until 2017", "gehörte es zu Google", "appartenait à Google".
    'owned', 'gehorte', 'appartenait',
    // Sold to a buyer: the buyer is who it goes to (SALE in propose.ts), never who sells.
    'sold', 'verkauft', 'verkocht', 'doorverkocht', 'vendu', 'vendue', 'cede', 'cedee',
  ],
  program: ['programme*', 'program*', 'plateforme', 'platform', 'accelerat*', 'incubat*', 'lancera', 'lance', 'launch*', 'lanceert', 'startet', 'challenge'],
};

/**
 * Making or trying something with a partner: a partnership only with "with" after the word and the partner right after it
 * (propose.ts): "BMW ontwikkelt zelfrijdende techniek met Fiat Chrysler", "Volkswagen bouwt met Northvolt aan fabrieken",
 * "runs a robotaxi pilot in Irvine with Hyundai Motor", "start een proef met Toyota", "trekt samen op met SmartwayZ.NL".
 */
const WITH_ONLY = new Set([
  'ontwikkelt', 'ontwikkelen', 'ontwikkelde', 'ontwikkelden', 'bouwt', 'bouwen', 'bouwde', 'bouwden', 'proef', 'proeven', 'trekt', 'trekken', 'trok', 'trokken',
  'develops', 'developed', 'develop', 'builds', 'built', 'pilot', 'pilots', 'trial', 'trials', 'tests', 'tested', 'testing',
  'entwickelt', 'entwickeln', 'entwickelte', 'entwickelten', 'baut', 'bauen', 'baute', 'bauten', 'erprobt', 'erproben', 'testet', 'testen',
  'developpe', 'developpent', 'developpera', 'developperont', 'construit', 'construisent', 'construira', 'teste', 'testent', 'testera',
  // Working with a partner: "De webwinkel werkt met Rivian aan een bestelbus", "agreed to work with Rivian", "travaille aussi avec
  // United Airlines", "exploite avec Hyundai un service pilote" (with their particle, "werkt samen", "arbeitet zusammen" are TRIGGERS').
  'work', 'works', 'worked', 'werkt', 'werken', 'werkte', 'werkten', 'arbeitet', 'arbeiten', 'arbeitete', 'arbeiteten',
  'travaille', 'travaillent', 'travaillera', 'travailleront', 'exploite', 'exploitent',
]);
/** How far after such a word "with" may come: "runs a public robotaxi pilot in Irvine, California, with Hyundai Motor". */
const WITH_REACH = 6;
const WITH_WORDS = new Set(['with', 'met', 'mit', 'avec']);
/** "trekt samen op met": the Dutch verb says it only with both its particles. */
const WITH_PARTICLES: Record<string, string[]> = { trekt: ['samen', 'op'], trekken: ['samen', 'op'], trok: ['samen', 'op'], trokken: ['samen', 'op'] };

/** Separable verbs: a deal only with their particle later in the sentence ("stapte ... in", "stieg ... ein"). */
export const SEPARABLE: Record<string, string> = {
  put: 'into', puts: 'into',
  steuerte: 'bei', steuerten: 'bei', steuert: 'bei',
  nam: 'over', neemt: 'over',
  haalt: 'op', haalde: 'op', haalden: 'op',
  trad: 'toe', traden: 'toe', treedt: 'toe', kam: 'hinzu', kamen: 'hinzu',
  stapt: 'in', stapte: 'in', stapten: 'in', steigt: 'ein', stieg: 'ein', stiegen: 'ein',
  arbeitet: 'zusammen', arbeiten: 'zusammen', arbeitete: 'zusammen', arbeiteten: 'zusammen',
  werkt: 'samen', werken: 'samen', werkte: 'samen', werkten: 'samen',
  travaille: 'ensemble', travaillent: 'ensemble', travailler: 'ensemble', travailleront: 'ensemble',
};

const PARTICLES = new Map(Object.entries(SEPARABLE));

/** German and Dutch compounds end with their deal word: "Technologiepartnerschaft", "Minderheitsbeteiligung", "Milliardenübernahme". */
const SUFFIXES: [string, DealType][] = [
  ['partnerschaft', 'partnership'], ['kooperation', 'partnership'], ['vereinbarung', 'partnership'], ['vereinbarungen', 'partnership'],
  ['zusammenarbeit', 'partnership'], ['gemeinschaftsunternehmen', 'partnership'], ['samenwerking', 'partnership'], ['afspraken', 'partnership'],
  ['beteiligung', 'investment'], ['investition', 'investment'], ['finanzierungsrunde', 'investment'], ['financieringsronde', 'investment'],
  ['ubernahme', 'acquisition'], ['overname', 'acquisition'],
];
const MIN_STEM = 4;

/** Verbs of buying that take "into", or a reflexive with its particle, to say a stake was bought. */
const BUYING = new Set(['bought', 'buys', 'buy', 'koopt', 'kocht', 'kauft', 'kaufte']);

/** Nouns that start like a deal word but name people, not a deal: "investors", "investeerders". */
const NOT_TRIGGERS = ['investor', 'investisseur', 'investeerder', 'investoren', 'partenaires', 'financier', 'leveraged', 'according'];

/** Deal words that make a deal only between a pair the sentence names as such ("the two companies signed a contract"). */
export const PAIR_ONLY = /^(?:contracts?|contrats?|vertrage?)\b/;

/** Words that make a sentence about talks, not a deal. */
export const HEDGES = ['discussion*', 'pourparlers', 'talks', 'in talks', 'gesprekken', 'gesprache', 'verhandlungen', 'envisage*', 'could', 'pourrait*', 'rumo*', 'would'];

interface Pattern {
  words: string[];
  /** Last word is a prefix. */
  prefix: boolean;
}

const compile = (s: string): Pattern => ({ words: s.replace(/\*$/, '').split(' '), prefix: s.endsWith('*') });
/**
 * Every type's patterns by the first two letters of their first word: a word is tried against a handful, not
 * hundreds. Each list keeps the types' order in TRIGGERS, the order a word's hits come in.
 */
const head = (w: string) => w.slice(0, 2);
const BY_HEAD = new Map<string, { type: DealType; p: Pattern }[]>();
for (const [type, list] of Object.entries(TRIGGERS) as [DealType, string[]][]) {
  for (const p of list.map(compile)) {
    const same = BY_HEAD.get(head(p.words[0]));
    if (same) same.push({ type, p });
    else BY_HEAD.set(head(p.words[0]), [{ type, p }]);
  }
}
/** A word shorter than this ends with no compound's deal word. */
const MIN_COMPOUND = Math.min(...SUFFIXES.map(([suffix]) => suffix.length)) + MIN_STEM;
const HEDGE_PATTERNS = HEDGES.map(compile);

export interface TriggerHit {
  type: DealType;
  /** Offset in the folded sentence (which keeps the original's length for these alphabets). */
  at: number;
  /** After "l'": the deal named as a thing ("l'investissement de Volkswagen dans Argo AI"), read only as such. */
  named?: true;
  /** A word of making or trying (WITH_ONLY): a partnership only with the partner named right after its "with". */
  withOnly?: true;
}

function wordsOf(folded: string): { w: string; at: number; named?: true }[] {
  const out: { w: string; at: number; named?: true }[] = [];
  // A scan of char codes: the words of every sentence of a page are read here, and a Unicode regular expression
  // over them cost more than the rest of the deal proposals.
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && isWordUnit(folded, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = folded.slice(start, i);
    // French elision: "d'investir", "s'associe", "qu'investit" are the word after the apostrophe; after "l'" the deal
    // word is a noun ("l'investissement de X dans Y", but also "l'investissement permettra..."), marked as such.
    const elided = word.includes("'") ? ELISION.exec(word) : null;
    if (!elided) out.push({ w: word, at: start });
    else if (elided[1] === 'l') out.push({ w: word.slice(2), at: start + 2, named: true });
    else {
      // The particle is a word of its own, for patterns that end on it ("du capital d'").
      out.push({ w: elided[0], at: start });
      out.push({ w: word.slice(elided[0].length), at: start + elided[0].length });
    }
    start = -1;
  }
  return out;
}

/** Letters, digits and the apostrophe make words (the folded text is lower case). */
function isWordUnit(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || (c >= 65 && c <= 90);
  return LETTER.test(folded[i]);
}
const LETTER = /\p{L}/u;

const ELISION = /^(l|d|qu|s|n|j|m|t|jusqu|lorsqu|puisqu)'(?=\p{L})/u;

function matchAt(words: { w: string }[], i: number, p: Pattern): boolean {
  for (let k = 0; k < p.words.length; k++) {
    const w = words[i + k]?.w;
    if (w === undefined) return false;
    const last = k === p.words.length - 1;
    if (last && p.prefix ? !w.startsWith(p.words[k]) : w !== p.words[k]) return false;
  }
  return true;
}

/** Deal words in a folded sentence, in order. */
export function triggersIn(folded: string): TriggerHit[] {
  const words = wordsOf(folded);
  const hits: TriggerHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].w;
    if (WITH_ONLY.has(w)) {
      const next = words.slice(i + 1, i + 1 + WITH_REACH).map((x) => x.w);
      const needs = WITH_PARTICLES[w];
      if (needs ? ` ${next.join(' ')} `.includes(` ${needs.join(' ')} met `) : next.some((x) => WITH_WORDS.has(x))) {
        hits.push({ type: 'partnership', at: words[i].at, withOnly: true });
        continue;
      }
    }
    const candidates = BY_HEAD.get(head(w));
    if (!candidates && w.length < MIN_COMPOUND) continue;
    if (NOT_TRIGGERS.some((n) => w.startsWith(n))) continue;
    const particle = candidates ? PARTICLES.get(w) : undefined;
    if (particle && !words.some((x, k) => k > i && x.w === particle)) continue;
    const before = hits.length;
    // Buying into a company is taking a stake in it: "bought into Rimac", "koopt zich in bij Argo AI", "kauft sich bei Argo ein".
    const into = BUYING.has(w) && (words[i + 1]?.w === 'into' || (words[i + 1]?.w === 'zich' && words.some((x, k) => k > i + 1 && x.w === 'in')) || (words[i + 1]?.w === 'sich' && words.some((x, k) => k > i + 1 && x.w === 'ein')));
    for (const { type: listed, p } of candidates ?? []) {
      const type = into && listed === 'acquisition' ? 'investment' : listed;
      // One hit per type (a type's patterns are together in the list).
      if (hits.length > before && hits.at(-1)!.type === type) continue;
      if (matchAt(words, i, p)) hits.push(words[i].named ? { type, at: words[i].at, named: true } : { type, at: words[i].at });
    }
    if (hits.length === before && w.length >= MIN_COMPOUND) {
      const compound = SUFFIXES.find(([suffix]) => w.length >= suffix.length + MIN_STEM && w.endsWith(suffix));
      if (compound) hits.push({ type: compound[1], at: words[i].at });
    }
  }
  return hits;
}

export function isHedged(folded: string): boolean {
  const words = wordsOf(folded);
  return words.some((w, i) => HEDGE_PATTERNS.some((p) => matchAt(words, i, p)) && !(MODALS.has(w.w) && reported(words, i)));
}

/** Modal hedges, which a report or a description takes back: "said they would work together", "a venture that would bring". */
const MODALS = new Set(['would', 'could']);
const REPORTING = new Set(['said', 'says', 'announced', 'agreed', 'that', 'which', 'who']);
/** Whether one of the three words before the modal reports it or opens a description. */
const reported = (words: { w: string }[], i: number) => words.slice(Math.max(0, i - 3), i).some((x) => REPORTING.has(x.w));

/** Investment words whose subject is the one funded: "Solid Power lève", "raises", "haalt op", "sammelt". */
const RAISE = ['eingeworben', 'einzuwerben', 'leve', 'leves', 'levent', 'lever', 'levera', 'leveront', 'levait', 'levaient', 'levant', 'haalden', 'raise', 'raises', 'raised', 'raising', 'haalt', 'haalde', 'opgehaald', 'ophaalt', 'sammelt', 'sammelte', 'eingesammelt', 'erhalt', 'erhielt', 'erhalten', 'secures', 'secured', 'obtient', 'obtenu', 'decroche', 'krijgt', 'kreeg', 'gekregen',
  'zamelde', 'ingezameld', 'verzamelde', 'verzameld', 'landed', 'lands', 'bagged', 'bags', 'levee', 'levees', 'reuni', 'reunit'];
const RAISED_HOLDING = /^\p{L}+\s+(?:its|their|his|her|sa|son|ses|leur|zijn|haar|seine|ihre)\s+(?:\p{L}+\s+)?(?:bet|stake|investment|holding|shareholding|position|participation|mise|belang|aandeel|beteiligung|anteil)/u;

/** Words that name a round, not who gives: "a Series A", "tour de table", "Finanzierungsrunde". */
const ROUNDS = /^(series|serie|seed|funding|tour|finanzierungsrunde|financieringsronde|investeringsronde|kapitaalronde|finanzierung|levee)/;
/** Words around which every organisation named invests in the round (who is funded is named with "of", "von", or is the text's): "led the", "took part", "Leadinvestoren". */
const ROUND_PARTS = /^(series|serie|seed|funding round|finanzierungsrunde|financieringsronde|investeringsronde|kapitaalronde|finanzierung|tour de (table|financement)|took part|participated|co-led|led a|led the|aanvoerden?)\b/;
/** Words for those who hold a company: "its backers include", "Zu den Anteilseignern zählen", "de aandeelhouders van". */
const HOLDERS = /^(backers|shareholders|anteilseignern?|geldgebern?|aandeelhouders|geldschieters?|actionnaires)\b/;

/** Words for what an investor holds: "the portfolio of", "Tot de portefeuille van", "Zu den Beteiligungen von". */
const HOLDINGS = /^(portfolios?|portefeuille|beteiligungen|holdings|cheques? went|checks? went|tickets? went|investments? went|investments? (?:of|by) the \p{L}+ went|beteiligung(?: des \p{L}+)? ging|investering(?: van het \p{L}+)? ging|deelneming(?: van het \p{L}+)? ging|investissement(?: du \p{L}+)? (?:est )?alle|participation(?: du \p{L}+)? (?:est )?allee)\b/u;

/** Words that give money only with the sum or "funding" right after them: "added $5.8 million", "provided funding". */
const GIVING = /^(?:added|adds|contribute|contributes|contributed|provided|provides|chipped in|steuerte|steuerten|steuert|volgden?|folgten?|followed|betaalden?|paid|zahlten?)\b/;
/** Words that give money only for a stake: "betaalde 350 miljoen dollar voor een belang", not "paid 10 billion for TRW". */
const PAYING = /^(?:betaalden?|paid|zahlten?)\b/;
const FOR_A_STAKE = /^[^.;]{0,80}?\b(?:voor|for|fur|für)\s+(?:een|a|an|ein|eine|einen)\s+(?:[\p{L}\d,.%-]+\s+){0,4}?(?:belang|stake|anteil|beteiligung|aandeel)/u;
const FUNDING_AFTER = /^\S+(?:\s+in)?\s+(?:\p{L}+\s+)?(?:funding|financing|capital)\b/u;
/** How far after a giving word its sum may start. */
const SUM_REACH = 32;

/**
 * Whether the deal word at `at` gives money: a giving word with its sum (an amount starting at one of `sums`, offsets in
 * the folded sentence) or "funding" right after it. Null when it is no giving word.
 */
export function givesMoney(folded: string, at: number, sums: readonly number[]): boolean | null {
  if (!GIVING.test(folded.slice(at, at + 16))) return null;
  if (PAYING.test(folded.slice(at, at + 12)) && !FOR_A_STAKE.test(folded.slice(at))) return false;
  return sums.some((start) => start > at && start - at <= SUM_REACH) || FUNDING_AFTER.test(folded.slice(at, at + 48));
}

/** Whether the deal word at `at` names what an investor holds, listed around it. */
export function isHoldings(folded: string, at: number): boolean {
  // (Long enough for "beteiligung des fonds ging", "investering van het fonds ging".)
  return HOLDINGS.test(folded.slice(at, at + 40));
}

/** Whether the deal word at `at` names the holders of a company, listed around it. */
export function isHolders(folded: string, at: number): boolean {
  return HOLDERS.test(folded.slice(at, at + 20));
}

/** Whether the deal word at `at` names a round (or a part in one) rather than an act of one party on another. */
export function isRound(folded: string, at: number): boolean {
  return ROUND_PARTS.test(folded.slice(at, at + 40));
}

/**
 * Whether the deal word at `at` says the subject is funded: a raising verb ("lève", "raised",
 * "haalde op", "sammelte"), or a round's name in a sentence with one ("in een Series A ... opgehaald bij").
 */
export function isRaise(folded: string, at: number): boolean {
  const word = /^[\p{L}']+/u.exec(folded.slice(at))?.[0] ?? '';
  // "raises its bet on QuantumScape", "raised its stake in": the subject invests more, it is not funded.
  if (RAISED_HOLDING.test(folded.slice(at, at + 40))) return false;
  if (RAISE.includes(word)) return true;
  return ROUNDS.test(word) && wordsOf(folded).some((w) => RAISE.includes(w.w));
}

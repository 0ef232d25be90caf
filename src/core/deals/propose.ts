/**
 * Deal proposals from an article's text: per sentence, the deal words (triggers) say what kind
 * of deal, the entity mentions around them say who, the amounts and dates say how much and
 * when. Sentences that refer back ("le fonds", "het fonds", "elle", "les deux sociétés") take
 * their parties from the sentences before. Proposals are suggestions for the reader to confirm.
 */
import { kbEntity, kbEntities, mediaIds } from '../kb';
import type { DealType, EntityType } from '../kb/types';
import type { Mention } from '../match/matcher';
import type { Amount } from '../money/recognise';
import { foldSameLength } from '../text/char-class';
import { asidesOf, inAside, type Aside } from './asides';
import { findDates } from './dates';
import { sentences, type Span } from './sentences';
import { givesMoney, isHedged, isHoldings, isHolders, isRaise, isRound, PAIR_ONLY, triggersIn, type TriggerHit } from './triggers';

export interface ProposedParty {
  id: string;
  name: string;
}

export interface Proposal {
  type: DealType;
  investors: ProposedParty[];
  targets: ProposedParty[];
  partners: ProposedParty[];
  sponsors: (ProposedParty & { share?: number })[];
  amount: { value: number; currency: string } | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date: string | null;
  /** The sentence it came from. */
  start: number;
  end: number;
}

export interface ProposeOptions {
  /** The article's publication date (YYYY[-MM[-DD]]): the default date, and the year of "10 januari". */
  published?: string;
}

const ORG: EntityType[] = ['fund', 'company', 'accelerator'];
/** Words that refer back to an organisation named before. */
const ANAPHORA = /\b(le fonds|ce fonds|het fonds|dit fonds|the fund|der fonds|le groupe|le groupement|la societe|l'entreprise|elle|il|ce dernier|ce-dernier|the company|it|het bedrijf|de groep|de alliantie|die gruppe|das unternehmen|der konzern|der \p{L}+ konzern|die wolfsburger|die stuttgarter|die munchner|die ingolstadter|son|sa|ses|zijn|its|ihr)\b/u;
/** A description that refers back to the organisation the text is about: "the German group", "het Duitse concern", "le constructeur japonais". */
const DESCRIBED = /\b(?:the|de|der|die|das|het|le|la|l')\s+(?:\p{L}+\s+){0,2}?(?:carmaker|automaker|car maker|group|groep|gruppe|groupe|autobouwer|sportwagenbouwer|autofabrikant|concern|autokonzern|autobauer|autohersteller|sportwagenbauer|hersteller|constructeur)\b/u;
/** A sentence that opens on a word for the one the text is about: "The fund…", "Since then it…", "Le fonds…", "Het bedrijf…". */
const SUBJECT_BACK = /^(?:\p{L}+\s+){0,3}?(?:the fund|the company|the group|it|le fonds|ce fonds|le groupe|il|elle|het fonds|het bedrijf|de groep|der fonds|das unternehmen|der konzern|es)\s/u;
/** "the fund", "le fonds", "het fonds", "der Fonds", "ce fonds": a fund referred back to. */
const ANAPHOR_FUND = /\b(?:the|this|its|le|ce|son|het|dit|zijn|der|dieser|sein)\s+(?:(?:first|second|new|eerste|tweede|nieuwe|premier|deuxieme|nouveau|erste|zweite|neue)\s+)?(?:fund|fonds)\b/;
/** Right before the sponsors a fund is named by: "le fonds de", "the fund of", "het fonds van", "der Fonds von". */
const FUND_OF_BEFORE = /\b(?:fonds|fund)\s+(?:de|d'|des|du|of|van|von)\s*$/;
/** A possessive relative right before a deal noun: "BMW, whose own investment", "Renault, dont la participation", "Daimler, dessen Beteiligung". */
const WHOSE_BEFORE = /,\s+(?:whose|dont (?:la|le|l'|les)|deren|dessen|wiens|wier)\s*(?:\p{L}+\s+){0,2}$/u;
/** Where the next making-with word's own clause begins (the comma before it), or -1: its partners are not this deal's. */
function nextWithStop(folded: string, hits: readonly TriggerHit[], at: number): number {
  const next = hits.find((h) => h.withOnly && h.at > at);
  return next ? folded.lastIndexOf(',', next.at) : -1;
}

/** A subject described by a noun, the word a few words on: "the retailer agreed to", "la start-up exploite d'ailleurs". */
const DESCRIBED_SUBJECT = /(?:^|[\s,])(?:the|der|die|das|de|het|le|la|l')\s*[\p{L}-]+\s+(?:[\p{L}'-]+\s+){0,3}$/u;
/** "with the Swedish Northvolt", "met het Zweedse Northvolt": the partner right after "with". */
const WITH_RIGHT_BEFORE = /\b(?:met|mit|avec|with)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** A partner named with "with": "met Volocopter", "mit Daimler", "avec Renault", "with Uber". */
const WITH_BEFORE = /\b(?:met|mit|avec|with)\s+(?:\p{L}+\s+)?$/u;
/** Owning once: "owned", "gehörte", "appartenait". */
const OWNED = /^(?:owned|gehorte|appartenait)\b/;
/** How far after "owned" what it owned may start: "owned the robot maker Boston Dynamics". */
const OWNED_REACH = 30;
/** Words of a sale: who buys is named after "to", "an", "aan", "à". */
const SALE = /^(?:sold|verkauft|verkocht|doorverkocht|vendue?|cedee?)\b/;
const SOLD_TO_BEFORE = /\b(?:to|an|aan|a|à)\s+(?:(?:the|den|dem|de|het|le|la|l')\s+)?(?:[\p{L}-]+\s+)?$/u;
/** A sale in the passive: "was sold", "wird ... verkauft", "werd verkocht", "a été vendu", "sera cédée". */
const SALE_PASSIVE = /\b(?:was|were|been|is|be|wird|wurde|werd|wordt|worden|est|a ete|sera|seront|ete)\b(?:\s+[\p{L}\d.,-]+){0,8}\s*$/u;
const SOLD_PRONOUN = /\b(?:it|es|het|hij|il|elle|sie|ze)\s+(?:[\p{L}\d.,-]+\s+){0,8}$/u;
/** A stake sold is an investment's, read elsewhere: "sold its stake in", "verkaufte seine Anteile". */
const STAKE_AFTER = /^\p{L}+\s+(?:(?:its|their|his|her|sa|son|ses|leur|zijn|haar|seine|ihre|the|a|de|het|die|den|le|la)\s+)?(?:\p{L}+\s+)?(?:stake|shares|holding|participation|belang|aandelen|anteile?|beteiligung)/u;
/** Another who did the same: ", as has", ", as did", ", tout comme", ", net als", ", ebenso wie". */
const AS_HAS_BEFORE = /,\s+(?:as (?:has|did|had|does|have)|tout comme|net als|ebenso wie|genau wie)\s+(?:(?:the|le|la|de|het|der|die)\s+)?$/;
/** What is left of a gapped clause after its new subject: ", BMW bereits 2017.", ", BMW in 2017", ", BMW en 2017". */
const GAPPED = /^,\s+[^,;:]{1,60}?\s+(?:(?:bereits|schon|already|deja|déjà|al|ook|auch|also)\s+)?(?:(?:im jahr|in|en|in het jaar)\s+)?(\d{4})\s*[.;]?\s*$/u;
/** A unit of a company, named by what it does: "in motorenbedrijf van", "dans l'unité de conduite autonome de", "in the self-driving unit of". */
const UNIT_OF_BEFORE = /\b(?:in|into|dans)\s+(?:(?:het|de|the|le|la|l'|its|sa|son)\s*)?(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]*(?:bedrijf|tak|divisie|dochter|unit|business|division|arm|unite|division|branche|filiale|sparte|tochter))\s+(?:[\p{L}-]+\s+){0,4}?(?:van|of|de|du|d'|des|von)\s*$/u;
const UNIT_AFTER = /^(?:['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:unit|business|division|arm|subsidiary|operations)\b|s?\s+(?:[\p{L}-]+\s+)?[\p{L}-]*(?:sparte|tochter|abteilung|einheit|divisie)\b)/iu;
/** A relative word before those who invest, the target before it: "waarin", ", in which", "dans lequel", ", in das". */
const REL_IN = /\bwaarin\s|,\s+in which\s|\bdans (?:lequel|laquelle)\s|,\s+in (?:das|den|die|dem)\s/g;
/** Where the last match of a global pattern starts in a text, or -1. */
function lastMatch(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
}
/** Right before a fund that is invested in: "invest in", "investit dans", "investeert in", "beteiligt sich an". */
const FUND_TARGET_BEFORE = /\b(?:in|into|dans|an)\s+(?:the\s+|le\s+|het\s+|den\s+)?$/;
/** Words that refer back to the start-up the text is about: funded, not funding. */
const STARTUP_BACK = /\b(?:the|la|de|het|das|der|die)\s+(?:\p{L}+\s+)?(?:start-up|startup|jeune pousse)\b/u;
/** Words that say an agreement was reached, whatever it is about. */
const AGREEMENT = /^(?:vereinbar|agree|accord|afspra|overeenkom|akkoord)/;
const BOTH = /\b(les deux|both|beide|beiden|de twee|die beiden|the two|the partners|die partner|de partners|les partenaires)\b/;
/** A fund named by its sponsors is a deal only when it is created or sized: not every "le fonds" is news. */
const CREATION = /\b(lance|lancent|lancement|cree|creation|oprichting|opgericht|opgezet|gelanceerd|richt op|launch\w*|creat\w*|set up|opened|opens|grundet|gegrundet|aufgelegt|ins leben|annonce|aangekondigd|announc\w*|komt)\b/;

/** An amount with a value: money the text does not count ("ein zweistelliger Millionenbetrag") sizes no deal. */
type Quantified = Amount & { value: number };
const quantified = (a: Amount): a is Quantified => a.value !== null;

interface Sentence extends Span {
  folded: string;
  hits: TriggerHit[];
  asides: Aside[];
  /** Every organisation named, those in asides too: what later sentences may refer back to. */
  named: Mention[];
  orgs: Mention[];
  amounts: Quantified[];
}

const party = (id: string): ProposedParty => ({ id, name: kbEntity(id)?.name ?? id });

/** The KB fund that these companies sponsor (or belong to), when exactly one fits best. */
function fundOf(companyIds: string[]): string | null {
  if (companyIds.length === 0) return null;
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const e of kbEntities) {
    if (e.type !== 'fund') continue;
    const score = (e.relations ?? []).filter((r) => (r.type === 'sponsored-by' || r.type === 'part-of') && companyIds.includes(r.entity)).length;
    if (score > bestScore) {
      best = e.id;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

function sponsorsOf(fundId: string, fallback: string[]): Proposal['sponsors'] {
  const rel = (kbEntity(fundId)?.relations ?? []).filter((r) => r.type === 'sponsored-by');
  if (rel.length) return rel.map((r) => ({ ...party(r.entity), ...(r.share !== undefined ? { share: r.share } : {}) }));
  return fallback.map(party);
}

export function proposeDeals(text: string, mentions: Mention[], amounts: Amount[], options: ProposeOptions = {}): Proposal[] {
  const all = findDates(text);
  const articleDate = options.published ?? all.find((d) => d.value.length >= 7)?.value;
  const year = articleDate ? Number(articleDate.slice(0, 4)) : undefined;
  // Each sentence takes its own run of the mentions and amounts (in text order): a window, not a pass over all of them.
  const orgsInOrder = mentions.filter((m) => ORG.includes(m.type)).sort((a, b) => a.start - b.start);
  const peopleInOrder = mentions.filter((m) => m.type === 'person').sort((a, b) => a.start - b.start);
  const amountsInOrder = [...amounts].sort((a, b) => a.start - b.start);
  const spans: Sentence[] = sentences(text).map((s) => {
    const folded = foldSameLength(text.slice(s.start, s.end));
    // A newspaper cited as the source ("selon Les Echos", "Bloomberg reported") is no party to the deal.
    // A name that only qualifies a compound ("Renault-Geely-Motorenfirma", "BMW-Chef", "VW-Tochter Audi") is no party either.
    // ...nor one that says where a person works or worked ("founded by an early Tesla engineer", "former Google engineers").
    const named = within(orgsInOrder, s).filter((m) => !mediaIds.has(m.id) && !qualifiesCompound(text, m) && !workedAt(text, m));
    const hits = triggersIn(folded);
    const inside = (at: number, start: number, end: number) => at >= start && at < end;
    const here = within(amountsInOrder, s);
    // Nor is one in a description of another ("Aurora, another company started by former Google engineers, raised").
    const asides = asidesOf(
      folded,
      named.map((m) => ({ start: m.start - s.start, end: m.end - s.start })),
      { amount: (start, end) => here.some((a) => inside(a.start - s.start, start, end)), deal: (start, end) => hits.some((h) => inside(h.at, start, end)) },
    );
    return {
      ...s,
      folded,
      hits,
      asides,
      orgs: named.filter((m) => !inAside(asides, m.start - s.start)),
      named,
      // A valuation or a running total is no deal's amount: "valued the company at $3.5 billion", "$3.65 billion in total".
      amounts: here.filter((a): a is Quantified => quantified(a) && !valuationOrTotal(text, a)),
    };
  });

  const out: Proposal[] = [];
  let subject: string | null = null; // the organisation the text is about lately
  let fund: string | null = null; // the fund it is about lately
  let previous: Mention[] = [];
  let funded: string | null = null; // the company the text's latest investment funds
  let bought: string | null = null; // ...and the one its latest purchase buys
  let lastParties: string[] = []; // the parties of the latest deal found
  let box: FactBox | null = null; // a fact box under way: its heading said whose holdings or holders its lines list
  let lastMade: Proposal[] = []; // the proposals of the latest sentence that made any
  let lastMadeAt = -1; // ...and its index
  let lastMadeStated: string | null = null; // ...and the date it stated, if any
  let lastMadeBoxed = false; // ...and whether it was a fact box's line
  const fundsNamed = new Map<string, number>(); // how often each fund was named so far
  const orgsNamed = new Map<string, number>(); // ...and each organisation but programmes
  const companiesNamed = new Map<string, number>(); // ...and each company

  spans.forEach((s, idx) => {
    // This sentence's proposals are those made from here on (the sentences go in order).
    const madeBefore = out.length;
    const local = (m: Mention) => m.start - s.start;
    // A list's items may each carry a description ("dans Turntide Technologies, qui développe un moteur, dans Solid Power").
    const described = s.asides.map((x) => ({ start: x.start + s.start, end: x.end + s.start }));
    const group = (ms: Mention[]) => firstGroup(text, ms, described);
    // Read only for a sentence that proposes: most have no deal, and dates are regular expressions over the sentence.
    let date: string | null | undefined;
    let stated: string | null | undefined;
    const statedHere = () => (stated === undefined ? (stated = findDates(text.slice(s.start, s.end), year)[0]?.value ?? null) : stated);
    const dateHere = () => {
      if (date === undefined) date = statedHere() ?? (articleDate ? articleDate.slice(0, 7) : null);
      return date;
    };
    const refersBack = ANAPHORA.test(s.folded);
    // Who invests or leads may be described ("the German group led"); a party to an agreement is left to the words above.
    const investorBack = refersBack || DESCRIBED.test(s.folded);
    // "la jeune pousse a levé 22 millions d'euros auprès de…": the one funded, when the text has funded one.
    const fundedBack = STARTUP_BACK.test(s.folded) ? funded ?? subject : refersBack ? subject : null;
    // A holding described ("QuantumScape, soutenu par Volkswagen") is not news of the day: only a date it states is its date.
    const make = (type: DealType, roles: Partial<Pick<Proposal, 'investors' | 'targets' | 'partners' | 'sponsors'>>, amount: Quantified | undefined, described = false): void => {
      out.push({
        type,
        investors: roles.investors ?? [],
        targets: roles.targets ?? [],
        partners: roles.partners ?? [],
        sponsors: roles.sponsors ?? [],
        amount: amount ? { value: amount.value, currency: amount.currency } : null,
        date: described ? statedHere() : dateHere(),
        start: s.start,
        end: s.end,
      });
    };

    // A fact box: "De portefeuille tot nu toe" / "Kalray (Frankrijk): processor ...", "Northvolt's first cheques" / "Vattenfall: $560,000".
    const heading = factBoxHeading(text, s, subject, fund, funded, () => within(peopleInOrder, s));
    let boxItem = false;
    if (heading) box = heading;
    else if (box) {
      const item = s.orgs[0] && s.orgs[0].start - s.start <= 2 && ITEM_AFTER.test(text.slice(s.orgs[0].end, s.orgs[0].end + 48)) ? s.orgs[0] : null;
      const share = item ? ITEM_SHARE.exec(s.folded.slice(item.end - s.start, item.end - s.start + 80)) : null;
      if (!item && !(box.shares && ANY_ITEM.test(text.slice(s.start, s.end)))) box = null;
      else {
        // (A line of a group's box that gives no share is read as any other line.)
        boxItem = !box.shares || share !== null;
        if (item && item.id !== box.owner && (box.kind === 'holders' || item.type === 'company') && (!box.shares || share)) {
          const [investor, target] = box.kind === 'holdings' ? [box.owner, item.id] : [item.id, box.owner];
          // A majority held is a company bought; a smaller share an investment.
          const majority = share !== null && parseFloat(share[1].replace(',', '.')) >= 50;
          make(majority ? 'acquisition' : 'investment', { investors: [party(investor)], targets: [party(target)] }, s.amounts[0]);
        }
      }
    }
    if (!heading && !boxItem && s.hits.length > 0 && !isHedged(s.folded)) {
      const seen = new Set<string>();
      const hits = s.hits;
      // "vereinbart, die Mehrheit an Torc zu übernehmen", "agreed to invest": the agreement is that deal's, not a partnership.
      const acts = hits.some((h) => h.type === 'acquisition' || h.type === 'investment');
      const both = BOTH.exec(s.folded);
      // "GM put $500 million into Lyft, and Volkswagen injected $300 million into Gett": each clause with a deal word of its own is read alone.
      const bounds = clauseBounds(s.folded, hits);
      // An investment or purchase word that made no proposal does not stop a later one of its type in the clause
      // ("The investment follows ... it has put money into"); the first word of the other kinds speaks for the clause.
      let pending: string | null = null;
      let pendingFrom = 0;
      for (const hit of hits) {
        if (pending !== null && out.length > pendingFrom) seen.add(pending);
        pending = null;
        if (hit.type === 'partnership' && acts && AGREEMENT.test(s.folded.slice(hit.at, hit.at + 14))) continue;
        // A contract is a deal only between the pair named as such: "customer contracts worth $27 billion" are orders.
        if (hit.type === 'partnership' && !both && PAIR_ONLY.test(s.folded.slice(hit.at, hit.at + 12))) continue;
        // "the partners", "beide Partner", "les deux partenaires" refer back to a pair: no deal word of their own.
        if (both && hit.at >= both.index && hit.at < both.index + both[0].length + 12 && /^partn/.test(s.folded.slice(hit.at))) continue;
        // A deal word inside a name is no deal word: "SoftBank Vision Fund", "Toyota Invention Partners".
        if (s.orgs.some((m) => local(m) <= hit.at && hit.at < m.end - s.start)) continue;
        // ...nor one in a description ("Toyota Ventures, the early-stage investment arm of Toyota, said").
        if (inAside(s.asides, hit.at)) continue;
        const clause = clauseOf(bounds, hit.at);
        const inThisClause = (h: TriggerHit) => clauseOf(bounds, h.at).index === clause.index;
        // The holders of a company listed in the clause are another deal than its own investment ("invest in X, a fund that counts
        // A and B among its backers").
        // ...and who owned a company once ("Google owned it until 2017, when it was sold to SoftBank") another than who bought it.
        // (Each making-with word is its own: "Daimler werkt samen met Bosch aan …, BMW ontwikkelt … met Fiat Chrysler".)
        const kind = hit.withOnly ? `with${hit.at}` : hit.type === 'investment' && isHolders(s.folded, hit.at) ? 'holders' : hit.type === 'acquisition' && OWNED.test(s.folded.slice(hit.at, hit.at + 14)) ? 'owned' : hit.type;
        if (seen.has(`${kind}:${clause.index}`)) continue;
        if (hit.type === 'investment' || hit.type === 'acquisition') {
          pending = `${kind}:${clause.index}`;
          pendingFrom = out.length;
        } else seen.add(`${kind}:${clause.index}`);
        // Who acts, and whom it acts on, are named in its clause; when the clause names nobody on one side, the sentence does.
        const inClause = s.orgs.filter((m) => local(m) >= clause.start && local(m) < hit.at);
        const before = inClause.length ? inClause : s.orgs.filter((m) => local(m) < hit.at);
        const afterInClause = s.orgs.filter((m) => local(m) > hit.at && local(m) < clause.end);
        const after = afterInClause.length ? afterInClause : s.orgs.filter((m) => local(m) > hit.at);
        // Who may act before the deal word: a programme is run, it invests or signs nothing itself.
        const actors = before.filter((m) => m.type !== 'accelerator');
        // Who acts with the verb second or first: the last list before it, else the first after it ("In april volgde Ford met …").
        const whoActs = (skip?: string) => (actors.length ? lastGroup(text, actors) : group(after.filter((m) => m.type !== 'accelerator' && m.id !== skip)));
        let verbFirst: ReturnType<typeof inverted> = null;
        let giving: boolean | null = null;
        let targetAt = -1;
        // The company a round, a portfolio or a list of holders is of: named with "of"/"von"/"van" right after the deal word.
        const namedOf = (type: EntityType) => after.find((m) => m.type === type && OF_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 6), local(m))) && local(m) - hit.at <= ROUND_OF_REACH);
        // "its other backers", "the company's shareholders", "seine Geldgeber": said to be the text's company's.
        const saidToBeIts = () => HOLDERS_OF_IT.test(s.folded.slice(Math.max(0, hit.at - 24), hit.at));
        // The deal's amount: the first after its deal word, else the nearest before it ("dat het 2,75 miljard dollar steekt in Cruise").
        const amountAfter = s.amounts.find((a) => a.start - s.start > hit.at && a.start - s.start < clause.end) ?? s.amounts.filter((a) => a.end - s.start <= hit.at && a.start - s.start >= clause.start).at(-1);

        // "La prise de participation d'Alliance Ventures dans Ionic Materials", "l'investissement de Volkswagen dans Argo AI",
        // "die Milliardeninvestition von Volkswagen in Argo AI": the deal named as a thing, who after "de"/"von", in whom after "dans"/"in".
        const nominal = hit.type === 'investment' ? nominalInvestment(s.folded, hit.at, after, local) : null;
        // "acquired the stake of Ford in Argo AI": a holding bought is the purchase's, not a deal of its holder.
        if (nominal && hits.some((h) => h.type === 'acquisition' && h.at < hit.at && inThisClause(h))) continue;
        if (nominal) {
          make('investment', { investors: [party(nominal.investor)], targets: [party(nominal.target)] }, amountAfter);
          continue;
        }
        // "alongside BMW, whose own investment in Solid Power dates back to 2017": the one before "whose" holds it.
        const owner = hit.type === 'investment' && WHOSE_BEFORE.test(s.folded.slice(Math.max(0, hit.at - 28), hit.at)) ? before.at(-1) : undefined;
        const owned = owner && after.find((m) => m.type === 'company' && m.id !== owner.id && local(m) - hit.at <= NOMINAL_REACH && NOMINAL_TARGET.test(s.folded.slice(Math.max(0, local(m) - 10), local(m))));
        if (owner && owned) {
          make('investment', { investors: [party(owner.id)], targets: [party(owned.id)] }, amountAfter);
          continue;
        }
        // Any other deal word after "l'" is named as a thing with nobody said to do it ("l'investissement permettra...").
        if (hit.named) continue;
        if (hit.type === 'partnership' && hit.withOnly) {
          // "BMW ontwikkelt zelfrijdende techniek met Fiat Chrysler en Intel": who makes it is named before the word, its
          // partners right after the "with" that follows it (a name further on is no partner: "builds the iX with cells from CATL").
          // (The verb second, who makes it right after it: "Inmiddels trekt De Verkeersonderneming samen op met SmartwayZ.NL".)
          // Only the clause's own: "…since Porsche's first investment, and works with Aston Martin" is the company's, not Porsche's;
          // a clause that opens on "and" and its verb shares the sentence's subject.
          const withRightBefore = (m: Mention) => WITH_RIGHT_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 30), local(m)));
          const makers = inClause.filter((m) => m.type !== 'accelerator');
          const shared = !makers.length && /^[\s,;]*(?:and|et|en|und)\s+(?:\p{L}+\s+)?$/u.test(s.folded.slice(clause.start, hit.at));
          const head = shared ? s.orgs.find((m) => m.type !== 'accelerator' && local(m) < 4) : undefined;
          const inverted = makers.length || shared ? undefined : after.find((m) => m.type !== 'accelerator' && !withRightBefore(m));
          // (Described, with no name before the word: "The group already runs a pilot … with Pony.ai", "Der Fahrdienst arbeitet mit
          // Motional zusammen": the one the text is about; "la start-up": the one it funds.)
          // (A shared subject counts only when named: "The company has doubled …, and works with Aston Martin" guesses none.)
          const subjectText = s.folded.slice(clause.start, hit.at);
          const described = !makers.length && !inverted && !shared && DESCRIBED_SUBJECT.test(subjectText) ? (STARTUP_BACK.test(subjectText) ? funded ?? subject : subject) : null;
          const lead = makers.at(-1)?.id ?? head?.id ?? inverted?.id ?? described ?? undefined;
          const first = after.find((m) => m.type !== 'accelerator' && m !== inverted);
          // ("AID, dat onder Audi de techniek ontwikkelde, wordt samengevoegd met Argo": the word ends its clause.)
          if (!first || !lead || /^\S+,/.test(s.folded.slice(hit.at)) || !withRightBefore(first)) continue;
          const stop = nextWithStop(s.folded, hits, hit.at);
          const partners = idsOf(group(after.filter((m) => m.type !== 'accelerator' && local(m) >= local(first) && (stop <= hit.at || local(m) < stop)))).filter((id) => id !== lead);
          if (partners.length === 0 || partners.length > MAX_PAIRED) continue;
          make('partnership', { partners: [lead, ...partners].map(party) }, amountAfter);
        } else if (hit.type === 'partnership') {
          // "..., und beide Partner gründeten ein Gemeinschaftsunternehmen": the pair is the clause's subject, not a name before the clause.
          const pairSubject = both !== null && both.index >= clause.start && both.index < hit.at && inClause.length === 0;
          // "De Chinese groep richt met Volocopter een joint venture op": a described subject, its partner named with "met".
          const describedWith = !refersBack && investorBack && after.length > 0 && WITH_BEFORE.test(s.folded.slice(Math.max(0, local(after[0]) - 8), local(after[0])));
          // "SoftBank set up Monet Technologies, a joint venture with Toyota": the company set up is no party; who set it up is.
          const setUp = actors.at(-1) && SET_UP_BEFORE.test(s.folded.slice(Math.max(0, local(actors.at(-1)!) - 24), local(actors.at(-1)!))) && /^,\s+(?:a|an|une?|een|ein|eine)\s+$/.test(s.folded.slice(actors.at(-1)!.end - s.start, hit.at)) ? actors.at(-1)! : undefined;
          const leader = setUp ? actors.slice(0, -1).at(-1) : actors.at(-1);
          let lead = pairSubject ? null : leader?.id ?? before.at(-1)?.id ?? (refersBack || describedWith ? resolveBack(s.folded, subject, previous) : null);
          // ...or before the deal word, the partner alone: "De Chinese groep richt met Volocopter een joint venture op".
          const withPartner = actors.length === 1 && investorBack && WITH_BEFORE.test(s.folded.slice(Math.max(0, local(actors[0]) - 8), local(actors[0])));
          const described = withPartner ? resolveBack(s.folded, subject, previous) : null;
          // "l'accord qui crée Sony Honda Mobility", "the deal that creates X": the company created is theirs, not a party.
          const created = after.filter((m) => CREATES_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 48), local(m))));
          // (With the pair as subject, a partner is named in the clause: "The two companies have worked together since 2012, and Volkswagen…".)
          // (Its short name too: "das Gemeinschaftsunternehmen Gotion InoBat Batteries, kurz GIB".)
          const createdIds = new Set(created.map((m) => m.id));
          // (A making-with word later in the sentence starts a deal of its own: "Daimler werkt samen met Bosch aan …, BMW ontwikkelt … met Intel".)
          const stop = nextWithStop(s.folded, hits, hit.at);
          const partnersAfter = (pairSubject ? afterInClause : after).filter((m) => !createdIds.has(m.id) && (stop <= hit.at || local(m) < stop));
          let others = group(partnersAfter).map((m) => m.id).filter((id) => id !== lead);
          if (described && described !== actors[0].id && others.length === 0) [lead, others] = [described, [actors[0].id]];
          let together = false;
          // "die Vereinbarung zwischen Stellantis und CATL", "a partnership between X and Y", "une samenwerking tussen Horse, Aramco en
          // Valvoline": the parties are the list after "between", whoever is named before.
          const between = BETWEEN_AFTER.exec(s.folded.slice(hit.at, hit.at + 60));
          if (between) {
            const from = hit.at + between[0].length;
            const parties = idsOf(group(s.orgs.filter((m) => local(m) >= from && m.type !== 'accelerator')));
            if (parties.length >= 2) {
              make('partnership', { partners: parties.map(party) }, amountAfter);
              continue;
            }
          }
          // "La coentreprise a été fondée en 2017 par BMW, Daimler, Ford et le groupe Volkswagen": its founders are its parties.
          const founded = FOUNDED_BY.exec(s.folded.slice(hit.at));
          if (founded) {
            const by = hit.at + founded.index + founded[0].length;
            const founders = idsOf(group(s.orgs.filter((m) => local(m) >= by && m.type !== 'accelerator')));
            if (founders.length >= 2) {
              make('partnership', { partners: founders.map(party) }, amountAfter);
              continue;
            }
          }
          // "Volvo Cars richtte met Northvolt een joint venture op", "Daimler und Geely kündigten ein Joint Venture an": all named before it.
          if (others.length === 0) {
            const named = idsOf(actors);
            // ...joined as parties are ("met", "mit", "with", "and", a comma), not a subject and a passing name.
            const joined = actors.length >= 2 && PARTY_JOINER.test(s.folded.slice(local(actors[0]), local(actors.at(-1)!)));
            if (named.length >= 2 && joined) [lead, others, together] = [named[0], named.slice(1), true];
          }
          // "Zusätzlich haben die beiden Unternehmen Vereinbarungen geschlossen: Woven Planet darf … nutzen": a name after the word that
          // is one of the last deal's two parties, and none other, says the pair the words refer to is that deal's.
          // (Not one named as a partner: "Both carmakers expanded their agreements with Solid Power" is each one's with it.)
          const withSomeone = partnersAfter.some((m) => WITH_RIGHT_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 30), local(m))));
          if (!lead && pairSubject && !withSomeone && lastParties.length === 2 && others.length > 0 && others.every((id) => lastParties.includes(id))) {
            make('partnership', { partners: lastParties.map(party) }, amountAfter);
            continue;
          }
          // "Les deux groupes", "beide Unternehmen", "the two companies": the pair the text spoke of last.
          if (!lead && BOTH.test(s.folded)) {
            // Only when that pair is plain: the last deal's two parties, else the previous sentence's only two organisations.
            const last = lastParties.filter((id) => !others.includes(id));
            const recent = idsOf(previous.filter((m) => m.type !== 'accelerator')).filter((id) => !others.includes(id));
            // ...else the parties of the latest two-party deal of the last few sentences.
            const lately = out.filter((p) => p.start >= (spans[Math.max(0, idx - PAIR_SENTENCES)]?.start ?? 0)).map((p) => idsOf([...p.investors, ...p.partners, ...p.targets]).filter((id) => !others.includes(id))).reverse().find((ids) => ids.length === 2);
            // ...else the two organisations the text has named most ("the two companies" of an article about their deal).
            const pair = last.length === 2 ? last : recent.length === 2 ? recent : lately ?? topTwo(orgsNamed).filter((id) => !others.includes(id));
            if (pair.length === 2 && others.length === 0) [lead, others, together] = [pair[0], [pair[1]], true];
            else if (pair.length === 2) {
              // "Both carmakers expanded their agreements with Solid Power": each with it.
              for (const a of pair) for (const p of new Set(others)) make('partnership', { partners: [party(a), party(p)] }, amountAfter);
              continue;
            }
          }
          if (!lead || others.length === 0) continue;
          // Parties named together ("Honda, GM and Cruise announced a partnership") make one deal; one party signing
          // with several ("BMW a signé avec China Unicom et NavInfo") makes one deal with each.
          if (together) make('partnership', { partners: [lead, ...new Set(others)].map(party) }, amountAfter);
          // (A list of more than three after the word is who belongs to something, "each of the founding partners, BMW, Daimler,
          // Ford and Volkswagen", not as many deals of one.)
          else if (new Set(others).size <= MAX_PAIRED) for (const p of new Set(others)) make('partnership', { partners: [party(lead), party(p)] }, amountAfter);
        } else if (hit.type === 'investment' && (giving = givesMoney(s.folded, hit.at, s.amounts.map((a) => a.start - s.start))) !== null) {
          // "Intel and btov Partners added $5.8 million", "Toyota will contribute up to $300 million", "Porsche Ventures steuerte
          // davon 100 Millionen bei": who gives is named before, what gets it after "to"/"into"/"in", else the text's round.
          // ("Toyota Ventures adds two funds of $150m" gives no one money.)
          if (!giving || /^\S+\s+(?:[\p{L}\d]+\s+){0,2}(?:funds?|fonds)\b/u.test(s.folded.slice(hit.at, hit.at + 40))) continue;
          // ...or, the verb second, named after it: "In april volgde Ford met 500 miljoen dollar", "volgde nog 5,8 miljoen dollar van Intel".
          const givers = idsOf(whoActs()).filter((id) => id !== funded);
          const to = after.find((m) => m.type === 'company' && /\b(?:to|into|in|an|a|dans)\s+(?:\p{L}+\s+)?$/u.test(s.folded.slice(Math.max(0, local(m) - 16), local(m))))?.id;
          const target = to ?? funded ?? mostNamed(companiesNamed);
          if (givers.length && target && !givers.includes(target)) make('investment', { investors: givers.map(party), targets: [party(target)] }, amountAfter);
        } else if (hit.type === 'investment' && PASSIVE.test(s.folded.slice(hit.at, hit.at + PASSIVE_REACH))) {
          // "Rivian, backed by Amazon and Ford", "financée par Bpifrance", "gefinancierd door": the
          // parties after the agent word invest in the one named before the deal word.
          const by = hit.at + PASSIVE.exec(s.folded.slice(hit.at, hit.at + PASSIVE_REACH))!.index;
          const target = before.filter((m) => m.type === 'company').at(-1)?.id ?? fundedBack;
          const investors = group(s.orgs.filter((m) => local(m) > by)).map((m) => m.id).filter((id) => id !== target);
          if (!target || investors.length === 0) continue;
          // One round, all its investors: "backed by Amazon and Ford" is one deal.
          make('investment', { investors: [...new Set(investors)].map(party), targets: [party(target)] }, amountAfter, !amountAfter);
        } else if (hit.type === 'investment' && isRaise(s.folded, hit.at)) {
          // "Solid Power lève 130 M$ auprès de BMW et Ford", "raises $X from", "haalt op bij", "sammelt bei": who raises is funded.
          // ...the verb last: "Lilium hat 240 Mio. Dollar von Baillie Gifford eingesammelt", "heeft 50 miljoen bij Shell opgehaald".
          // (Between who raises and the verb: "nach dem Scheitern von Northvolt … hat InoBat … eingesammelt" names no giver.)
          const gives = (m: Mention) => GIVER_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 30), local(m)));
          const raiserAt = before.findLastIndex((m) => m.type === 'company' && !gives(m));
          const givers = after.length || raiserAt < 0 ? [] : before.slice(raiserAt + 1).filter((m) => m.type !== 'accelerator' && gives(m));
          const target = givers.length ? before[raiserAt].id : before.filter((m) => m.type === 'company').at(-1)?.id ?? fundedBack;
          // Who gives is named as such ("from", "auprès de", "bei", "bij", "led by") or the sum is said: "BMW raised concerns about
          // Tesla", "raised prices for Lexus cars" raise no money.
          const listed = givers.length ? [] : group(after);
          const fromWhom = givers.length > 0 || amountAfter !== undefined || (listed[0] !== undefined && FROM_BEFORE.test(s.folded.slice(Math.max(0, local(listed[0]) - 40), local(listed[0]))));
          const investors = (givers.length ? idsOf(givers) : listed.map((m) => m.id)).filter((id) => id !== target);
          if (!target || !fromWhom) continue;
          // A sum raised from no one named ("InoBat hat 100 Mio. Euro eingesammelt") is a round all the same: its investors are
          // left for the reader to fill in, never guessed from another clause.
          // (Only of a company the sentence names, and not a sum to date: "Insgesamt hat Vay damit 128 Millionen eingesammelt".)
          const named = before.some((m) => m.id === target) || after.some((m) => m.id === target);
          if (investors.length === 0 && (amountAfter === undefined || listed.length > 0 || !named || SUM_TO_DATE.test(s.folded))) continue;
          make('investment', { investors: [...new Set(investors)].map(party), targets: [party(target)] }, amountAfter);
        } else if (hit.type === 'investment' && VERB_LAST.test(s.folded.slice(hit.at)) && (targetAt = before.findIndex((m) => TARGET_BEFORE_DE.test(s.folded.slice(Math.max(0, local(m) - 12), local(m))))) >= 0) {
          // "Ford hatte sich 2019 an Solid Power beteiligt", "Geely hatte sich 2018 bei Daimler eingekauft": who takes part "an X",
          // "bei X" invests in X, named before the verb.
          // ...but ", bei dem BMW i Ventures 2017 einstieg": a relative clause; who is named after "bei dem" invests in the name before it.
          const relative = REL_DE_BEFORE.test(s.folded.slice(Math.max(0, local(before[targetAt]) - 14), local(before[targetAt])));
          const antecedent = relative ? before.slice(0, targetAt).filter((m) => m.type === 'company').at(-1) : undefined;
          const target = relative ? antecedent : before[targetAt];
          const investor = relative ? before[targetAt].id : before.slice(0, targetAt).filter((m) => m.type !== 'accelerator' && m.id !== target?.id).at(-1)?.id ?? (refersBack ? subject : null);
          if (target && investor && investor !== target.id) make('investment', { investors: [party(investor)], targets: [party(target.id)] }, amountAfter);
        } else if (hit.type === 'investment' && VERB_LAST.test(s.folded.slice(hit.at)) && actors.length > 0 && TARGET_BACK_DE.test(s.folded.slice(local(actors.at(-1)!), hit.at))) {
          // "Porsche war bereits 2018 mit zehn Prozent bei dem Unternehmen aus Zagreb eingestiegen": the company the text is about.
          const investor = actors.at(-1)!.id;
          const target = funded ?? subject;
          if (target && target !== investor) make('investment', { investors: [party(investor)], targets: [party(target)] }, amountAfter);
        } else if (hit.type === 'investment' && /^angefuhrt (?:wurde|wird)\b/.test(s.folded.slice(hit.at))) {
          // "Angeführt wurde die Runde von Volkswagen und Goldman Sachs", "Angeführt wird die Runde vom …": who is named after "von" leads the text's round.
          const by = s.folded.slice(hit.at).search(/\s(?:von|vom)\s/) + hit.at;
          const leads = by < hit.at ? [] : idsOf(group(after.filter((m) => local(m) > by && m.type !== 'accelerator' && m.id !== funded)));
          if (funded && leads.length) make('investment', { investors: leads.map(party), targets: [party(funded)] }, amountAfter);
        } else if (hit.type === 'investment' && isHoldings(s.folded, hit.at)) {
          // "Tot de portefeuille van BMW i Ventures behoren ChargePoint en Proterra", "its portfolio includes": the fund named
          // with "of"/"van"/"von" right after the word, else the one the text is about when the holdings are said to be its.
          // (A portfolio named after a company is one of its shares, not its investments: only a fund's is.)
          const named = namedOf('fund');
          // ...or right before it, in the possessive: "Toyota Ventures' holdings include", "BMW i Ventures's portfolio".
          const owner = before.at(-1);
          const possessed = owner && /^['’]s?\s+(?:\p{L}+\s+)?$/u.test(s.folded.slice(owner.end - s.start, hit.at)) ? owner.id : null;
          // ...or in the German genitive: "Die erste Beteiligung des Fonds ging an".
          const ofTheFund = /^\p{L}+\s+(?:des|of the|du|van het)\s+(?:fonds|fund)\b/u.test(s.folded.slice(hit.at, hit.at + 40));
          // ...or with a definite article, while the text is about a fund: "Le portefeuille compte des noms comme ChargePoint".
          // (The fund the text names most, not the last one named: "…d'Alliance Ventures et de Definvest. Le portefeuille compte…".)
          const theFunds = THE_BEFORE.test(s.folded.slice(Math.max(0, hit.at - 16), hit.at)) ? mostNamed(fundsNamed) : null;
          const investor = named?.id ?? possessed ?? (saidToBeIts() || ofTheFund ? fund ?? subject : theFunds);
          if (!investor) continue;
          const own = new Set([investor, ...(kbEntity(investor)?.relations ?? []).map((r) => r.entity)]);
          const held = idsOf(group(after.filter((m) => m !== named)).filter((m) => m.type === 'company' && !own.has(m.id)));
          for (const t of held) make('investment', { investors: [party(investor)], targets: [party(t)] }, undefined);
        } else if (hit.type === 'investment' && isHolders(s.folded, hit.at)) {
          // "Its backers include Greylock and Gaorong", "Zu den Anteilseignern von Lightyear zählen Bridgestone, Koenigsegg",
          // "counts Jaguar Land Rover and Valeo among its backers": the list holds the company named with "of"/"von", else the text's.
          const named = namedOf('company');
          // ...the text's only when the holders are said to be its.
          // (With no round told yet, the company the text is about: "Lightyear ... Zu den bisherigen Anteilseignern zählen ...".)
          // ...but "zu den großen Geldgebern der Kalifornier": holders of someone the sentence describes, not the text's company.
          const ofWhom = s.folded.slice(hit.at, hit.at + 40);
          // ...and "de geldschieters van het bedrijf", "the company's": the text's company named by what it is.
          const ofTheCompany = /^\p{L}+\s+(?:du|des|of the|van de|van het|der)\s+(?:\p{L}+\s+)?(?:groupe|group|groep|gruppe|konzerns?|company|societe|entreprise|start-up|startup|bedrijf|unternehmens)\b/u.test(ofWhom);
          const ofSomeone = /^\p{L}+\s+(?:der|des|of|van|von|de|du|d')\s/u.test(ofWhom) && !ofTheCompany;
          const its = !ofSomeone && (saidToBeIts() || ofTheCompany || HOLDERS_AMONG.test(s.folded.slice(Math.max(0, hit.at - 24), hit.at)));
          // "Maniv Mobility, an Israeli fund that already counts Jaguar Land Rover and Valeo among its backers": in a relative clause
          // "its" is the one the clause describes.
          // (With the holders named in it: "Ocado, the online grocer that is also one of its shareholders" holds the text's company.)
          const described = its ? s.orgs.find((m) => local(m) < hit.at && RELATIVE_AFTER.test(s.folded.slice(m.end - s.start, hit.at)) && s.orgs.some((h) => local(h) > local(m) && local(h) < hit.at)) : undefined;
          const target = named?.id ?? described?.id ?? (its ? funded ?? (subject && kbEntity(subject)?.type !== 'fund' && !s.orgs.some((m) => m.id === subject) ? subject : null) : null);
          if (!target) continue;
          const listed = group(after.filter((m) => m !== named));
          // "Meta's chief AI scientist Yann LeCun is among the backers": a name in the possessive only says whose the person is.
          const holders = idsOf((listed.length ? listed : lastGroup(text, actors)).filter((m) => m.type !== 'accelerator' && m.id !== target && !/^['’]s\s/.test(text.slice(m.end, m.end + 3))));
          if (holders.length) make('investment', { investors: holders.map(party), targets: [party(target)] }, undefined);
        } else if (hit.type === 'investment' && isRound(s.folded, hit.at) && !isRaise(s.folded, hit.at)) {
          // "led by Intel Capital, with Toyota AI Ventures and JetBlue", "Leadinvestoren: BMW, Ford, Volta", "took part": every
          // organisation of the sentence is in the round, but the one it funds, named "von"/"of"/"van" right after, or the text's.
          // ...or in the German genitive: "die Serie-C-Finanzierungsrunde des Flugtaxi-Entwicklers Volocopter".
          const named =
            namedOf('company') ??
            after.find((m) => m.type === 'company' && GENITIVE_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 40), local(m))) && local(m) - hit.at <= GENITIVE_REACH);
          // (No round told yet: the company the text names most, "Het jaar begon, toen Amazon een ronde aanvoerde" in a text on Rivian,
          // when the sentence names nobody else: a round's words in a fund's plans, "van Series B tot latere rondes", fund nobody.)
          const onlyInvestors = s.orgs.every((m) => m.type !== 'company' || (m.id !== mostNamed(companiesNamed) && local(m) < hit.at));
          const target = named?.id ?? funded ?? (onlyInvestors && /^aanvoerden?\b/.test(s.folded.slice(hit.at)) ? mostNamed(companiesNamed) : null);
          if (!target) continue;
          let investors = idsOf(s.orgs.filter((m) => m.type !== 'accelerator' && m.id !== target));
          // "In April 2019 the German group led the first tranche of Sila Nano's Series E": who leads is the one the text spoke of.
          const back = investors.length === 0 && investorBack && /^(?:led|leads|leidde|leidt|fuhrte|menait|mene)\b/.test(s.folded.slice(hit.at)) ? resolveBack(s.folded, subject, previous) : null;
          if (back && back !== target) investors = [back];
          if (investors.length) make('investment', { investors: investors.map(party), targets: [party(target)] }, s.amounts[0]);
        } else if (hit.type === 'investment' && JOINING.test(s.folded.slice(hit.at))) {
          // Joining the holders: the company named after "tot" ("toetreedt tot hun batterijbedrijf ACC"), else the one the text funds
          // or names most; who joins is named before the verb, or right after it ("In september 2021 trad Mercedes-Benz toe als …").
          // (A partner joins a company only when it is named: "kamen Porsche, ZF und BASF als Partner hinzu" join a programme.)
          const to = after.find((m) => m.type === 'company' && TO_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 40), local(m))))?.id;
          if (!HOLDER_WORD.test(s.folded) && !(to && /\bpartner\b/.test(s.folded))) continue;
          // (With none named, the company the sentence before ended on: "…richtte het de batterijmaker ACC op. In 2021 trad …".)
          const givers = whoActs(to);
          const target = to ?? previous.filter((m) => m.type === 'company' && !givers.some((g) => g.id === m.id)).at(-1)?.id ?? funded;
          const investors = idsOf(givers).filter((id) => id !== target);
          if (target && investors.length) make('investment', { investors: investors.map(party), targets: [party(target)] }, amountAfter);
        } else if (hit.type === 'investment' && GETTING_IN.test(s.folded.slice(hit.at)) && !INTO_BACK.test(s.folded) && !s.orgs.some((m) => m.type === 'company' && INTO_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 40), local(m))))) {
          // Getting in with no company named to get into ("Ook Hyundai Motor en dochter Kia stapten in november … in", "pas in juni
          // stapte het SoftBank Vision Fund … in met 2,25 miljard dollar"): into the one the text funds, else the one it names most.
          const givers = whoActs();
          const target = funded ?? mostNamed(companiesNamed);
          const investors = idsOf(givers).filter((id) => id !== target);
          if (target && investors.length) make('investment', { investors: investors.map(party), targets: [party(target)] }, amountAfter);
        } else if (hit.type === 'investment' && actors.length === 0 && AMONG.test(s.folded)) {
          // "alle bestehenden Investoren haben sich beteiligt, darunter Daimler und Geely": the list invests in the text's start-up.
          const investors = idsOf(after.filter((m) => m.type !== 'accelerator' && m.id !== funded));
          if (funded && investors.length) make('investment', { investors: investors.map(party), targets: [party(funded)] }, amountAfter);
        } else if (hit.type === 'investment' && actors.length === 0 && (verbFirst = inverted(s.folded, hit.at, after, local))) {
          // Verb first ("In mei 2019 investeerden Hyundai en Kia samen 80 miljoen euro in Rimac", "2018 stieg Porsche bei Rimac ein"):
          // who invests comes after the verb, the target after "in", "bei", "dans".
          const { investors, target } = verbFirst;
          make('investment', { investors: investors.map(party), targets: [party(target)] }, amountAfter);
        } else if (hit.type === 'investment') {
          // With nobody named before it, only a sentence that refers back ("le fonds investit") takes the fund or the subject of the text.
          // "The investment follows Toyota's moves into ride-hailing, where it has put money into…": a deal noun with nobody
          // before it leaves the clause to the deal verb after it.
          if (actors.length === 0 && afterArticle(s.folded, hit.at) && hits.some((h) => h.type === 'investment' && h.at > hit.at && inThisClause(h))) continue;
          // "Maniv Mobility, een Israëlisch fonds waarin ook Jaguar Land Rover en Valeo hebben geïnvesteerd", "Daimler, in which
          // Geely is the largest shareholder": those named after the relative word invest in the name before it.
          const relAt = lastMatch(REL_IN, s.folded.slice(clause.start, hit.at));
          const inRel = relAt >= 0 ? actors.filter((m) => local(m) > clause.start + relAt) : [];
          const antecedent = inRel.length ? s.orgs.filter((m) => local(m) < clause.start + relAt && m.type !== 'accelerator').at(-1) : undefined;
          // (What follows the relative clause's closing comma is the main clause's: "Daimler, in which Geely has invested, backs Volocopter".)
          const relEnd = s.folded.indexOf(',', hit.at);
          if (antecedent && after.filter((m) => relEnd < 0 || local(m) < relEnd).length === 0) {
            const investors = idsOf(inRel.filter((m) => m.id !== antecedent.id));
            if (investors.length) make('investment', { investors: investors.map(party), targets: [party(antecedent.id)] }, amountAfter);
            continue;
          }
          // "Le fonds de Renault, Nissan et Mitsubishi ... investit": the fund named by its sponsors invests, not they.
          const actorGroup = lastGroup(text, actors);
          const firstActor = actorGroup[0] ?? actors[0];
          const sponsorsNamed = firstActor !== undefined && FUND_OF_BEFORE.test(s.folded.slice(Math.max(0, local(firstActor) - 16), local(firstActor)));
          const ofSponsors = sponsorsNamed ? fundOf(idsOf(actorGroup)) : null;
          const investor = ofSponsors ?? actors.at(-1)?.id ?? (investorBack ? fund ?? resolveBack(s.folded, subject, previous) : null);
          if (!investor) continue;
          // "BMW and Ford invested in Solid Power": the whole list before the deal word invests.
          const alsoInvest = ofSponsors ? [] : actorGroup.map((m) => m.id).filter((id) => id !== investor);
          const fromContext = !before.some((m) => m.id === investor);
          // A fund does not invest in its own sponsor or group ("BMW i Ventures ..., selon le groupe BMW").
          const own = new Set([investor, ...(kbEntity(investor)?.relations ?? []).map((r) => r.entity)]);
          // "à parts égales avec Ford", "alongside BMW", "samen met": who stands with the investor invests beside it, not in it.
          // A fund invested in is a target too ("invest in Maniv Mobility", a fund of funds' line), when it is what "in" names.
          // "een belang in motorenbedrijf van Renault", "in General Motors' autonomous vehicle business": the unit is the target, not its owner.
          const ownerOfUnit = (m: Mention) => UNIT_OF_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 60), local(m))) || UNIT_AFTER.test(text.slice(m.end, m.end + 50));
          // ...and the owners listed with it too ("van Renault en Geely").
          const listedAfter = group(after);
          const unitOwners = listedAfter.length > 0 && ownerOfUnit(listedAfter[0]);
          let targets = listedAfter.filter((m) => !unitOwners && !ownerOfUnit(m) && !nextClause(s.folded, hit.at, local(m)) && (m.type === 'company' || (m.type === 'fund' && FUND_TARGET_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 12), local(m))))) && !own.has(m.id) && !sellsItsStake(s.folded, local(m)) && !COINVESTOR_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 24), local(m)))).map((m) => m.id);
          let amount = amountAfter;
          // "Après les bornes de PowerShare ou la plateforme de Tekion, Alliance Ventures ... investira":
          // a fund's earlier investments named before it. (A company listed before another is a co-sponsor, not a target.)
          // A unit of a company was invested in: no other company of the sentence stands in for it.
          const intoUnit = unitOwners || listedAfter.some(ownerOfUnit);
          if (targets.length === 0 && !intoUnit && kbEntity(investor)?.type === 'fund') {
            targets = before.filter((m) => m.type === 'company' && !own.has(m.id)).map((m) => m.id);
            amount = undefined;
          }
          // "Het fonds heeft zijn eerste investering rondgemaakt. Het gaat om ... Ionic Materials."
          // "Ford had already invested in the company in 2019", "nam een minderheidsbelang in het bedrijf": the start-up the text funds.
          // (A name later in the sentence is then another clause's: "…dans la jeune entreprise en 2019, et BMW l'accompagne".)
          // ...and "In 2018 nam de sportwagenbouwer een belang in de jonge onderneming": a described investor, the start-up it spoke of.
          const backTo = TARGET_BACK.test(s.folded.slice(hit.at, hit.at + 60));
          const inIt = backTo && !fromContext ? funded ?? (subject !== investor ? subject : null) : backTo && investorBack && funded !== investor ? funded : null;
          if (inIt && !own.has(inIt)) targets = [inIt];
          // "…met investeringen in:" and a list: each item that opens on a company is one of them.
          if (targets.length === 0 && !intoUnit && /:\s*$/.test(s.folded)) targets = listItems(spans, idx).filter((id) => !own.has(id));
          if (targets.length === 0 && !intoUnit && fromContext && refersBack) targets = (spans[idx + 1]?.orgs ?? []).filter((m) => m.type === 'company' && !own.has(m.id)).slice(0, 1).map((m) => m.id);
          const investors = [...new Set([...alsoInvest.filter((id) => !targets.includes(id)), investor])];
          for (const t of new Set(targets)) make('investment', { investors: investors.map(party), targets: [party(t)] }, amount);
        } else if (hit.type === 'fund') {
          // "le fonds de pension APG", "a sovereign wealth fund": an investor described, no fund being made.
          if (NOT_A_NEW_FUND.test(s.folded.slice(Math.max(0, hit.at - 20), hit.at + 24))) continue;
          // "The fund has decided to invest in Maniv Mobility": "the fund" is the one the text spoke of, not the fund named after it.
          // ...but "Het fonds werd in maart opgericht met 300 miljoen euro", "Le fonds I, lancé en 2016 avec 500 millions": the one
          // the text spoke of was made, when the sentence names no other fund.
          // ("Het eerste fonds werd in 2016 opgezet toen BMW i Ventures…": the fund named after it is the one made.)
          const invests = hits.some((h) => h.type === 'investment');
          if (ANAPHOR_FUND.test(s.folded.slice(Math.max(0, hit.at - 24), hit.at + 6)) && !s.orgs.some((m) => m.type === 'fund' && local(m) < hit.at) && (invests || !s.orgs.some((m) => m.type === 'fund'))) {
            const spoken = fund ?? mostNamed(fundsNamed);
            if (spoken && !invests && CREATION.test(s.folded)) make('fund', { targets: [party(spoken)], sponsors: sponsorsOf(spoken, []) }, s.amounts[0]);
            continue;
          }
          const named = s.orgs.find((m) => m.type === 'fund')?.id;
          const companies = s.orgs.filter((m) => m.type === 'company').map((m) => m.id);
          const target = named ?? ((s.amounts.length > 0 || CREATION.test(s.folded)) ? fundOf(companies) : null);
          if (!target) continue;
          fund = target;
          if (s.amounts.length === 0 && !CREATION.test(s.folded)) continue;
          const sponsorIds = companies.length ? companies : refersBack && subject && subject !== target ? [subject] : [];
          make('fund', { targets: [party(target)], sponsors: sponsorsOf(target, sponsorIds) }, s.amounts[0]);
        } else if (hit.type === 'acquisition' && OWNED.test(s.folded.slice(hit.at, hit.at + 14))) {
          // Owned once: the owner before "owned", after "zu"/"à"; what it owned named the other side, or a pronoun for the company
          // the text told was bought. ("state-owned", "owned by" describe an owner today, no deal.)
          if (s.folded[hit.at - 1] === '-' || /^owned\s+by\b/.test(s.folded.slice(hit.at))) continue;
          const english = s.folded.startsWith('owned', hit.at);
          const owner = english ? before.filter((m) => m.type === 'company').at(-1) : after.find((m) => m.type === 'company' && /\b(?:zu|a|à)\s+(?:(?:der|dem|den)\s+)?$/u.test(s.folded.slice(Math.max(0, local(m) - 12), local(m))));
          if (!owner) continue;
          const others = (english ? after : before).filter((m) => m.type === 'company' && m.id !== owner.id);
          // ("Google owned Boston Dynamics": right after the verb; "Boston Dynamics gehörte zu Google": before it.)
          const named = english ? others.find((m) => local(m) - hit.at <= OWNED_REACH) : others.at(-1);
          const pronoun = english ? /^owned\s+(?:it|them)\b/.test(s.folded.slice(hit.at)) : /^\p{L}+\s+(?:\p{L}+\s+){0,3}?(?:es|sie)\b/u.test(s.folded.slice(hit.at)) || SOLD_PRONOUN.test(s.folded.slice(0, hit.at));
          const owned = named?.id ?? (pronoun && bought !== owner.id ? bought : null);
          if (owned && owned !== owner.id) make('acquisition', { investors: [party(owner.id)], targets: [party(owned)] }, undefined, true);
        } else if (hit.type === 'acquisition' && SALE.test(s.folded.slice(hit.at, hit.at + 14))) {
          // "it was sold to SoftBank", "Freenow wird an Lyft verkauft", "verkocht aan", "cédée à": the buyer is who it goes to;
          // what is sold is named before the verb when it is passive, between the verb and the buyer when not ("sold Y to Z").
          const buyer = s.orgs.find((m) => m.type !== 'accelerator' && SOLD_TO_BEFORE.test(s.folded.slice(Math.max(0, local(m) - 40), local(m))));
          if (!buyer) continue;
          if (STAKE_AFTER.test(s.folded.slice(hit.at, hit.at + 40))) {
            // "Ford sold its stake in Argo AI to Volkswagen": the buyer invests in the company; the stake is no deal of the seller's.
            const held = after.find((m) => m.type === 'company' && m.id !== buyer.id && local(m) < local(buyer) && NOMINAL_TARGET.test(s.folded.slice(Math.max(0, local(m) - 10), local(m))));
            if (held) make('investment', { investors: [party(buyer.id)], targets: [party(held.id)] }, amountAfter);
            seen.add(`investment:${clause.index}`);
            continue;
          }
          const passive = SALE_PASSIVE.test(s.folded.slice(Math.max(0, hit.at - 60), hit.at));
          const named = before.filter((m) => m.type === 'company' && m.id !== buyer.id).at(-1);
          // "Google owned it until 2017, when it was sold to SoftBank": a pronoun after the last name is what is sold: the company
          // the text told was bought, when it told one (the text's subject is often the later buyer, no guess).
          const pronoun = named && SOLD_PRONOUN.test(s.folded.slice(named.end - s.start, hit.at));
          const sold = passive || local(buyer) < hit.at
            ? (pronoun ? (bought !== named.id ? bought : null) : named?.id ?? (refersBack ? subject : null))
            : after.find((m) => m.type === 'company' && m.id !== buyer.id && local(m) < local(buyer))?.id;
          if (sold && sold !== buyer.id) make('acquisition', { investors: [party(buyer.id)], targets: [party(sold)] }, amountAfter);
        } else if (hit.type === 'acquisition' && NOMINAL_OF.test(s.folded.slice(hit.at, hit.at + 30)) && after.length >= 2 && AGENT_BEFORE.test(s.folded.slice(Math.max(0, local(after[1]) - 12), local(after[1])))) {
          // "die Mehrheitsübernahme von Hella durch Faurecia", "the acquisition of Zoox by Amazon", "le rachat de X par Y".
          if (after[0].id !== after[1].id) make('acquisition', { investors: [party(after[1].id)], targets: [party(after[0].id)] }, amountAfter);
        } else if (hit.type === 'acquisition' && (PASSIVE.test(s.folded.slice(hit.at, hit.at + PASSIVE_REACH)) || agentBefore(s.folded, before, local))) {
          // "Boston Dynamics, racheté par Hyundai", "acquired by", "door X overgenomen", "von X übernommen".
          const agentFirst = !PASSIVE.test(s.folded.slice(hit.at, hit.at + PASSIVE_REACH));
          const by = agentFirst ? before.at(-1) : after[0];
          const target = (agentFirst ? before.slice(0, -1) : before).filter((m) => m.type === 'company' && m.id !== by?.id).at(-1)?.id ?? (refersBack ? subject : null);
          if (by && target && by.id !== target) make('acquisition', { investors: [party(by.id)], targets: [party(target)] }, amountAfter);
        } else if (hit.type === 'acquisition') {
          // "Hyundai closes Boston Dynamics takeover": a name right before the purchase noun is what is bought, the buyer before it.
          const last = before.at(-1);
          if (last && PURCHASE_NOUN.test(s.folded.slice(hit.at, hit.at + 14)) && /^[\s-]*$/.test(s.folded.slice(last.end - s.start, hit.at))) {
            const by = before.slice(0, -1).filter((m) => m.type !== 'accelerator' && m.id !== last.id).at(-1);
            if (by) make('acquisition', { investors: [party(by.id)], targets: [party(last.id)] }, amountAfter);
            continue;
          }
          const buyer = last?.id ?? (investorBack ? resolveBack(s.folded, subject, previous) : null);
          // "Toyota kauft Lyfts Roboterauto-Sparte", "buys Uber's Southeast Asian business": a unit is bought, not its owner.
          const bought = after.find((m) => m.type === 'company' && m.id !== buyer && !sellsItsStake(s.folded, local(m)) && !nextClause(s.folded, hit.at, local(m)));
          const target = bought && !UNIT_AFTER.test(text.slice(bought.end, bought.end + 50)) ? bought.id : undefined;
          if (buyer && target) make('acquisition', { investors: [party(buyer)], targets: [party(target)] }, amountAfter);
        } else if (hit.type === 'program') {
          // The programme is named right by its deal word: "lancera, en novembre 2022, Sparker : une plateforme".
          const program = s.orgs.find((m) => m.type === 'accelerator' && Math.abs(local(m) - hit.at) <= PROGRAM_REACH);
          if (!program) continue;
          // "PowerShare … faisait partie du programme de Plug and Play", "took part in", "nam deel aan": a company admitted, not a programme's owner.
          const member = actors.filter((m) => m.type === 'company' && m.id !== program.id).at(-1);
          if (member && ADMITTED.test(s.folded.slice(member.end - s.start, hit.at))) {
            make('program', { investors: [party(program.id)], targets: [party(member.id)] }, undefined);
            continue;
          }
          const runBy = kbEntity(program.id)?.relations?.find((r) => r.type === 'run-by')?.entity;
          const owner = runBy ?? s.orgs.find((m) => m.id !== program.id && m.type !== 'accelerator')?.id ?? (refersBack ? subject : null);
          if (owner) make('program', { sponsors: [party(owner)], targets: [party(program.id)] }, undefined);
        }
      }
    }

    // Gapping: "Ford hatte sich 2019 an Solid Power beteiligt, BMW bereits 2017", "Ford invested in 2019, BMW in 2017": a name
    // after the deal with only a year left of its clause did the same, then.
    const made = out.slice(madeBefore);
    const single = made.length === 1 && made[0].type === 'investment' && made[0].targets.length === 1 ? made[0] : null;
    if (single) {
      const parties = new Set(idsOf([...single.investors, ...single.targets]));
      for (const m of s.orgs) {
        if (parties.has(m.id) || m.type === 'accelerator') continue;
        // "Honda has invested an undisclosed sum in Grab, as has Hyundai earlier this year": the same deal, of another.
        if (AS_HAS_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start).toLowerCase())) {
          out.push({ ...single, investors: [party(m.id)], amount: null });
          continue;
        }
        const gap = GAPPED.exec(text.slice(m.start - 2, s.end));
        if (!gap || !/,\s$/.test(text.slice(m.start - 2, m.start))) continue;
        out.push({ ...single, investors: [party(m.id)], amount: null, date: gap[1] });
      }
    }
    const here = out.slice(madeBefore);
    const fundedHere = here.filter((p) => p.type === 'investment').at(-1)?.targets[0]?.id;
    if (fundedHere) funded = fundedHere;
    const boughtHere = here.filter((p) => p.type === 'acquisition').at(-1)?.targets[0]?.id;
    if (boughtHere) bought = boughtHere;
    // What the text is about now: the lead of a deal found here, else the first organisation named.
    const dealHere = here.at(-1);
    if (dealHere) lastParties = idsOf([...dealHere.investors, ...dealHere.partners, ...dealHere.targets]);
    // A sentence whose subject refers back ("The fund has decided to invest in Maniv Mobility") is still about the same one.
    const keeps = !dealHere && SUBJECT_BACK.test(s.folded.slice(0, Math.max(0, (s.orgs[0]?.start ?? s.end) - s.start)));
    const lead = dealHere ? (dealHere.investors[0] ?? dealHere.partners[0] ?? dealHere.sponsors[0])?.id : keeps ? null : s.orgs.find((m) => m.type !== 'accelerator')?.id;
    if (lead) subject = lead;
    // The fund the text is about: not one this sentence invests in ("The fund has decided to invest in Maniv Mobility").
    // (Nor one of a list of backers: "Tot de andere geldschieters behoren Daimler, VinFast, BP Ventures, Samsung …".)
    const listed = idsOf(s.orgs).length > LIST_OF_MANY;
    const f = listed ? undefined : s.orgs.find((m) => m.type === 'fund' && !here.some((p) => p.targets.some((t) => t.id === m.id)));
    if (f) fund = f.id;
    if (s.named.length) previous = dedupe(s.named);
    for (const m of s.named) {
      if (m.type === 'fund') fundsNamed.set(m.id, (fundsNamed.get(m.id) ?? 0) + 1);
      if (m.type !== 'accelerator') orgsNamed.set(m.id, (orgsNamed.get(m.id) ?? 0) + 1);
      if (m.type === 'company') companiesNamed.set(m.id, (companiesNamed.get(m.id) ?? 0) + 1);
    }
    // "Freenow wird an Lyft verkauft. Rund 175 Mio. Euro bringt die gemeinsame Tochter den beiden Autoherstellern": the
    // sentence after a deal without a figure, with a figure and no deal word of its own, gives that deal its amount.
    // ...and so does one whose deal words made nothing, when it names no one but that deal's parties: "Porsche will ihren
    // Anteil an Rimac erhöhen. Der Sportwagenbauer kauft weitere 8,8 Prozent für 70 Mio. Euro", "Het fonds werd gelanceerd
    // door … Het mag tot 1 miljard dollar investeren, waarvan …": the figure its own deal word speaks of, in that word's clause.
    // (A fact box's line is its own: the line after it is the next one's. A turnover is no deal's figure.)
    // (Only in the same paragraph: a heading after it, "Der Allianzfonds: eine Milliarde auf fünf Jahre", opens another subject.)
    const sameParagraph = () => !text.slice(spans[lastMadeAt].end, s.start).includes('\n');
    const open = here.length === 0 && lastMade.length === 1 && !lastMade[0].amount && idx === lastMadeAt + 1 && !lastMadeBoxed && !TURNOVER.test(s.folded) && sameParagraph() ? lastMade[0] : null;
    // (Not one that dates itself apart: "2018: Toyota AI Ventures in der Serie B. 2020: 394 Mio. Dollar in der Serie C"; a date
    // where the deal's sentence gave none is the deal's: "…has backed Volocopter. The group took part in an August 2017 round".)
    const when = open && s.amounts.length > 0 ? statedHere() : null;
    // (Nor a line of a dated list: "2020: 394 Mio. Dollar in der Serie C", "juni 2021: nieuwe ronde van $2,75 mrd"; nor a sum to
    // date: "…lifts the total that Volocopter has raised to €85 million".)
    if (open && s.amounts.length > 0 && !DATED_LINE.test(s.folded) && !SUM_TO_DATE.test(s.folded) && !(when && lastMadeStated && when.slice(0, 4) !== lastMadeStated.slice(0, 4))) {
      const ids = new Set(idsOf([...open.investors, ...open.targets, ...open.partners, ...open.sponsors]));
      const word = s.hits.find((h) => h.type === open.type) ?? s.hits.find((h) => MONEY_WORD_TYPES.has(h.type));
      const amount = s.hits.length === 0 ? (s.amounts.length === 1 ? s.amounts[0] : undefined) : word && s.orgs.every((m) => ids.has(m.id)) ? amountOfWord(s, word.at) : undefined;
      if (amount) {
        open.amount = { value: amount.value, currency: amount.currency };
        if (when && !lastMadeStated) open.date = when;
      }
    }
    if (here.length) [lastMade, lastMadeAt, lastMadeStated, lastMadeBoxed] = [here, idx, statedHere(), boxItem];
  });
  jointVentures(text, spans, out, year, articleDate);
  return merge(text, out);
}

/** A company's turnover or sales, no deal's figure: "Omzet … in 2017: 42,7 miljard dollar", "Umsatz", "revenue". */
const TURNOVER = /\b(?:omzet|umsatz|revenue|revenues|turnover|sales|chiffre d'affaires|ventes)\b/;

/** A line that opens on its date, as a timeline's do: "2020: …", "juni 2019: …". */
const DATED_LINE = /^(?:\p{L}+\.?\s+)?(?:19|20)\d\d\s*:/u;

/** Deal words that speak of a sum paid or put in: a continuing sentence's figure is theirs. */
const MONEY_WORD_TYPES: ReadonlySet<DealType> = new Set(['investment', 'acquisition', 'fund']);

/**
 * The figure a deal word speaks of, within its stretch of the sentence between punctuation: the first after it, else the
 * nearest before it (the verb last: "tot 1 miljard dollar investeren, waarvan tot 200 miljoen …" is 1 billion).
 */
function amountOfWord(s: Sentence, at: number): Quantified | undefined {
  const from = Math.max(s.folded.lastIndexOf(',', at), s.folded.lastIndexOf(';', at), s.folded.lastIndexOf(':', at)) + 1;
  const stop = s.folded.slice(at).search(/[,;:]\s/);
  const to = stop < 0 ? s.folded.length : at + stop;
  const inside = s.amounts.filter((a) => a.start - s.start >= from && a.end - s.start <= to);
  return inside.find((a) => a.start - s.start > at) ?? inside.filter((a) => a.end - s.start <= at).at(-1);
}

/**
 * A joint venture the text names, whose two owners it names too, is their deal: the owners its partners, the joint venture
 * what they made (its target). "Reach Now, Charge Now, Free Now…" in a text on BMW and Daimler's mobility services are five
 * of them; a partnership of the pair already proposed takes the only one the text names.
 */
function jointVentures(text: string, spans: Sentence[], out: Proposal[], year: number | undefined, articleDate: string | undefined): void {
  const named = new Set(spans.flatMap((s) => s.named.map((m) => m.id)));
  const seen = new Set<string>();
  const made: { jv: string; owners: string[]; s: Sentence }[] = [];
  for (const s of spans) {
    for (const m of s.named) {
      if (seen.has(m.id)) continue;
      seen.add(m.id);
      const owners = (kbEntity(m.id)?.relations ?? []).filter((r) => r.type === 'part-of').map((r) => r.entity);
      // (An alliance of three is no joint venture; a unit of one owner is no deal.)
      if (owners.length === 2 && owners.every((o) => named.has(o) && kbEntity(o)?.type === 'company')) made.push({ jv: m.id, owners, s });
    }
  }
  const pairKey = (ids: string[]) => [...ids].sort().join('+');
  const perPair = new Map<string, number>();
  for (const x of made) perPair.set(pairKey(x.owners), (perPair.get(pairKey(x.owners)) ?? 0) + 1);
  for (const x of made) {
    const told = out.filter((p) => p.type === 'partnership' && p.targets.length === 0 && pairKey(idsOf(p.partners)) === pairKey(x.owners));
    if (told.length && perPair.get(pairKey(x.owners)) === 1) {
      for (const p of told) p.targets = [party(x.jv)];
      continue;
    }
    if (out.some((p) => p.type === 'partnership' && p.targets.some((t) => t.id === x.jv))) continue;
    const date = findDates(text.slice(x.s.start, x.s.end), year)[0]?.value ?? (articleDate ? articleDate.slice(0, 7) : null);
    out.push({ type: 'partnership', investors: [], targets: [party(x.jv)], partners: x.owners.map(party), sponsors: [], amount: null, date, start: x.s.start, end: x.s.end });
  }
}

/** Where a sentence's clauses meet: ", and", ", while", ", et", ", en", ", und", ", tandis que", ", terwijl", ", während" (a semicolon often joins a deal to its telling: "X got in; the Swedes and Y now ..."). */
const CLAUSE = /,\s+(?:and|et|en|und|while|whereas|tandis que|alors que|terwijl|wahrend|whose|dessen|deren|wiens)\s/g;

/**
 * Offsets in the folded sentence where a clause ends and the next begins ([end, start] pairs): only
 * between clauses that each hold a deal word (a clause without one belongs with the one it follows).
 */
function clauseBounds(folded: string, hits: readonly { at: number }[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of folded.matchAll(CLAUSE)) {
    const end = m.index!;
    const next = end + m[0].length;
    if (hits.some((h) => h.at >= from && h.at < end) && hits.some((h) => h.at >= next)) {
      out.push([end, next]);
      from = next;
    }
  }
  return out;
}

/** The clause holding offset `at`: its index and its span in the folded sentence. */
function clauseOf(bounds: [number, number][], at: number): { index: number; start: number; end: number } {
  let index = 0;
  while (index < bounds.length && bounds[index][1] <= at) index++;
  return { index, start: index > 0 ? bounds[index - 1][1] : 0, end: index < bounds.length ? bounds[index][0] : Infinity };
}

/** The agent of a passive deal word: "backed by", "financée par", "gefinancierd door", "finanziert von". */
const PASSIVE = /^(?:[\p{L}'-]*\s+(?:[\p{L}]+\s+)?(?:by|par|door)|angefuhrt\s+von)\s/u;
const PASSIVE_REACH = 40;

/** "door Toyota overgenomen", "von Intel übernommen": the agent named right before the deal word, after "door"/"von". */
function agentBefore(folded: string, before: Mention[], local: (m: Mention) => number): boolean {
  const last = before.at(-1);
  if (!last) return false;
  return /(?:^|\s)(?:door|von|durch)\s+(?:(?:der|dem|den|die|das|de|het)\s+)?$/.test(folded.slice(Math.max(0, local(last) - 12), local(last)));
}

/** Words before an amount that make it a valuation or a total; words after it that make it a total. */
const VALUE_BEFORE = /(?:\bvalu(?:ed|es|ing|ation)|\bbewert\w*|\bvaloris\w*|\bwaardering|\bgewaardeerd|\bin total|\btotal of|\binsgesamt|\bau total|\bin totaal|\bcapping)\s+(?:[\p{L}'’]+\s+){0,4}(?:[\p{L}'’]+\s*)?$/iu;
const TOTAL_AFTER = /^\s+(?:in total|insgesamt|au total|in totaal|en tout)\b/i;

function valuationOrTotal(text: string, a: Amount): boolean {
  return VALUE_BEFORE.test(text.slice(Math.max(0, a.start - 48), a.start)) || TOTAL_AFTER.test(text.slice(a.end, a.end + 14));
}

/** Before who makes a deal named as a thing, and before whom it is in: "de"/"von"/"of" X ... "dans"/"in" Y. */
const NOMINAL_AGENT = /(?:\bde|\bd'|\bdu|\bof|\bvon|\bvan)\s*$/;
const NOMINAL_TARGET = /\b(?:dans|in|into|bei)\s+(?:(?:le|la|les|l'|de|het|der|die|das|dem|den)\s+)?$/;
/** How far from its deal word the investor of a deal named as a thing may stand, and the target from the investor. */
const NOMINAL_REACH = 60;

function nominalInvestment(folded: string, at: number, after: Mention[], local: (m: Mention) => number): { investor: string; target: string } | null {
  const investor = after.find((m) => local(m) - at <= NOMINAL_REACH && m.type !== 'accelerator' && NOMINAL_AGENT.test(folded.slice(Math.max(0, local(m) - 5), local(m))));
  if (!investor) return null;
  const target = after.find((m) => local(m) > local(investor) && local(m) - local(investor) <= NOMINAL_REACH && m.type === 'company' && m.id !== investor.id && NOMINAL_TARGET.test(folded.slice(Math.max(0, local(m) - 10), local(m))));
  return target ? { investor: investor.id, target: target.id } : null;
}

/** The companies that open the list items after a sentence ending with a colon, until a line that is not one ("Turntide Technologies, dat …;"). */
function listItems(spans: Sentence[], idx: number): string[] {
  const out: string[] = [];
  for (let k = idx + 1; k < spans.length; k++) {
    const first = spans[k].orgs[0];
    if (!first || first.type !== 'company' || first.start - spans[k].start > 2 || spans[k].end - spans[k].start > LIST_ITEM_MAX) break;
    out.push(first.id);
  }
  return out;
}
/** A list item is short: a name and what it does. */
const LIST_ITEM_MAX = 160;

/** Joining a company's holders, with a word for what one joins as (HOLDER_WORD): "trad … toe", "toetreedt tot", "kam … hinzu". */
const JOINING = /^(?:trad|traden|treedt|toetreedt|toetreden|toegetreden|kam|kamen|hinzugekommen)\b/;
const HOLDER_WORD = /\b(?:aandeelhouders?|investeerders?|gesellschafter|anteilseigner|aktionar|aktionare|investor|investoren)\b/;
/** Right before the company joined: "tot", an article or a possessive and words between ("tot hun batterijbedrijf ACC"). */
const TO_BEFORE = /\btot\s+(?:(?:het|de|hun|zijn|haar)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
/**
 * Getting in as an investor, in Dutch: "stapte … in", "instapte", "ingestapt". (The German "eingestiegen" tells of holdings
 * long past as often, "seit 2020 Volkswagen, damals … eingestiegen": VERB_LAST reads it.)
 */
const GETTING_IN = /^(?:stapt|stapte|stapten|instapte|instapten|ingestapt)\b/;
/** Right before the company got into: "bij", "in", an article and words between ("in het Europese snellaadnetwerk Ionity"). */
const INTO_BEFORE = /\b(?:bij|in)\s+(?:(?:het|de)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
/** Got into a company referred back to, read elsewhere: "bij het bedrijf is ingestapt", "in de jonge onderneming". */
const INTO_BACK = /\b(?:bij|in)\s+(?:het|de|dit|deze)\s+(?:\p{L}+\s+)?(?:bedrijf|onderneming|start-up|startup|firma|maker|fabrikant)\b/u;
/** German verbs at a clause's end whose target stands before them, with "an" or "bei": "an Solid Power beteiligt", "bei Daimler eingekauft". */
const VERB_LAST = /^(?:beteilig|eingekauft|eingestiegen|einstieg|einsteigt)/;
/** A sum raised to date, not a round: "in total", "insgesamt", "au total", "depuis sa création", "so far", "which together have raised". */
const SUM_TO_DATE = /\b(?:in total|the total|au total|en tout|insgesamt|in totaal|totaal|depuis sa creation|since (?:its|it was|then)|seit (?:der|seiner|ihrer) grundung|sinds (?:de|zijn|haar) oprichting|bisher|so far|to date|tot nu toe|jusqu'ici|jusqu'a present|together|zusammen|samen|ensemble)\b/u;
/** Before who gives the money raised, the verb first: "from", "auprès de", "bei", "bij", "van", "von", "led by", "menée par". */
const FROM_BEFORE = /\b(?:from|aupres d[eu']|aupres des|bei|beim|bij|van|von|vom|by|par|door|including|dont|darunter|waaronder|with|avec|met|mit)\b[^,.;]*$/u;
/** Right before who gives the money raised, the verb last: "von Baillie Gifford", "beim Investor Tencent", "bij Shell". */
const GIVER_BEFORE = /\b(?:von|vom|bei|beim|van|bij)\s+(?:(?:der|dem|den|de|het)\s+)?(?:[\p{L}-]+\s+)?$/u;
/** A German relative pronoun with its preposition, after a comma: ", bei dem", ", an der", ", an denen". */
const REL_DE_BEFORE = /,\s+(?:bei|an)\s+(?:dem|der|denen)\s+$/;
/** "bei dem Unternehmen", "an dem Start-up", "an der Firma": the German verb-last target, referring back. */
const TARGET_BACK_DE = /\b(?:an|bei)\s+(?:dem|der|den)\s+(?:[\p{L}-]+\s+)?(?:unternehmen|start-up|startup|firma|konzern|hersteller|autobauer)\b/u;
const TARGET_BEFORE_DE = /\b(?:an|bei)\s+(?:der|dem|den|die|das)?\s*$/;
/** A purchase named as a thing, what is bought after "of"/"von"/"de": "die Übernahme von Hella durch Faurecia". */
const NOMINAL_OF = /^[\p{L}-]*\s+(?:von|of|de|du|d'|van)\s/u;
/** The agent after a nominal purchase: "durch Faurecia", "by Amazon", "par Hyundai", "door Toyota". */
const AGENT_BEFORE = /\b(?:durch|by|par|door)\s+(?:(?:der|die|das|den|dem|the|le|la|les|l'|de|het)\s+)?$/;

/** Whether the mention is the first part of a hyphenated compound whose head is another word ("BMW-Chef"), not its group ("VW-Konzern"). */
function qualifiesCompound(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.end) !== 45 || !/\p{L}/u.test(text[m.end + 1] ?? '')) return false;
  const compound = /^[\p{L}\d-]+/u.exec(text.slice(m.end + 1))?.[0] ?? '';
  const head = compound.split('-').at(-1)!.toLowerCase();
  return !GROUP_HEADS.has(head);
}
const GROUP_HEADS = new Set(['konzern', 'konzerns', 'gruppe', 'group', 'groep', 'concern', 'holding',
  // The parties of a deal named in its compound: "Hyundai-Aptiv-Joint-Venture", "Daimler-Geely-Deal".
  'venture', 'partnerschaft', 'kooperation', 'allianz', 'deal', 'übernahme', 'fusion', 'gemeinschaftsunternehmen', 'joint']);

/** A name between "former", "early", "ehemalige", "oud-" and a word for people: where they worked ("an early Tesla engineer").
 * ("Honda executive Seiji Kuraishi said" speaks for Honda.) */
function workedAt(text: string, m: Mention): boolean {
  if (PERSON_AFTER.test(text.slice(m.end, m.end + 24)) && FORMER_BEFORE.test(foldSameLength(text.slice(Math.max(0, m.start - 16), m.start)))) return true;
  // ...or a person's title of it: "Jaap Korteweg, de oprichter van De Vegetarische Slager", "former chief executive of Ford".
  return HEAD_OF_BEFORE.test(foldSameLength(text.slice(Math.max(0, m.start - 40), m.start)));
}
const HEAD_OF_BEFORE =
  /\b(?:oprichter|medeoprichter|founder|co-founder|fondateur|cofondateur|grunder|mitgrunder|topman|topvrouw|chief executive|ceo|chairman|voorzitter|vorstandschef|vorstandsvorsitzender)\s+(?:van|of|de|du|von|des|der|bei)\s+(?:(?:de|het|the|la|le|l'|der|die|das)\s+)?$/u;
const FORMER_BEFORE = /\b(?:former|ex|early|one-time|ehemaligen?|fruheren?|oud|voormalige?|anciens?)[\s-]+$/u;
/** A word for people right after a name, which then says where they work: "Tesla engineer", "Google veterans" ("BMW-Mitarbeiter" is a compound). */
const PERSON_AFTER = /^\s+(?:engineers?|executives?|employees?|veterans?|alumni|alums?|staffers?|managers?|researchers?|ingenieurs?|ingenieure|ingenieuren|medewerkers?|werknemers?|mitarbeiter(?:innen)?)\b/iu;

/** What follows a name up to the relative clause that describes it: ", an Israeli fund that already counts", ", qui compte". */
const RELATIVE_AFTER = /^,\s+(?:(?:a|an|the|un|une|le|la|een|de|het|ein|eine|der|die|das)\s+)?[^,.;:]{0,50}?\b(?:that|which|qui|dat|die|welke|der|das)\s[^,.;:]*$/u;

/** Words right before a company that is founded: "set up", "founded", "gründeten", "richtte … op" is a separable verb and left out. */
const SET_UP_BEFORE = /\b(?:set up|sets up|founded|formed|launched|created|cree|creent|a cree|ont cree|grundete|grundeten|grundet)\s+(?:\p{L}+\s+)?$/u;

/** From a partnership word to the list of its parties: "Vereinbarung zwischen", "partnership between", "accord entre", "samenwerking tussen". */
const BETWEEN_AFTER = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s+(?:zwischen|between|entre|tussen)\s+(?:(?:der|dem|den|the|le|la|les|l'|de|het)\s*)?/u;

/**
 * Whether a name after a deal word stands in a clause of its own: past a comma with no word that introduces a target
 * before it ("Hyundai hält 80 Prozent der Anteile, SoftBank behält 20 Prozent", "übernimmt 30 Prozent, der Zulieferer Hyundai Mobis").
 */
function nextClause(folded: string, at: number, nameAt: number): boolean {
  const span = folded.slice(at, nameAt);
  return span.includes(',') && !TARGET_INTRO.test(span);
}
const TARGET_INTRO = /\s(?:in|into|dans|an|am|bei|beim|au|aux|of|von|van|du|des|d'|de la|de l')\s/;

/** Nouns of a purchase that a name may qualify: "the Boston Dynamics takeover", "die Hella-Übernahme". */
const PURCHASE_NOUN = /^(?:takeover|acquisition|purchase|buyout|ubernahme|overname)\b/;

/** A definite article right before a word, maybe with an adjective: "le portefeuille", "the current portfolio", "het portfolio". */
const THE_BEFORE = /(?:^|[^\p{L}])(?:the|le|la|les|het|de|das|die|der|den|dem)\s+(?:\p{L}+\s+)?$/u;

/** "Zu den (bisherigen) Anteilseignern zählen", "parmi les actionnaires", "onder de aandeelhouders": the holders of the text's company. */
const HOLDERS_AMONG = /\b(?:zu den|parmi les|onder de|tot de|among the)\s+(?:\p{L}+\s+)?$/u;
/** A possessive before the holders' word: they are the text's company's. */
const HOLDERS_OF_IT = /\b(?:its|their|seine[nr]?|ihre[nr]?|ses|leurs|zijn|haar|hun|company's|firm's|start-up's|startup's)\s+(?:\p{L}+\s+)?$/u;

/** Words before a name that make it no target: a co-investor ("avec", "alongside", "neben"), a seller ("from SoftBank", "von"), a comparison ("the same as Ford", "après Ford"). */
const COINVESTOR_BEFORE = /\b(?:avec|with|alongside|aux cotes d[eu']|samen met|naast|neben|gemeinsam mit|zusammen mit|from|von|the same as|as has|as did|like|apres|comme|wie|zoals|after|nach)\s+(?:\p{L}+\s+){0,2}$/u;
/** Funds that invest, named by what they are: not a fund created. */
const NOT_A_NEW_FUND = /\b(?:fonds de pension|fonds souverain|pension fund|sovereign wealth fund|pensioenfonds|pensionsfonds|staatsfonds|fonds de retraite)\b/;

/** A joint venture's founders after it: "fondée en 2017 par", "founded by", "gegründet von", "opgericht door". */
const FOUNDED_BY = /^[\p{L}'-]*(?:\s+[\p{L}\d'-]+){0,6}?\s+(?:fond[eé]e?s?|cre[eé]e?s?|founded|created|set up|formed|launched|gegrundet|gerufen|opgericht)(?:\s+[\p{L}\d'-]+){0,3}?\s+(?:par|by|von|door)\s/u;

/** Words right before the company a deal creates: "qui crée", "that creates", "donne naissance à", "die ... opricht", "das ... gründet". */
const CREATES_BEFORE = /\b(?:qui cree|qui creent|creant|that creates|that created|creating|to create|to form|forming|donne naissance a|donnant naissance a|geboren|gave birth to|gives birth to)\s+(?:\p{L}+\s+){0,3}$|\b(?:das|ein|the|a|their|la|une|leur|de|het|een|hun)\s+(?:\p{L}+\s+)?(?:gemeinschaftsunternehmen|joint venture|joint-venture|coentreprise|co-entreprise)\s+$/u;

interface FactBox {
  kind: 'holdings' | 'holders';
  owner: string;
  /** A heading that only names its owner ("De activiteiten van D'Ieteren"): its lines are holdings only where they give a share. */
  shares?: boolean;
}

/** A fact box line's share, right after its colon: "Lotus: 51 procent", "Belron: ruim 50 procent", "Moleskine: 100 %". */
const ITEM_SHARE = /^\s*(?:\([^()\n]{1,40}\)\s*)?:\s*(?:(?:ruim|bijna|ongeveer|circa|about|around|almost|nearly|over|more than|rund|etwa|knapp|uber|environ|pres de|plus de)\s+)?(\d{1,3}(?:[.,]\d+)?)\s*(?:%|procent|percent|per cent|prozent|pour cent)/;
/** A line of a fact box that opens on a name and a colon, known or not ("D'Ieteren Auto: invoer en verkoop"): the box goes on. */
const ANY_ITEM = /^\s*\p{Lu}[^:\n]{0,48}:/u;

/** A fact box's item: its organisation, maybe where it is from, then a colon ("Kalray (Frankrijk): ...", "Vattenfall: $560,000"). */
const ITEM_AFTER = /^\s*(?:\([^()\n]{1,40}\)\s*)?:/;
/** Headings over a list of what an investor holds, and over a list of who holds a company. */
const HOLDINGS_HEADING = /\b(?:portfolio|portefeuille|beteiligungen|holdings|investments|investeringen|participations|deelnemingen)\b/;
const HOLDERS_HEADING = /\b(?:backers|investors|shareholders|investisseurs|actionnaires|investeerders|aandeelhouders|anteilseigner|geldgeber|investoren|cheques|checks)\b/;
const HEADING_MAX = 60;
/** A person's role that makes a company his: "Founder and Chairman", "Owner", "Gründer". */
const FOUNDER_ROLE = /\b(?:founder|co-founder|owner|fondateur|oprichter|eigenaar|grunder|grunderin|eigentumer)\b/i;
/** Headings over what a group is made of, whose lines may give each share held: "De activiteiten van D'Ieteren", "Das Reich von Geely". */
const SHARES_HEADING = /\b(?:activiteiten|activities|activites|aktivitaten|rijk|empire|reich|imperium|dochterbedrijven|dochters|subsidiaries|filiales|tochter(?:gesellschaften|firmen)?|merken|brands|marques|marken|bedrijven|companies|societes|unternehmen)\b/;

/** A short line without a full stop that says whose holdings or holders the lines under it list; null otherwise. */
function factBoxHeading(text: string, s: Sentence, subject: string | null, fund: string | null, funded: string | null, people: () => Mention[]): FactBox | null {
  // A line of its own: a line break (or the text's end) right after it.
  if (s.end - s.start > HEADING_MAX || /[.!?]\s*$/.test(text.slice(s.start, s.end)) || !/^[^\S\n]*(?:\n|$)/.test(text.slice(s.end, s.end + 8))) return null;
  const named = s.orgs[0]?.id;
  if (HOLDINGS_HEADING.test(s.folded)) {
    const owner = named ?? fund ?? subject;
    return owner ? { kind: 'holdings', owner } : null;
  }
  if (HOLDERS_HEADING.test(s.folded)) {
    const owner = named ?? funded ?? subject;
    return owner ? { kind: 'holders', owner } : null;
  }
  // (Any other heading that names an organisation may head its holdings: "De activiteiten van D'Ieteren" / "Moleskine: 100 procent";
  // not a line that tells a deal, a headline, nor a box's line itself.)
  if (!SHARES_HEADING.test(s.folded) || s.hits.length > 0 || ANY_ITEM.test(text.slice(s.start, s.end))) return null;
  // ("Het rijk van Li Shufu": a founder's or owner's group is the company he founded or owns.)
  const owner = named ?? people().map((m) => kbEntity(m.id)?.relations?.find((r) => r.type === 'role-at' && FOUNDER_ROLE.test(r.role ?? ''))?.entity).find((id) => id !== undefined);
  return owner ? { kind: 'holdings', owner, shares: true } : null;
}

/** More organisations than this in one sentence are a list: none of them is the one the text goes on about. */
const LIST_OF_MANY = 3;

/** How many partners one party may sign with in one sentence, each a deal of its own. */
const MAX_PAIRED = 3;

/** How many sentences back "the two companies" may find the deal they refer to. */
const PAIR_SENTENCES = 3;

/** What joins the parties of one deal named side by side. */
const PARTY_JOINER = /\b(?:met|mit|with|avec|and|et|en|und|samen|together)\b|[,&]/;

/** "the Series C of Group14", "die Serie-C-Runde von Group14", "de ronde van Lightyear": who the round funds. */
const OF_BEFORE = /(?:\bof|\bvon|\bvan|\bde|\bd'|\bdu|\bbei)\s*$/;
const ROUND_OF_REACH = 40;
/** German names what a round funds in the genitive, often with what it is: "des Flugtaxi-Entwicklers Volocopter". */
const GENITIVE_BEFORE = /\b(?:des\s+(?:[\p{L}-]+\s+)?|der\s+(?:[\p{L}-]+(?:in|innen|en|e|a|ung|heit|keit|schaft|ik|ion)\s+)?)$/u;
const GENITIVE_REACH = 70;
/** A list introduced as some of many: "darunter", "including", "among them", "dont", "waaronder". */
const AMONG = /\b(darunter|unter anderem|including|among them|notamment|dont|waaronder|onder wie|onder meer)\b/;

/** Where the target of an investment stands after its investors: "in", "into", "dans", "bei", "an". */
const TARGET_WORD = /\s(?:in|into|dans|bei|an|au)\s/g;

/**
 * An investment stated verb first: the organisations right after the deal word invest, in the
 * company after the target word that follows them. Null when the sentence is not built so.
 */
function inverted(folded: string, at: number, after: Mention[], local: (m: Mention) => number): { investors: string[]; target: string } | null {
  const first = after[0];
  if (!first || local(first) - at > INVERTED_REACH) return null;
  // After an article the deal word is a noun ("The investment follows Toyota's moves into…"), not a verb put first.
  if (afterArticle(folded, at)) return null;
  // "decided to invest in Maniv Mobility, an Israeli fund": the first name after the verb is its object, not who invests.
  if (/\s(?:in|into|dans|bei|an|au)\s+(?:(?:the|de|het|den|dem|der|le|la|l')\s*)?$/.test(folded.slice(at, local(first)))) return null;
  TARGET_WORD.lastIndex = local(first);
  const word = TARGET_WORD.exec(folded);
  if (!word) return null;
  const investors = idsOf(after.filter((m) => local(m) < word.index && m.type !== 'accelerator'));
  const target = after.find((m) => local(m) > word.index && m.type === 'company' && !investors.includes(m.id));
  return investors.length && target ? { investors, target: target.id } : null;
}
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|its|l'|le|la|les|un|une|cet|cette|ce|het|een|dit|deze|der|das|ein|eine|diese|dieser)\s*$/u;
/** Whether an article stands right before `at`: the word there is a noun. */
const afterArticle = (folded: string, at: number) => ARTICLE_BEFORE.test(folded.slice(Math.max(0, at - 12), at));
/** How far after the deal word its first investor may stand, verb first. */
const INVERTED_REACH = 40;

/** "het belang van autoverhuurder Europcar in Car2Go Europe", "Ford's stake in Argo": whose stake is bought is no target; the company it is in is. */
const sellsItsStake = (folded: string, at: number) =>
  /(?:belang|aandeel|aandelen|stake|participation|anteil|anteile)\s+(?:van|of|de|d'|von|des|der)\s*(?:\p{L}+\s+)?$/u.test(folded.slice(Math.max(0, at - 48), at)) &&
  /^[^,.;]{0,40}?\s(?:in|dans|an|au capital de)\s/u.test(folded.slice(at));

/** The deal word's object, referring back to a company: "in the company", "in het bedrijf", "dans la jeune entreprise", "an dem Start-up". */
const TARGET_BACK = /^[\p{L}'-]+\s+(?:[\p{L}'-]+\s+){0,3}?(?:in|into|dans|an|bei)\s+(?:the|het|de|la|le|l'|dem|der|das)\s*(?:[\p{L}-]+\s+)?(?:company|start-up|startup|firm|bedrijf|onderneming|societe|entreprise|unternehmen|firma)\b/u;

/** How far (in characters) a programme's name may stand from its deal word. */
const PROGRAM_REACH = 40;
/** Words that admit a company to a programme, between the company and the programme's word. */
const ADMITTED = /\b(?:fai(?:sait|t) partie (?:du|de la|des|de)|a rejoint|rejoint|a integre|integre|a participe a|participait a|joined|joins|took part in|takes part in|is part of|was part of|selected for|admitted to|nam deel aan|neemt deel aan|maakte deel uit van|maakt deel uit van|nahm an|nimmt an|teilgenommen an|aufgenommen in)\b/;
/** What goes on with a list after an item's description: a list's word, then maybe an article and one word. */
const AFTER_ASIDE = /^\s*(?:(?:and|or|et|ou|encore|ainsi que|en|of|und|oder|sowie|as well as|in|into|dans|bei|an)\s+)+(?:(?:the|l'|le|la|les|de|het|der|die|das)\s*)?(?:\p{L}+\s+)?$/u;
/** Relative pronouns that open a description, not a list's next item (not German "die", "der", "das": articles too). */
const RELATIVE_WORD = /\b(?:that|which|who|whose|qui|que|dont|dat|welke|welche|wiens)\b/i;
/** Between two parties of one list: commas, "et", "and", a few words; not a dash, a bracket or a quote. */
const LIST_GAP = 40;

/** The first run of mentions that read as one list ("avec China Unicom ... et NavInfo"), not a later aside. */
function firstGroup(text: string, after: Mention[], asides: readonly Aside[] = []): Mention[] {
  const out: Mention[] = [];
  for (const m of after) {
    const prev = out.at(-1);
    if (prev) {
      // The gap without the items' descriptions (asides, in text offsets).
      const skipped = asides.filter((x) => x.start >= prev.end && x.end <= m.start);
      let between = '';
      let at = prev.end;
      for (const x of skipped) {
        between += text.slice(at, x.start) + ',';
        at = x.end;
      }
      between += text.slice(at, m.start);
      // After a description, the list goes on only with a list's word: "…, dans Solid Power", "…, ou encore l'israélien Moovit" (not "…, making Volkswagen").
      if (skipped.length && !AFTER_ASIDE.test(text.slice(at, m.start))) break;
      // "Maniv Mobility, an Israeli fund that already counts Jaguar Land Rover": a relative clause describes the last item.
      if (between.length > LIST_GAP || /[–—(«"“;:]/.test(between) || RELATIVE_WORD.test(between)) break;
    }
    out.push(m);
  }
  return out;
}

/** The last run of mentions before the deal word that read as one list ("BMW and Ford invested"), in text order. */
function lastGroup(text: string, before: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    const next = out[0];
    if (next) {
      const between = text.slice(m.end, next.start);
      if (between.length > LIST_GAP || !/^\s*(?:,|and|et|und|en|&)\s*(?:\p{L}+\s+){0,2}$/u.test(between)) break;
    }
    out.unshift(m);
  }
  return out;
}

/**
 * Whom "le Groupe", "the fund", "elle" stands for: the recent mention written with that noun
 * ("Groupe Bolloré" for "le Groupe"), else the organisation the text is about.
 */
function resolveBack(folded: string, subject: string | null, previous: Mention[]): string | null {
  const noun = /\b(?:le|la|the|het|de|der|die|das)\s+(groupe|group|groep|gruppe|fonds|fund|societe|company|bedrijf|unternehmen)\b/.exec(folded)?.[1];
  if (noun) {
    const stem = noun.slice(0, 4);
    const written = [...previous].reverse().find((m) => foldSameLength(m.text).includes(stem));
    if (written) return written.id;
  }
  return subject;
}

/** The items (sorted by start) that lie wholly within the span: found by binary search. */
function within<T extends { start: number; end: number }>(sorted: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end <= span.end) out.push(sorted[i]);
  return out;
}

/** The key counted most (the first of a tie), or null. */
function mostNamed(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

/** The two keys counted most, when they stand out: each named at least twice and more often than the third. */
function topTwo(counts: ReadonlyMap<string, number>): string[] {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2 || ranked[1][1] < 2 || (ranked[2] && ranked[2][1] === ranked[1][1])) return [];
  return [ranked[0][0], ranked[1][0]];
}

/** The ids of these parties, each once, in order. */
const idsOf = (ms: readonly { id: string }[]): string[] => [...new Set(ms.map((m) => m.id))];

function dedupe(ms: Mention[]): Mention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}

/** One proposal per deal in an article: the same type and parties said twice is one deal. */
const PERCENT = /(\d+(?:[.,]\d+)?)\s*(?:%|procent|prozent|per ?cent|pour cent)/giu;

/** A share under half of someone: "20 % of", "een vijfde van", "un tiers de", "ein Drittel an". */
const SHARE_OF = /(?:(\d+(?:[.,]\d+)?)\s*(?:%|procent|prozent|per ?cent|pour cent)|\b(?:een|a|un|ein|one)\s+(?:vijfde|kwart|derde|fifth|quarter|third|cinquieme|cinquième|quart|tiers|funftel|fünftel|viertel|drittel))\s+(?:of|van|de|du|d'|der|des|an)\s/giu;
const minorityOf = (sentence: string) => [...sentence.matchAll(SHARE_OF)].some((m) => m[1] === undefined || parseFloat(m[1].replace(',', '.')) < 50);

function merge(text: string, list: Proposal[]): Proposal[] {
  const parties = (p: Proposal) => [...p.investors, ...p.targets, ...p.partners].map((x) => x.id).sort().join(',');
  const key = (p: Proposal) => `${p.type}|${parties(p)}`;
  const byKey = new Map<string, Proposal>();
  // A stake bought, told with a purchase word and a stake word in one sentence ("nam … het belang … over", "buys a 26% stake
  // in"), is one deal: an investment when the sentence says the share is a minority, else the purchase.
  const told = (type: DealType) => new Set(list.filter((p) => p.type === type).map((p) => `${p.start}|${parties(p)}`));
  const [bought, invested] = [told('acquisition'), told('investment')];
  const minority = (p: Proposal) => [...text.slice(p.start, p.end).matchAll(PERCENT)].some((m) => parseFloat(m[1].replace(',', '.')) < 50);
  for (const told of list) {
    const both = (told.type === 'investment' && bought.has(`${told.start}|${parties(told)}`)) || (told.type === 'acquisition' && invested.has(`${told.start}|${parties(told)}`));
    if (both && (told.type === 'investment') !== minority(told)) continue;
    // A minority of a company bought ("koopt een vijfde van Leapmotor", "acquires 20% of") is an investment, not its purchase.
    const p = !both && told.type === 'acquisition' && minorityOf(text.slice(told.start, told.end)) ? { ...told, type: 'investment' as const } : told;
    // A fund's sizes told apart are its rounds ("launched in 2011 with €100 million", "raised to €500 million in 2016"); one told
    // without a size is one of them.
    const sized = p.type === 'fund' && p.amount ? `|${p.amount.value} ${p.amount.currency}` : '';
    if (p.type === 'fund' && !p.amount && [...byKey.keys()].some((k) => k.startsWith(`${key(p)}|`))) continue;
    const k = key(p) + sized;
    const seen = byKey.get(k);
    if (!seen) byKey.set(k, p);
    else {
      seen.amount ??= p.amount;
      if (p.sponsors.length > seen.sponsors.length) seen.sponsors = p.sponsors;
    }
  }
  // A round told with no investor and told again with them (a headline, then the body: "Northvolt réunit 2,75 milliards",
  // "Northvolt a levé 2,75 milliards auprès de…") is one deal: the one that names them, with the sum if it lacks one. A round of
  // another sum is another round.
  // One sentence, one partnership: a pair it also tells as part of a larger group is that group's ("Besides Daimler, Sila works
  // with BMW, and both carmakers have agreements").
  const partySets = [...byKey.values()].filter((p) => p.type === 'partnership').map((p) => ({ p, ids: new Set(p.partners.map((x) => x.id)) }));
  const inLarger = (p: Proposal) => {
    const mine = partySets.find((x) => x.p === p)!.ids;
    return partySets.some((x) => x.p !== p && x.p.start === p.start && x.ids.size > mine.size && [...mine].every((id) => x.ids.has(id)));
  };
  const merged = [...byKey.values()].filter((p) => p.type !== 'partnership' || p.targets.length > 0 || !inLarger(p));
  const sameRound = (a: Proposal, b: Proposal) =>
    a !== b && a.type === 'investment' && b.type === 'investment' && b.investors.length > 0 && a.targets.length === 1 && b.targets.some((t) => t.id === a.targets[0].id) && (!a.amount || !b.amount || (a.amount.value === b.amount.value && a.amount.currency === b.amount.currency));
  return merged.filter((p) => {
    if (p.investors.length > 0 || p.type !== 'investment') return true;
    const named = merged.find((q) => sameRound(p, q));
    if (!named) return true;
    named.amount ??= p.amount;
    return false;
  });
}

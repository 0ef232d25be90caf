/**
 * The words of money in English, French, Dutch and German (and the codes and symbols every
 * language shares). Keys are written as text and read through the tokenizer when the tables
 * are built (see phrase-table.ts), so "US$", "us $" and "U.S. $" may all be written plainly.
 */
import type { Qualifier } from '../kb/types';
import type { Lang } from '../kb/types';

export interface CurrencyLex {
  /** ISO 4217 (XBT for bitcoin, which has no official code). */
  iso: string;
  /** Value of one of these in `iso` units: 0.01 for a cent, 10 for a Dutch "tientje". */
  unitValue?: number;
  /** A multiplier carried by the currency itself: MUSD, MEUR = millions. */
  scale?: number;
  /** A word rather than a symbol or a code ("euro", "dollars"): stricter rules before a number. */
  word?: boolean;
  /** Sub-unit or coin: read after a main amount as its cents ("3 dollars 50 cents"). */
  minor?: boolean;
  /** Only after a number: "won" before one is the verb ("won a $48 million contract"), never the currency. */
  afterOnly?: boolean;
  /** How the first token must be written, apart from the number: "Rs 500", never "RS2" (a car) nor "rs2". */
  written?: string;
  /** Also a weight ("8.4 pounds", "een pond"): after a bare number money only in a money context (see recognise.ts). */
  weight?: boolean;
  /** A weight only next to another weight ("1 kg de pommes, environ 2 livres"): French "livres". */
  weightNear?: boolean;
  /** A sign two currencies share (¥: yen and yuan): the words around decide (see recognise.ts). */
  shared?: boolean;
}

/**
 * Every table here is looked up with words of the text: without a prototype, "constructor",
 * "toString" or "__proto__" is no entry (an ordinary object answers with Object's own members).
 */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const cur = (iso: string, extra: Omit<CurrencyLex, 'iso'> = {}): CurrencyLex => ({ iso, ...extra });
const word = (iso: string, extra: Omit<CurrencyLex, 'iso' | 'word'> = {}): CurrencyLex => ({ iso, word: true, ...extra });
const minor = (iso: string, unitValue = 0.01): CurrencyLex => ({ iso, unitValue, word: true, minor: true });

/** Symbols, codes and words; multi-token keys are matched longest first. */
export const CURRENCIES: Record<string, CurrencyLex> = table({
  // Symbols
  $: cur('USD'), '€': cur('EUR'), '£': cur('GBP'), '¥': cur('JPY', { shared: true }), 'JP¥': cur('JPY'), 'CN¥': cur('CNY'), '元': cur('CNY'), '₹': cur('INR'), '₽': cur('RUB'),
  '₩': cur('KRW'), '₺': cur('TRY'), '₪': cur('ILS'), '฿': cur('THB'), '₡': cur('CRC'), '₾': cur('GEL'), '₭': cur('LAK'),
  'ரூ': cur('LKR'), '₿': cur('XBT'), '₫': cur('VND'), '₱': cur('PHP'), '₴': cur('UAH'), '₦': cur('NGN'), 'zł': cur('PLN'),
  // Prefixed dollars and their spaced forms as tokenised news text writes them
  'us $': cur('USD'), 'u . s . $': cur('USD'), 'u . s $': cur('USD'), 'usd $': cur('USD'), 'c $': cur('CAD'), 'CA$': cur('CAD'),
  'can $': cur('CAD'), 'cad $': cur('CAD'), 'A$': cur('AUD'), 'AU$': cur('AUD'), 'aud $': cur('AUD'), 'nz $': cur('NZD'),
  'nzd $': cur('NZD'), 'hk $': cur('HKD'), 'hkd $': cur('HKD'), 'S$': cur('SGD'), 'sgd $': cur('SGD'), 'mex $': cur('MXN'),
  'mxn $': cur('MXN'), 'R$': cur('BRL'), 'NT$': cur('TWD'),
  // Indian rupees as Indian papers write them: "Rs 500 crore", "Rs. 2 lakh crore"
  rs: cur('INR', { written: 'Rs' }), 'rs .': cur('INR', { written: 'Rs' }),
  // Suffixed qualifiers of $ in French ("16,4 millions de $ c", "$ US")
  '$ c': cur('CAD'), '$ can': cur('CAD'), '$ cad': cur('CAD'), '$ ca': cur('CAD'), '$ us': cur('USD'), '$ usd': cur('USD'), '$ hk': cur('HKD'),
  '$ aus': cur('AUD'), '$ au': cur('AUD'), '€ ht': cur('EUR'), '€ ttc': cur('EUR'),
  // ISO codes (and common non-ISO ones)
  usd: cur('USD'), eur: cur('EUR'), gbp: cur('GBP'), chf: cur('CHF'), jpy: cur('JPY'), cny: cur('CNY'), rmb: cur('CNY'),
  cad: cur('CAD'), aud: cur('AUD'), nzd: cur('NZD'), hkd: cur('HKD'), sgd: cur('SGD'), mxn: cur('MXN'), inr: cur('INR'),
  krw: cur('KRW'), sek: cur('SEK'), nok: cur('NOK'), dkk: cur('DKK'), pln: cur('PLN'), czk: cur('CZK'), huf: cur('HUF'),
  try: cur('TRY'), rub: cur('RUB'), brl: cur('BRL'), zar: cur('ZAR'), ils: cur('ILS'), aed: cur('AED'), sar: cur('SAR'),
  twd: cur('TWD'), thb: cur('THB'), idr: cur('IDR'), myr: cur('MYR'), vnd: cur('VND'), btc: cur('XBT'), xbt: cur('XBT'),
  dm: cur('DEM'),
  // Scaled codes of financial reports: MUSD, MEUR, kEUR
  musd: cur('USD', { scale: 1e6 }), meur: cur('EUR', { scale: 1e6 }), mgbp: cur('GBP', { scale: 1e6 }), maud: cur('AUD', { scale: 1e6 }),
  mchf: cur('CHF', { scale: 1e6 }), keur: cur('EUR', { scale: 1e3 }), kusd: cur('USD', { scale: 1e3 }), mrdeur: cur('EUR', { scale: 1e9 }),
  // Dollars
  dollar: word('USD'), dollars: word('USD'), 'us dollar': word('USD'), 'us dollars': word('USD'), 'u . s . dollars': word('USD'),
  'u . s . dollar': word('USD'), 'american dollars': word('USD'), 'dollars americains': word('USD'), 'dollar americain': word('USD'),
  'dollars us': word('USD'), 'dollar us': word('USD'), 'amerikaanse dollar': word('USD'), 'amerikaanse dollars': word('USD'),
  'us-dollar': word('USD'), 'us-dollars': word('USD'), 'amerikanische dollar': word('USD'),
  'amerikanischen dollar': word('USD'), 'canadian dollars': word('CAD'), 'canadian dollar': word('CAD'), 'dollars canadiens': word('CAD'),
  'dollar canadien': word('CAD'), 'canadese dollar': word('CAD'), 'kanadische dollar': word('CAD'), 'kanadischen dollar': word('CAD'),
  'australian dollars': word('AUD'), 'australian dollar': word('AUD'), 'dollars australiens': word('AUD'), 'australische dollar': word('AUD'),
  'australischen dollar': word('AUD'), 'hong kong dollars': word('HKD'), 'hong kong dollar': word('HKD'), 'dollars de hong kong': word('HKD'),
  'new zealand dollars': word('NZD'), 'singapore dollars': word('SGD'), 'taiwan dollars': word('TWD'),
  // Euro
  euro: word('EUR'), euros: word('EUR'), 
  // Pound
  pound: word('GBP', { weight: true }), pounds: word('GBP', { weight: true }), 'pounds sterling': word('GBP'), 'pound sterling': word('GBP'),
  // French weighs in kilograms: its "livres" are pounds sterling (or books), rarely a weight.
  sterling: word('GBP'), livre: word('GBP', { weightNear: true }), livres: word('GBP', { weightNear: true }), 'livres sterling': word('GBP'),
  'livre sterling': word('GBP'), pond: word('GBP', { weight: true }), 'britse pond': word('GBP'), 'pfund sterling': word('GBP'),
  pfund: word('GBP', { weight: true }), 'british pounds': word('GBP'), 'britische pfund': word('GBP'),
  // Yen, yuan
  yen: word('JPY'), yens: word('JPY'), yuan: word('CNY'), yuans: word('CNY'), renminbi: word('CNY'), 'chinese yuan': word('CNY'),
  'yuans chinois': word('CNY'), kuai: word('CNY'), mao: minor('CNY', 0.1), fen: minor('CNY'),
  // Francs
  franc: word('CHF'), francs: word('CHF'), 'swiss francs': word('CHF'), 'swiss franc': word('CHF'), 'francs suisses': word('CHF'),
  'franc suisse': word('CHF'), 'zwitserse frank': word('CHF'), 'zwitserse franken': word('CHF'), franken: word('CHF'),
  'schweizer franken': word('CHF'), 'francs cfa': word('XOF'), 'franc cfa': word('XOF'),
  // Won: after a number only ("1.2 trillion won", "2 400 milliards de wons", "1,2 Billionen Won")
  won: word('KRW', { afterOnly: true }), wons: word('KRW', { afterOnly: true }), 'korean won': word('KRW'), 'south korean won': word('KRW'),
  'wons coreens': word('KRW'), 'sudkoreanische won': word('KRW'), 'koreaanse won': word('KRW'), '원': cur('KRW'),
  // Others
  rupee: word('INR'), rupees: word('INR'), 'indian rupees': word('INR'), roupie: word('INR'), roupies: word('INR'),
  'roupies indiennes': word('INR'), rupien: word('INR'), 'indische rupien': word('INR'), 'indiase roepie': word('INR'), roepie: word('INR'),
  roepies: word('INR'),
  pesetas: word('ESP'), peseta: word('ESP'), pesos: word('MXN'), peso: word('MXN'), 'mexican pesos': word('MXN'),
  lira: word('TRY'), 'turkish lira': word('TRY'), 'livres turques': word('TRY'), 'turkse lira': word('TRY'), 'turkische lira': word('TRY'),
  rouble: word('RUB'), roubles: word('RUB'), ruble: word('RUB'), rubles: word('RUB'), rubel: word('RUB'), roebel: word('RUB'),
  kronor: word('SEK'), 'swedish kronor': word('SEK'), 'couronnes suedoises': word('SEK'), 'zweedse kronen': word('SEK'),
  'schwedische kronen': word('SEK'), 'norwegian kroner': word('NOK'), 'danish kroner': word('DKK'),
  zloty: word('PLN'), zlotys: word('PLN'), zlotych: word('PLN'), forint: word('HUF'), forints: word('HUF'),
  shekel: word('ILS'), shekels: word('ILS'), baht: word('THB'), ringgit: word('MYR'), rupiah: word('IDR'),
  dirham: word('AED'), dirhams: word('AED'), riyal: word('SAR'), riyals: word('SAR'), reais: word('BRL'), 'brazilian real': word('BRL'),
  riel: word('KHR'), riels: word('KHR'), 'cambodian riel': word('KHR'), 'kambodschanische riel': word('KHR'), 'kambodschanischen riel': word('KHR'),
  markka: word('FIM'), markkaa: word('FIM'), 'finnish markka': word('FIM'), 'mark finlandais': word('FIM'), 'marks finlandais': word('FIM'),
  'finnische mark': word('FIM'), 'finse mark': word('FIM'), 'deutsche mark': word('DEM'), 'd-mark': word('DEM'),
  gulden: word('NLG'), guilder: word('NLG'), guilders: word('NLG'), 'dutch guilders': word('NLG'), florin: word('NLG'), florins: word('NLG'),
  'florins hollandais': word('NLG'), 'hollandse gulden': word('NLG'), 'niederlandische gulden': word('NLG'),
  bitcoin: word('XBT'), bitcoins: word('XBT'), satoshi: minor('XBT', 1e-8), satoshis: minor('XBT', 1e-8),
  // Sub-units and coins, counted in their own unit by the text
  cent: minor('USD'), cents: minor('USD'), centime: minor('EUR'), centimes: minor('EUR'), eurocent: minor('EUR'), eurocents: minor('EUR'),
  penny: minor('GBP'), pence: minor('GBP'), pennies: minor('GBP'), penni: minor('FIM'), pfennig: minor('DEM'), rappen: minor('CHF'),
  sen: minor('JPY'), pesewa: minor('GHS'), pesewas: minor('GHS'), stuiver: minor('NLG', 0.05), dubbeltje: minor('NLG', 0.1), kwartje: minor('NLG', 0.25),
  tientje: minor('NLG', 10), rijksdaalder: minor('NLG', 2.5),
});

/** Scale words and abbreviations. Some differ by language: a French or German "billion" is 10^12. */
export const SCALES: Record<string, number | Partial<Record<Lang | 'default', number>>> = table({
  k: 1e3, thousand: 1e3, thousands: 1e3, mille: 1e3, duizend: 1e3, tausend: 1e3, tsd: 1e3, grand: 1e3,
  m: 1e6, mn: 1e6, mln: 1e6, mio: 1e6, mm: 1e6, million: 1e6, millions: 1e6, miljoen: 1e6, miljoenen: 1e6, millionen: 1e6,
  b: 1e9, bn: 1e9, bln: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, mld: 1e9, milliard: 1e9, milliards: 1e9, miljard: 1e9,
  miljarden: 1e9, milliarde: 1e9, milliarden: 1e9,
  // The long scale: French and German "billion" and Dutch "biljoen" are 10^12, their "trillion" 10^18.
  billion: { default: 1e9, fr: 1e12, de: 1e12, nl: 1e12 }, billions: { default: 1e9, fr: 1e12 }, billionen: 1e12, biljoen: 1e12,
  biljoenen: 1e12, bio: { de: 1e12 }, trillion: { default: 1e12, fr: 1e18, de: 1e18 }, trillions: { default: 1e12, fr: 1e18 },
  tn: 1e12, trn: 1e12, tln: 1e12,
  // Indian scales, also together: "2 lakh crore" is 2 x 10^5 x 10^7
  crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5, 'lakh crore': 1e12, 'lakh crores': 1e12, 'lakh-crore': 1e12,
});

/** Abbreviated scales that may carry a full stop before the currency: "2,3 Mrd. Euro". */
export const DOTTED_SCALES = new Set(['mio', 'mrd', 'mln', 'md', 'mds', 'tsd', 'mld', 'bn', 'mn', 'bln', 'bio', 'trn', 'tn']);

/** Scales that are too short to stand apart from a number ("100 m" is a hundred metres). */
export const GLUED_ONLY_SCALES = new Set(['k', 'm', 'b', 'mm']);

export interface NumberWordLex {
  value: number;
  /** 'unit' adds, 'hundred' multiplies what came before, 'thousand' closes a group. */
  kind: 'unit' | 'hundred' | 'thousand';
  /** An article that reads as 1 only before a scale, a hundred, a thousand or a coin. */
  article?: boolean;
}

const units: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  nul: 0, een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, dertig: 30,
  veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
  null: 0, eins: 1, ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, drei: 3, funf: 5, sechs: 6, sieben: 7, neun: 9,
  zehn: 10, zwolf: 12, dreizehn: 13, vierzehn: 14, funfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
});

/** Articles: "a million", "un milliard", "een miljard", "eine Milliarde", "einen Euro". */
const ARTICLES = new Set(['a', 'an', 'un', 'une', 'een', 'ein', 'eine', 'einen', 'einer', 'einem']);

export const NUMBER_WORDS: Record<string, NumberWordLex> = table({});
for (const [w, value] of Object.entries(units)) NUMBER_WORDS[w] = { value, kind: 'unit', article: ARTICLES.has(w) };
NUMBER_WORDS.a = { value: 1, kind: 'unit', article: true };
NUMBER_WORDS.an = { value: 1, kind: 'unit', article: true };
for (const w of ['hundred', 'cent', 'cents', 'honderd', 'hundert']) NUMBER_WORDS[w] = { value: 100, kind: 'hundred' };
for (const w of ['thousand', 'mille', 'duizend', 'tausend']) NUMBER_WORDS[w] = { value: 1000, kind: 'thousand' };
// "één" folds to "een": written with accents it is the number, never the article.
export const STRESSED_ONE = new Set(['één', 'ééne']);

/** Fractions of a scale: "half a billion", "a quarter million", "un demi-milliard", "anderhalf miljard". */
export const FRACTIONS: Record<string, number> = table({
  half: 0.5, halve: 0.5, halb: 0.5, halbe: 0.5, halben: 0.5, demi: 0.5, quarter: 0.25, quarters: 0.25, quart: 0.25,
  anderhalf: 1.5, anderhalve: 1.5, anderthalb: 1.5, eineinhalb: 1.5,
});

/** German and Dutch write numbers as one word: "achtundsiebzig", "vijfenveertig", "tweehonderd". */
export const COMPOUND_PARTS: Record<string, NumberWordLex> = table({});
for (const w of ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien',
  'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig',
  'tachtig', 'negentig', 'ein', 'eins', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwolf',
  'dreizehn', 'vierzehn', 'funfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig', 'dreissig', 'vierzig', 'funfzig',
  'sechzig', 'siebzig', 'achtzig', 'neunzig']) COMPOUND_PARTS[w] = { value: units[w], kind: 'unit' };
for (const w of ['honderd', 'hundert']) COMPOUND_PARTS[w] = { value: 100, kind: 'hundred' };
for (const w of ['duizend', 'tausend']) COMPOUND_PARTS[w] = { value: 1000, kind: 'thousand' };
/** The "and" inside compounds: acht-und-siebzig, vijf-en-veertig. */
export const COMPOUND_JOINERS = ['und', 'en'];

/** "and" between a main amount and its cents: "15 dollars and 15 cents", "3 euro en 50 cent". */
export const MINOR_JOINERS = new Set(['and', 'et', 'en', 'und']);
/** "between 3 and 4 million", "entre 3 et 4 millions", "tussen 3 en 4 miljoen", "zwischen 3 und 4 Millionen". */
export const RANGE_OPENERS = new Set(['between', 'entre', 'tussen', 'zwischen', 'from', 'de', 'van', 'von']);
export const RANGE_JOINERS_AFTER_OPENER = new Set(['and', 'et', 'en', 'und', 'to', 'a', 'tot', 'bis']);
export const RANGE_JOINERS = new Set(['-', 'to', 'a', 'tot', 'bis']);

/** Words before an amount that qualify it, keyed by their folded tokens. */
export const QUALIFIERS_BEFORE: Record<string, Qualifier> = table({
  'up to': 'up_to', 'as much as': 'up_to', 'at most': 'up_to', "jusqu ' a": 'up_to', "jusqu ' au": 'up_to', 'tot': 'up_to',
  'tot wel': 'up_to', 'maximaal': 'up_to', 'bis zu': 'up_to', 'maximal': 'up_to', 'au maximum': 'up_to', 'au plus': 'up_to',
  'more than': 'more_than', 'over': 'more_than', 'in excess of': 'more_than', 'upwards of': 'more_than', 'plus de': 'more_than',
  "plus d '": 'more_than', 'meer dan': 'more_than', 'ruim': 'more_than', 'mehr als': 'more_than', 'uber': 'more_than',
  'au-dela de': 'more_than', 'pres de': 'about',
  about: 'about', around: 'about', approximately: 'about', roughly: 'about', some: 'about', nearly: 'about', almost: 'about',
  'close to': 'about', environ: 'about', quelque: 'about', "pres d '": 'about', 'ongeveer': 'about', 'circa': 'about', 'ca .': 'about',
  "zo'n": 'about', 'bijna': 'about', rund: 'about', etwa: 'about', ungefahr: 'about', 'knapp': 'about', zirka: 'about',
  'less than': 'less_than', 'under': 'less_than', 'moins de': 'less_than', "moins d '": 'less_than', 'minder dan': 'less_than',
  'weniger als': 'less_than', 'unter': 'less_than',
  'at least': 'at_least', 'au moins': 'at_least', 'minstens': 'at_least', 'ten minste': 'at_least', 'minimaal': 'at_least',
  'mindestens': 'at_least', 'wenigstens': 'at_least',
});

/** Words after an amount that make it yearly ("200 miljoen dollar investeringen per jaar"). */
export const PER_YEAR_AFTER = new Set([
  'per year', 'a year', 'per annum', 'annually', 'each year', 'every year', 'yearly', 'par an', 'par annee', 'chaque annee',
  'annuellement', 'per jaar', 'jaarlijks', 'elk jaar', 'ieder jaar', 'pro jahr', 'im jahr', 'jahrlich', 'jedes jahr', "l ' an",
  '/year', '/an', '/jaar', '/jahr', 'p.a.',
]);
/** ...unless the year is a point in time: "$5 m a year ago". */
export const PER_YEAR_BLOCKERS = new Set(['ago', 'earlier', 'before', 'later', 'geleden', 'eerder', 'zuvor', 'fruher', 'plus tot']);

/** Words after a number that make it a percentage, never a sum of money (nor its cents). */
export const PERCENT_WORDS = new Set(['%', 'percent', 'per cent', 'pour cent', 'procent', 'prozent', 'pct']);

/**
 * ¥ is the sign of both the yen and the yuan. Words around it decide; with none, or as many of
 * each, it is the yen: news in these four languages mostly writes the yuan as "yuan", "RMB",
 * "CNY" or 元 and keeps the bare ¥ for yen, so a wrong guess is rarer that way round.
 */
export const YUAN_CUES = new Set(['china', 'chinas', 'chinese', 'chine', 'chinois', 'chinoise', 'chinoises', 'chinesisch', 'chinesische',
  'chinesischen', 'chinesischer', 'chinees', 'chinezen', 'yuan', 'yuans', 'renminbi', 'rmb', 'cny', 'beijing', 'pekin', 'peking',
  'shanghai', 'shenzhen', 'hangzhou', 'guangzhou']);
export const YEN_CUES = new Set(['japan', 'japans', 'japanese', 'japon', 'japonais', 'japonaise', 'japanisch', 'japanische', 'japanischen',
  'japanischer', 'japanse', 'yen', 'yens', 'jpy', 'tokyo', 'tokio', 'osaka', 'nikkei']);

/**
 * Words before a number of pounds that make them money: a pound is also a weight ("8.4 pounds",
 * "a 300-pound manhole cover"), so after a number it is sterling only with £, GBP or "sterling",
 * a scale ("361 million pounds"), or one of these a few words before.
 */
export const MONEY_CONTEXT = new Set([
  'cost', 'costs', 'costing', 'costed', 'price', 'priced', 'prices', 'pricing', 'worth', 'raise', 'raised', 'raises', 'raising', 'pay', 'paid',
  'pays', 'paying', 'spend', 'spent', 'spends', 'spending', 'budget', 'fee', 'fees', 'fine', 'fined', 'salary', 'sold', 'sell', 'sells',
  'bought', 'buy', 'buys', 'invest', 'invested', 'invests', 'investment', 'funding', 'loan', 'revenue', 'revenues', 'profit', 'profits',
  'charge', 'charged', 'charges', 'earn', 'earned', 'earns', 'save', 'saved', 'saving', 'savings', 'bill', 'tax', 'taxes', 'award', 'awarded',
  'compensation', 'bonus', 'wage', 'wages', 'rent', 'afford', 'donated', 'donation', 'grant', 'cash', 'valued', 'valuation', 'deal', 'bid',
  'offer', 'offered', 'owe', 'owed', 'debt', 'refund', 'fare', 'ticket', 'tickets', 'tuition', 'subsidy',
  'coute', 'coutent', 'coutait', 'prix', 'paye', 'payes', 'payer', 'investi', 'investit', 'leve', 'levee', 'vendu', 'vendue', 'achete',
  'kostet', 'kosten', 'kostete', 'preis', 'bezahlt', 'zahlt', 'zahlte', 'investiert', 'verkauft', 'gekauft',
  'kost', 'kostte', 'prijs', 'betaald', 'betaalt', 'geinvesteerd', 'verkocht', 'gekocht', 'opgehaald',
]);
/** Words after a number of pounds that make them a weight whatever came before. */
/** Weights in grams a few words before "livres" that make them a weight too. */
export const WEIGHT_UNITS_BEFORE = ['kg', 'g', 'gr', 'kilo', 'kilos', 'grammes', 'gramme', 'kilogrammes', 'kilogramme', 'onces'];
export const WEIGHT_AFTER = new Set(['of', 'heavy', 'in weight', 'weight', 'lighter', 'heavier', 'apiece']);

/**
 * Words between an amount and a bare scaled number that hands it the amount's currency:
 * "3,2 milliards d'euros, dont 900 millions", "$2 billion, of which 500 million".
 */
export const CARRY_CONNECTORS = new Set([
  'dont', 'of which', 'including', 'includes', 'included', 'among which', 'davon', 'darunter', 'waarvan', 'waaronder',
  'et', 'and', 'und', 'en', 'plus', 'puis', 'then', 'dann', 'daarna', 'sowie', 'ainsi que', 'as well as',
  // A comparison with the same kind of money: "3 milliards de dollars, contre 1 milliard en octobre"
  'contre', 'up from', 'down from', 'compared with', 'compared to', 'versus', 'vs', 'vs .', 'gegenuber', 'nach', 'tegen', 'tegenover',
]);
/** Words between the connector and the number that add to the first amount: "und weitere 75 Millionen", "and another 500 million". */
export const CARRY_MORE = ['weitere', 'weiteren', 'further', 'another', 'an additional', 'additional', 'nog', 'nog eens', 'encore', 'de nouveau'];
/**
 * What may follow a bare scaled number for it to take the currency: a full stop, a comma, or a
 * word that says where the money goes, never a noun ("500 millions de personnes", "500 million
 * people", "800 Millionen Menschen", "500 miljoen inwoners" count people).
 */
export const CARRY_FOLLOWERS = new Set([
  'for', 'to', 'in', 'from', 'will', 'would', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'goes', 'went', 'go', 'going', 'came',
  'come', 'comes', 'on', 'at', 'by', 'or', 'as', 'earmarked', 'allocated', 'set', 'being', 'into', 'this', 'last', 'next', 'over',
  'pour', 'en', 'a', 'au', 'aux', 'sur', 'par', 'et', 'ou', 'sont', 'seront', 'ira', 'iront', 'vont', 'viennent', 'proviennent', 'dans',
  'cette', 'l', 'cet', 'seulement', 'destines', 'consacres', 'affectes', 'apportes', 'investis', 'leves',
  'fur', 'an', 'auf', 'aus', 'bis', 'und', 'oder', 'sind', 'sollen', 'gehen', 'fliessen', 'entfallen', 'kommen', 'stammen', 'werden',
  'im', 'ins', 'zur', 'zum', 'nach', 'allein', 'entfielen', 'flossen', 'gingen',
  'voor', 'naar', 'uit', 'gaat', 'gaan', 'komt', 'komen', 'zijn', 'wordt', 'worden', 'bij', 'op', 'aan', 'ging', 'kwam',
]);

/**
 * Money that says its size and not its value: "ein zweistelliger Millionenbetrag" (10 to 99
 * million), "einen dreistelligen Milliardenbetrag". Kept with no value, so a reader still sees it.
 * Read as two words: the number of digits, then the amount word (folded, any case ending).
 */
export const DIGIT_COUNT_WORD = /^(ein|zwei|drei)stellig(e|en|er|es|em)?$/;
export const SIZED_AMOUNT_WORD = /^(millionen|milliarden)betrag(e|s|es|en)?$/;
/** "ein hoher zweistelliger Millionen-Euro-Betrag": the same written with the currency inside. */
export const SIZED_SCALE_WORD = /^(millionen|milliarden)$/;
export const SIZED_BETRAG = /^betrag(e|s|es|en)?$/;

/**
 * Dutch "ton" is 100,000 (of euros) in speech and in the financial press: "vijf ton", "drie ton
 * subsidie". It is also a metric tonne, so it is money only when the next word says money or says
 * nothing (end of sentence, a verb, a preposition of where money goes), never before what a
 * tonne weighs ("vijf ton staal", "drie ton CO2", "ton per jaar").
 */
export const TON_FOLLOWERS = new Set([
  'euro', 'subsidie', 'investering', 'financiering', 'startkapitaal', 'kapitaal', 'steun', 'schade', 'omzet', 'winst', 'verlies', 'boete',
  'aan', 'voor', 'bij', 'uit', 'opgehaald', 'geinvesteerd', 'gestoken', 'betaald', 'ontvangen', 'gekregen', 'ophalen',
  'kost', 'kostte', 'kosten', 'is', 'was', 'werd', 'wordt', 'om', 'op',
]);
/** ...and words before it that do: "kost vijf ton", "haalt drie ton op". */
export const TON_BEFORE = new Set(['kost', 'kostte', 'kosten', 'haalt', 'haalde', 'ophalen', 'opgehaald', 'investeert', 'investeerde',
  'krijgt', 'kreeg', 'ontvangt', 'ontving', 'betaalt', 'betaalde', 'subsidie', 'ruim', 'bijna', 'zo', 'ongeveer', 'circa', 'lening', 'bedrag']);
/** Before a full stop, what weighs is a tonne: "de vrachtwagen weegt vijf ton." */
export const TON_WEIGHT_BEFORE = new Set(['weegt', 'wegen', 'woog', 'wogen', 'gewicht', 'zwaar', 'zware', 'lading', 'laadvermogen', 'trekt',
  'draagt', 'vervoert', 'tillen', 'tilt', 'uitstoot', 'stoot']);

/**
 * Money sized by words and not counted: "a few hundred million dollars", "billions of dollars",
 * "plusieurs dizaines de millions d'euros", "mehrere Milliarden Euro", "enkele miljoenen euro".
 * A vague word, then perhaps a multiple, then perhaps a scale, then a currency; with no vague word
 * nor multiple, a plural scale must open it ("des milliards d'euros", "Milliarden Euro").
 */
export const VAGUE_WORDS = ['a few', 'several', 'plusieurs', 'quelques', 'mehrere', 'einige', 'ein paar', 'zig', 'enkele', 'een paar', 'meerdere'];
export const VAGUE_MULTIPLES = ['hundred', 'hundreds of', 'dozens of', 'tens of', 'dizaines de', "dizaines d '", 'centaines de', "centaines d '",
  'hundert', 'hunderte', 'dutzende', 'honderd', 'honderden', 'tientallen'];
export const PLURAL_SCALES = new Set(['millions', 'billions', 'trillions', 'milliards', 'millionen', 'milliarden', 'billionen', 'miljoenen', 'miljarden']);

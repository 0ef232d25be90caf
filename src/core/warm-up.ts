/**
 * What the core reads once, before the first text it is given, to warm up. A page is analysed in
 * some eighty slices from a cold start, and in a fresh page the JavaScript engine first runs
 * the core slowly while it learns what each operation sees, then compiles it; a branch it has
 * not seen by then (an accent, a no-break space, a name with rules, a number) throws the
 * compiled code away on first use, and the work goes back to the slow start. Measured on the
 * benchmark page: the same page analysed again in the same content script takes a quarter of
 * the time of its first analysis. This text takes every branch of the hot loops, so the code is
 * compiled with all of it seen; reading it costs a few milliseconds once, inside the first
 * slice's measure.
 */
export const WARM_UP_TEXT = [
  'Le 12 mars, BMW i Ventures et l’Alliance Renault–Nissan ont levé 1,5 milliard d’euros (US$2.3bn) auprès de Straße AG, Œuvre\u00ad Capital',
  'et\u00a0Jean-Marc Dupont; plus d’un milliard, entre 3 et 4 millions, 10\u202f000 €, 24,- euro, 3 dollars 50 cents par an.',
  'Die Gesellschaft investiert zweihundert Millionen Euro, 2,3 Mrd. Euro, siebenhundert-Euro-Scheine; het fonds haalt 200 miljoen dollar op, ongeveer vijfenveertig miljoen.',
  'About $3 million a year, up to €10-15m, Horizon and the horizon, smart and MINI, Tier 1, BMW’s and BMWs, 😀 «ok» ...\u200b',
  // Names: a fund and a person never seen, their short forms, a known person's surname, an acronym, a genitive, a title-case line.
  'Quartz Ventures und die Voltiq GmbH: “Ready,” said Marie Okonkwo, CEO of Lumen Capital. Okonkwo and Quartz grew; Carlos Ghosn, then Ghosn.',
  'Automotive Cells Company (ACC) and Porsches Pläne; Lieven Van Acker, Li Shufu, Technische Universität München, Toyota Research Institute.',
  'Quartz Ventures Raises A New Fund For Electric Vans',
].join('\n');

/** How many times: the engine compiles a function after it has run a while, not after one short run. */
export const WARM_UP_RUNS = 60;

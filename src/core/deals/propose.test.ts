import { describe, expect, test } from 'vitest';
import { gold, seedFiles, seedText, slug } from '../../../test/support/gold';
import { analyse } from '../analyse';
import { findDates } from './dates';
import type { Proposal } from './propose';
import { sentences } from './sentences';
import { triggersIn } from './triggers';
import { foldSameLength } from '../text/char-class';

type GoldDeal = { type: string; parties?: string[]; investors?: string[]; target?: string; fund?: string; sponsors?: [string, number | null][]; owner?: string; name?: string; date?: string; amount?: { value: number; currency: string } };

const ids = (ps: { id: string }[]) => ps.map((p) => p.id);
/** A proposal as one line: its type, its investors → its targets. */
const line = (d: Proposal) => `${d.type}:${ids(d.investors).join('+')}→${ids(d.targets).join('+')}`;

/** Whether a proposal is the gold deal: same type, same parties in their roles. */
function matches(p: Proposal, g: GoldDeal): boolean {
  if (p.type !== g.type) return false;
  const all = new Set([...ids(p.investors), ...ids(p.targets), ...ids(p.partners), ...ids(p.sponsors)]);
  switch (g.type) {
    case 'partnership':
      return g.parties!.every((n) => all.has(slug(n)));
    case 'investment':
      return g.investors!.every((n) => ids(p.investors).includes(slug(n))) && ids(p.targets).includes(slug(g.target!));
    case 'fund':
      return ids(p.targets).includes(slug(g.fund!)) && (g.sponsors ?? []).every(([n]) => ids(p.sponsors).includes(slug(n)));
    case 'program':
      return ids(p.targets).includes(slug(g.name!)) && ids(p.sponsors).includes(slug(g.owner!));
    default:
      return false;
  }
}

describe('deal proposals on the seed articles', () => {
  let found = 0;
  let goldTotal = 0;
  let proposed = 0;
  let right = 0;
  test.each(seedFiles)('%s: every gold deal is proposed', (file) => {
    const article = gold.articles[file];
    const text = seedText(file);
    const a = analyse(text);
    const deals = article.deals as unknown as GoldDeal[];
    goldTotal += deals.length;
    proposed += a.deals.length;
    right += a.deals.filter((p) => deals.some((g) => matches(p, g))).length;
    for (const g of deals) {
      const p = a.deals.find((x) => matches(x, g));
      expect(p, `${file}: ${JSON.stringify(g)} among ${JSON.stringify(a.deals.map((d) => [d.type, ids(d.investors), ids(d.targets), ids(d.partners), ids(d.sponsors)]))}`).toBeDefined();
      found++;
      if (g.amount) expect(p!.amount).toEqual(g.amount);
      // A date the text gives must agree with gold's, to gold's precision.
      if (g.date && p!.date && g.type !== 'partnership') expect(p!.date.startsWith(g.date) || g.date.startsWith(p!.date)).toBe(true);
      for (const [name, share] of g.sponsors ?? []) if (share !== null) expect(p!.sponsors.find((s) => s.id === slug(name))?.share).toBe(share);
      expect(text.slice(p!.start, p!.end).length).toBeGreaterThan(0);
    }
  });
  test('precision and recall', () => {
    const recall = found / goldTotal;
    const precision = right / proposed;
    console.log(`deal proposals on the seeds: recall ${found}/${goldTotal} = ${(100 * recall).toFixed(0)}%, precision ${right}/${proposed} = ${(100 * precision).toFixed(0)}%`);
    expect(recall).toBe(1);
    expect(precision).toBeGreaterThanOrEqual(0.75);
  });
});

describe('proposals in each language', () => {
  const one = (text: string) => {
    const a = analyse(text);
    return a.deals.map((d) => ({ type: d.type, who: [...ids(d.investors), ...ids(d.sponsors), ...ids(d.partners)], what: ids(d.targets), amount: d.amount?.value ?? null, date: d.date }));
  };
  test.each([
    ['BMW i Ventures invests $20 million in Tekion, the company said on 3 March 2021.', { type: 'investment', who: ['bmw-i-ventures'], what: ['tekion'], amount: 2e7, date: '2021-03-03' }],
    ['Alliance Ventures investit 10 millions d’euros dans Tekion en 2019.', { type: 'investment', who: ['alliance-ventures'], what: ['tekion'], amount: 1e7, date: '2019' }],
    ['Alliance Ventures investeert 5 miljoen euro in Ionic Materials.', { type: 'investment', who: ['alliance-ventures'], what: ['ionic-materials'], amount: 5e6, date: null }],
    ['BMW schließt eine Partnerschaft mit Tencent.', { type: 'partnership', who: ['bmw'], what: [], amount: null, date: null }],
  ])('%s', (text, expected) => {
    expect(one(text)).toContainEqual(expect.objectContaining(expected.type === 'partnership' ? { type: 'partnership' } : expected));
  });
  test('money the text does not count sizes no deal; a range gives its lower end', () => {
    const unstated = analyse('BMW i Ventures investiert einen zweistelligen Millionenbetrag in Tekion.', { lang: 'de' });
    expect(unstated.amounts.map((a) => a.qualifier)).toEqual(['unquantified']);
    expect(unstated.deals).toContainEqual(expect.objectContaining({ type: 'investment', amount: null }));
    const range = analyse('BMW i Ventures invests between $800 million and $1 billion in Tekion.', { lang: 'en' });
    expect(range.deals).toContainEqual(expect.objectContaining({ type: 'investment', amount: { value: 8e8, currency: 'USD' } }));
  });
  test('talks are not deals', () => {
    expect(analyse('BMW est en discussions avec Tencent sur un partenariat.').deals).toEqual([]);
  });
  test('"investors" is not a deal word', () => {
    expect(triggersIn(foldSameLength('les investisseurs et les investeerders'))).toEqual([]);
  });
});

describe('sentences', () => {
  test('split at full stops before a capital, and at line breaks; not after abbreviations', () => {
    const text = 'Tesla Inc. a levé 1 Md$. Puis BMW a suivi.\nTitre sans point\nM. Dupont l’a dit.';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Tesla Inc. a levé 1 Md$.', 'Puis BMW a suivi.', 'Titre sans point', 'M. Dupont l’a dit.']);
  });
  test('a possessive\'s "s" before a full stop is no initial', () => {
    const text = "Hij werkte voor PayPal en McDonald's. De eerste investering volgde. Zo zei J. Smith het.";
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["Hij werkte voor PayPal en McDonald's.", 'De eerste investering volgde.', 'Zo zei J. Smith het.']);
  });
});

describe('dates', () => {
  test.each([
    ['Publié le 20 octobre 2022', undefined, ['2022-10-20']],
    ['Le 2 juill. 2018', undefined, ['2018-07-02']],
    ['op 10 januari', 2018, ['2018-01-10']],
    ['11 januari 2018', undefined, ['2018-01-11']],
    ['lancera, en novembre 2022, Sparker', undefined, ['2022-11']],
    ['in March 2019 and in 2020', undefined, ['2019-03', '2020']],
    ['am 3. Mai 2021', undefined, ['2021-05-03']],
    ['une nouvelle phase en 2023', undefined, ['2023']],
    ['date 2021-07 On', undefined, ['2021-07']],
    ['d’ici à 2022, by 2030, over de periode 2018-2022', undefined, []],
    ['mai sans année, march alone', undefined, []],
  ])('%s', (text, year, expected) => {
    expect(findDates(text, year).map((d) => d.value)).toEqual(expected);
  });
});

describe('who is funded: the raising side and the passive voice', () => {
  const pairs = (text: string, lang: 'en' | 'fr' | 'nl') => analyse(text, { lang }).deals.map((d) => `${ids(d.investors).sort().join('+')}→${ids(d.targets).join('+')}`);
  test.each([
    ['Solid Power lève 130 millions de dollars auprès de BMW et Ford.', 'fr', ['bmw+ford→solid-power']],
    ['Solid Power raised $130 million from BMW and Ford.', 'en', ['bmw+ford→solid-power']],
    ['Rivian, backed by Amazon and Ford, builds vans.', 'en', ['amazon+ford→rivian']],
  ])('%s', (text, lang, want) => {
    const got = pairs(text, lang as 'en' | 'fr' | 'nl');
    for (const w of want) expect(got).toContain(w);
    expect(got.some((p) => p.startsWith('solid-power→') || p.startsWith('rivian→'))).toBe(false);
  });
});

describe('a newspaper cited as the source is no party to the deal', () => {
  test.each([
    ['According to Reuters, Toyota invested $400 million in Pony.ai.', 'en'],
    ['Selon Les Echos, Renault a investi 20 millions d’euros dans Tekion.', 'fr'],
    ['BMW investiert laut Handelsblatt 100 Millionen Euro in Solid Power.', 'de'],
  ])('%s', (text, lang) => {
    const deals = analyse(text, { lang: lang as 'en' }).deals;
    expect(deals.length).toBeGreaterThan(0);
    for (const d of deals) for (const p of [...d.investors, ...d.targets, ...d.partners, ...d.sponsors]) expect(['reuters', 'les-echos', 'handelsblatt']).not.toContain(p.id);
  });
});

describe('deal frames beyond subject-verb-object', () => {
  const deals = (text: string, lang: 'en' | 'fr' | 'nl' | 'de') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${[...ids(d.investors), ...ids(d.sponsors)].sort().join('+')}→${ids(d.targets).join('+')}${d.partners.length ? ids(d.partners).sort().join('+') : ''}`);
  test.each([
    // Verb first (Dutch and German word order).
    ['In mei 2019 investeerden Hyundai en Kia samen 80 miljoen euro in Rimac Automobili.', 'nl', 'investment:hyundai-motor-company+kia→rimac'],
    // A separable verb, its particle at the end.
    ['Na de beursgang stapte het SoftBank Vision Fund in Cruise in met 2,25 miljard dollar.', 'nl', 'investment:softbank-vision-fund→cruise'],
    ['Porsche stieg 2018 mit zehn Prozent bei Rimac Automobili ein.', 'de', 'investment:porsche→rimac'],
    // A German relative clause: who is named after "bei dem" invests in the name before it.
    ['Zum Portfolio zählt der Elektrobushersteller Proterra, bei dem BMW i Ventures 2017 einstieg.', 'de', 'investment:bmw-i-ventures→proterra'],
    // A Dutch participle, and a relative clause: those named after "waarin" invest in the name before it.
    ['Jaguar Land Rover en Valeo hebben geïnvesteerd in Maniv Mobility.', 'nl', 'investment:jaguar-land-rover+valeo→maniv-mobility'],
    ['Maniv Mobility, een Israëlisch fonds voor autotechnologie waarin ook Jaguar Land Rover en de Franse toeleverancier Valeo hebben geïnvesteerd.', 'nl', 'investment:jaguar-land-rover+valeo→maniv-mobility'],
    // A share of the capital.
    ['Geely détient 9,69 % du capital de Daimler depuis février 2018.', 'fr', 'investment:geely→mercedes-benz-group'],
    ['En 2021, Renault avait pris plus de 20 % du capital de Verkor.', 'fr', 'investment:renault→verkor'],
    // Parties named before the deal word, the second after "met", "mit".
    ['Volvo Cars richtte met Northvolt een joint venture op.', 'nl', 'partnership:→northvolt+volvo-cars'],
    // One partnership of all its parties.
    ['Honda, General Motors and Toyota announced a partnership to build robotaxis.', 'en', 'partnership:→general-motors+honda+toyota'],
  ])('%s', (text, lang, want) => expect(deals(text, lang as 'en')).toContain(want));

  test.each([
    // A German compound ends with its deal word; a separable verb has its particle at the end.
    ['Koenigsegg und Lightyear vereinbaren eine Technologiepartnerschaft für effiziente Fahrzeuge.', 'de', 'partnership:→koenigsegg+lightyear'],
    ['Lyft arbeitet seit 2020 mit Motional zusammen.', 'de', 'partnership:→lyft+motional'],
  ])('%s', (text, lang, want) => expect(deals(text, lang as 'de')).toContain(want));

  test('each clause with a deal word of its own is its own deal: "GM put $500 million into Lyft, and Volkswagen injected $300 million into Gett"', () => {
    const text = 'General Motors put US$500 million into Lyft in 2016, and Volkswagen injected US$300 million into Gett.';
    expect(deals(text, 'en')).toEqual(['investment:general-motors→lyft', 'investment:volkswagen-group→gett']);
    expect(analyse(text, { lang: 'en' }).deals.map((d) => d.amount?.value)).toEqual([5e8, 3e8]);
    // "put" alone, with no "into", is no deal word.
    expect(deals('Toyota put the project on hold, BMW said.', 'en')).toEqual([]);
  });

  test('the holders of a company listed: "its other backers include", "zählt zu den Geldgebern von"; new holders of nobody said are none', () => {
    expect(deals('Nuro raised $940 million from SoftBank. Its other backers include Greylock Partners and Gaorong Capital.', 'en')).toEqual(['investment:softbank→nuro', 'investment:gaorong-capital+greylock-partners→nuro']);
    expect(deals('Daimler zählt zu den frühen Geldgebern von Volocopter.', 'de')).toEqual(['investment:mercedes-benz-group→volocopter']);
    // (The round raised is one of its own, its investors left open; BlackRock's holding is of Belron, not Lightyear.)
    expect(deals('Lightyear raised €81 million. Belron haalde nieuwe aandeelhouders aan boord, onder wie BlackRock.', 'nl')).toEqual(['investment:→lightyear']);
  });

  test('what a fund holds: "Tot de portefeuille van BMW i Ventures behoren ChargePoint en Proterra"', () => {
    expect(deals('Tot de portefeuille van BMW i Ventures behoren onder meer laadpaalexploitant ChargePoint en de bouwer van elektrische bussen Proterra.', 'nl')).toEqual(['investment:bmw-i-ventures→chargepoint', 'investment:bmw-i-ventures→proterra']);
    expect(deals("Toyota Ventures' holdings include the air-taxi developer Joby Aviation and the shuttle company May Mobility.", 'en')).toEqual(['investment:toyota-ventures→joby-aviation', 'investment:toyota-ventures→may-mobility']);
    expect(deals('Toyota Ventures was set up in 2017. Its initial cheques went to Nauto and SLAMcore.', 'en')).toEqual(['investment:toyota-ventures→nauto', 'investment:toyota-ventures→slamcore']);
    // With nobody said to hold it, a portfolio is nobody's.
    expect(deals('A portfolio of ChargePoint and Proterra shares fell.', 'en')).toEqual([]);
  });

  test('a round led by someone funds the company named before it', () => {
    expect(deals('In januari rondde Factorial Energy een Series D van 200 miljoen dollar af, die werd aangevoerd door Mercedes-Benz en Stellantis.', 'nl')).toEqual(['investment:mercedes-benz-group+stellantis→factorial-energy']);
    expect(deals('Factorial Energy closed a $200 million Series D led by Mercedes-Benz and Stellantis.', 'en')).toEqual(['investment:mercedes-benz-group+stellantis→factorial-energy']);
  });

  test('partnership words in French and German, plural joint ventures; the company a deal creates is no party', () => {
    expect(deals('Stellantis collabore déjà avec Factorial Energy sur les batteries.', 'fr')).toEqual(['partnership:→factorial-energy+stellantis']);
    expect(deals('Sony Group et Honda Motor signent un accord qui crée Sony Honda Mobility, une société commune.', 'fr')).toEqual(['partnership:→sony-honda-mobilityhonda+sony']);
    expect(deals('BMW Group and Daimler AG are investing €1 billion in five joint ventures.', 'en')).toContain('partnership:→bmw+mercedes-benz-group');
  });

  test('German: the passive with an article, "bei X eingekauft", the nominal "Übernahme von X durch Y", a round of someone in the genitive', () => {
    expect(deals('Boston Dynamics wird von der Hyundai Motor Group übernommen.', 'de')).toEqual(['acquisition:hyundai-motor-group→boston-dynamics']);
    expect(deals('Geely hatte sich 2018 für rund 9 Mrd. Dollar bei Daimler eingekauft.', 'de')).toEqual(['investment:geely→mercedes-benz-group']);
    expect(deals('Ende Januar wurde die Mehrheitsübernahme von Hella durch Faurecia vollzogen.', 'de')).toEqual(['acquisition:forvia→hella']);
    expect(deals('Im September hat Geely die Serie-C-Finanzierungsrunde des Flugtaxi-Entwicklers Volocopter angeführt.', 'de')).toEqual(['investment:geely→volocopter']);
  });

  test('an investment named as a thing: who after "de"/"von", in whom after "dans"/"in"', () => {
    expect(deals('La prise de participation d’Alliance Ventures dans Ionic Materials a été officialisée.', 'fr')).toEqual(['investment:alliance-ventures→ionic-materials']);
    expect(deals('L’investissement de 2,6 milliards de dollars de Volkswagen dans Argo AI a été finalisé lundi.', 'fr')).toEqual(['investment:volkswagen-group→argo-ai']);
    expect(deals('Fast ein Jahr danach ist die Milliardeninvestition von Volkswagen in Argo AI abgeschlossen.', 'de')).toEqual(['investment:volkswagen-group→argo-ai']);
    // After "l'", a deal word with nobody said to make it is no deal.
    expect(deals('Selon Pony.ai, l’investissement permettra une intégration plus profonde avec Toyota.', 'fr')).toEqual([]);
  });

  test('a valuation or a running total is no deal\'s amount', () => {
    const amountOf = (text: string) => analyse(text, { lang: 'en' }).deals.map((d) => d.amount?.value ?? null);
    expect(amountOf('Cox Automotive invested $350 million in Rivian, which valued the company at around $3.5 billion.')).toEqual([3.5e8]);
    expect(amountOf('Amazon invested in Rivian, which valued the company at around $3.5 billion.')).toEqual([null]);
    expect(amountOf('Rivian has raised $3.65 billion in total from Amazon and Ford.')).toEqual([null]);
  });

  test('German references back: "der Konzern", "die Wolfsburger"; "Angeführt wurde die Runde von X"', () => {
    expect(deals('Volkswagen erhöht seinen Einsatz. Der Konzern investiert bis zu 200 Mio. Dollar in QuantumScape.', 'de')).toEqual(['investment:volkswagen-group→quantumscape']);
    expect(deals('BMW investiert 100 Mio. Dollar in Northvolt. Angeführt wurde die Runde von Volkswagen und Goldman Sachs.', 'de')).toContain('investment:goldman-sachs+volkswagen-group→northvolt');
  });

  test('a fact box: a heading over the lines that list what a fund holds, or who holds a company', () => {
    const holdings = 'Alliance Ventures investeert tot 1 miljard dollar.\n\nDe portefeuille tot nu toe\n\nIonic Materials (VS): batterijmaterialen\n\nKalray (Frankrijk): processor voor zelfrijdende auto’s\n\nDe alliantie gaat terug tot 1999.';
    expect(deals(holdings, 'nl')).toEqual(['investment:alliance-ventures→ionic-materials', 'investment:alliance-ventures→kalray']);
    const holders = 'Northvolt raised $1 billion from Volkswagen.\n\nNorthvolt\'s first cheques\n\nVattenfall: $560,000 in 2017\n\nVestas: $11.2 million, late 2017\n\nRecycling remains central.';
    expect(deals(holders, 'en')).toEqual(['investment:volkswagen-group→northvolt', 'investment:vattenfall→northvolt', 'investment:vestas→northvolt']);
    expect(analyse(holders, { lang: 'en' }).deals.map((d) => d.amount?.value ?? null)).toEqual([1e9, 560000, 11.2e6]);
    // A line that is no item ends the box.
    expect(deals('Northvolt raised $1 billion.\n\nIts backers\n\nThe company said Vattenfall: was first.', 'en')).toEqual(['investment:→northvolt']);
  });

  test('holding a share: "the largest shareholder in", "an investor in"', () => {
    expect(deals('Volkswagen is already the largest automotive shareholder in QuantumScape.', 'en')).toEqual(['investment:volkswagen-group→quantumscape']);
    expect(deals('Alliance Ventures has also become an investor in Kalray.', 'en')).toEqual(['investment:alliance-ventures→kalray']);
  });

  test('money brought: "eingeworben beim", "apportés par"', () => {
    expect(deals('Lightyear hatte bis September 93 Mio. Euro eingeworben, unter anderem beim Sportwagenbauer Koenigsegg.', 'de')).toEqual(['investment:koenigsegg→lightyear']);
    expect(deals('En 2021, Electra démarrait avec 15 millions d’euros apportés par Serena et Eurazeo.', 'fr')).toEqual(['investment:eurazeo+serena→electra']);
  });

  test('a deal word that makes no proposal leaves the clause to the next one of its kind', () => {
    expect(deals('Investment bankers in Tokyo were quite surprised on Monday when Toyota put money into Didi Chuxing and Grab.', 'en')).toEqual(['investment:toyota→didi', 'investment:toyota→grab']);
  });

  test('"the two companies" with a third: one deal of each with it', () => {
    const text = 'BMW and Ford invested in Solid Power in 2021. Both carmakers also expanded their development agreements with Solid Power.';
    const got = deals(text, 'en').filter((d) => d.startsWith('partnership:'));
    expect(got).toEqual(expect.arrayContaining(['partnership:→bmw+solid-power', 'partnership:→ford+solid-power']));
  });

  test('a seller or a company compared is no target; "raises its stake" is its owner investing', () => {
    const bought = deals('Hyundai Motor Group has completed its purchase of a controlling stake in Boston Dynamics from SoftBank Group.', 'en');
    // A controlling stake bought is the purchase of the company (one deal, not also an investment).
    expect(bought).toEqual(['acquisition:hyundai-motor-group→boston-dynamics']);
    expect(bought.some((d) => d.endsWith('→softbank'))).toBe(false);
    const after = deals('Volkswagen invests in Rivian, after Ford.', 'en');
    expect(after).toContain('investment:volkswagen-group→rivian');
    expect(after.some((d) => d.endsWith('→ford'))).toBe(false);
    expect(deals('Volkswagen raises its stake in QuantumScape by up to $200m.', 'en')).toContain('investment:volkswagen-group→quantumscape');
  });

  test('an agreement to buy is the purchase, not a partnership', () => {
    const got = deals('Im März 2019 hatte Daimler Truck vereinbart, die Mehrheit an Torc Robotics zu übernehmen.', 'de');
    expect(got.some((d) => d.startsWith('partnership:'))).toBe(false);
  });

  test('a round: every organisation of the sentence takes part in it, funding the one named with "of", or the text’s start-up', () => {
    const text = 'Solid Power raised $130 million from BMW and Ford. Earlier, the Series A was led by Samsung Ventures, with Hyundai and Solvay.';
    expect(deals(text, 'en')).toContain('investment:hyundai-motor-company+samsung-ventures+solvay→solid-power');
  });

  test('in German, a round is of the one named in the genitive ("des Start-ups X"), not of a subject after "der Zulieferer"', () => {
    const text = 'Solid Power sammelt 130 Mio. Dollar bei BMW und Ford ein. Schon in der Serie-A-Runde hatten der Zulieferer Sanoh Industrial sowie Hyundai und Solvay investiert.';
    const found = deals(text, 'de');
    expect(found.some((d) => d.endsWith('→sanoh-industrial'))).toBe(false);
    expect(deals('Im Mai führte Porsche die Serie-C-Runde des Batterie-Start-ups Group14 Technologies an.', 'de')).toContain('investment:porsche→group14-technologies');
  });

  test('a list "among them" invests in the text’s start-up', () => {
    const text = 'Volocopter sammelt 170 Millionen Euro bei Geely ein. Zudem haben sich alle bestehenden Investoren erneut beteiligt, darunter Daimler und Intel.';
    expect(deals(text, 'de').some((d) => d.startsWith('investment:') && d.includes('intel') && d.endsWith('→volocopter'))).toBe(true);
  });

  test('a name that only qualifies a compound is no party: "BMW-Chef", "Renault-Geely-Motorenfirma"', () => {
    for (const d of deals('Aramco steigt bei der Renault-Geely-Motorenfirma Horse ein, sagte BMW-Chef Zipse.', 'de')) expect(d).not.toMatch(/renault|geely|bmw/);
  });
});

describe('who a sentence is about: asides, admissions and descriptions that refer back', () => {
  const one = (text: string) => analyse(text).deals.map((d) => ({ type: d.type, who: [...ids(d.investors), ...ids(d.sponsors), ...ids(d.partners)], what: ids(d.targets), amount: d.amount?.value ?? null }));
  test.each([
    // The names in a description between commas describe the name before it: no parties.
    ['Alliance Ventures, the venture capital fund of Renault, Nissan and Mitsubishi Motors, has signed a partnership with Plug and Play.', { type: 'partnership', who: ['alliance-ventures', 'plug-and-play'], what: [], amount: null }],
    ['Tekion, a company started by former Tesla engineers, raised $150 million from BMW i Ventures and Nissan.', { type: 'investment', who: ['bmw-i-ventures', 'nissan'], what: ['tekion'], amount: 1.5e8 }],
    // ...but a relative clause with a deal word of its own is read.
    ['BMW i Ventures, which invested in Tekion in 2019, led its new round.', { type: 'investment', who: ['bmw-i-ventures'], what: ['tekion'], amount: null }],
    // A company admitted to a programme is its cohort, not its owner.
    ["PowerShare faisait partie du programme d'accélération de Plug and Play.", { type: 'program', who: ['plug-and-play'], what: ['powershare'], amount: null }],
    // "the German group" leads; "la jeune pousse" is the start-up the text is about, and it is funded.
    ['Mercedes-Benz is betting on new battery chemistry. In April 2019 the German group led the $170 million Series E of Sila Nanotechnologies.', { type: 'investment', who: ['mercedes-benz-group'], what: ['sila-nanotechnologies'], amount: 1.7e8 }],
    ['Solid Power est une pépite du stockage. La jeune pousse a levé 130 millions de dollars auprès de BMW et Ford.', { type: 'investment', who: ['bmw', 'ford'], what: ['solid-power'], amount: 1.3e8 }],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual([expected]);
  });

  test('"X, whose own investment in Y": X invests in Y, a clause of its own', () => {
    expect(one('Ford is putting more money in alongside BMW, whose own investment in Solid Power dates back to 2017.')).toContainEqual({ type: 'investment', who: ['bmw'], what: ['solid-power'], amount: null });
  });

  test('a stake "in de jonge onderneming" is in the company the text is about', () => {
    expect(one('Rimac Automobili bouwt elektrische hypercars. In 2018 nam de sportwagenbouwer Porsche een belang van 10 procent in de jonge onderneming uit Sveta Nedelja.')).toEqual([{ type: 'investment', who: ['porsche'], what: ['rimac'], amount: null }]);
  });

  test('a described subject ("de Chinese groep") agrees with a partner named with "met"', () => {
    expect(one('Geely investeert 50 miljoen euro in Volocopter. De Chinese groep richt met Volocopter een joint venture op.')).toContainEqual({ type: 'partnership', who: ['geely', 'volocopter'], what: [], amount: null });
  });

  test.each([
    ['Die Taxi-App Freenow wird an den US-Fahrdienstvermittler Lyft verkauft.', [{ type: 'acquisition', who: ['lyft'], what: ['free-now'], amount: null }]],
    ['Boston Dynamics was sold to SoftBank in 2017.', [{ type: 'acquisition', who: ['softbank'], what: ['boston-dynamics'], amount: null }]],
    ['BMW and Mercedes-Benz sold Free Now to Lyft.', [{ type: 'acquisition', who: ['lyft'], what: ['free-now'], amount: null }]],
    // Who "it" is, the sentence does not say: nothing rather than a guess.
    ['Google owned it from 2013 until 2017, when it was sold to SoftBank.', []],
    // A stake sold: the buyer invests; the seller makes no deal.
    ['Ford sold its stake in Argo AI to Volkswagen.', [{ type: 'investment', who: ['volkswagen-group'], what: ['argo-ai'], amount: null }]],
  ])('sold to a buyer: %s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  test('the holders of the company the text is about, before any round is told; not the holders of someone described', () => {
    expect(one('Lightyear baut Solarautos. Zu den bisherigen Anteilseignern zählen der Reifenhersteller Bridgestone, der Sportwagenbauer Koenigsegg und LeasePlan.')).toEqual([
      { type: 'investment', who: ['bridgestone', 'koenigsegg', 'leaseplan'], what: ['lightyear'], amount: null },
    ]);
    expect(one('Volkswagen investiert in Rivian. Auch der Onlinehändler Amazon zählt seit Langem zu den großen Geldgebern der Kalifornier.').filter((d) => d.who.includes('amazon'))).toEqual([]);
  });

  test('gapping: a name after the deal with only a year left did the same, then', () => {
    const found = analyse('Ford hatte sich 2019 an Solid Power beteiligt, BMW bereits 2017.').deals;
    expect(found.map((d) => [ids(d.investors), ids(d.targets), d.date])).toContainEqual([['bmw'], ['solid-power'], '2017']);
    expect(analyse('Honda has invested an undisclosed sum in Grab, as has Hyundai earlier this year.').deals.map((d) => ids(d.investors))).toEqual([['honda'], ['hyundai-motor-company']]);
    // A name with more than a year after it is another clause's.
    expect(analyse('Ford hatte sich 2019 an Solid Power beteiligt, BMW baut 2017 ein neues Werk.').deals.some((d) => ids(d.investors).includes('bmw'))).toBe(false);
  });

  test('a fund called into being ("riefen ... ins Leben") by its sponsors', () => {
    expect(analyse('Im Januar 2018 riefen Renault, Nissan und Mitsubishi Motors gemeinsam Alliance Ventures ins Leben.').deals.map((d) => [d.type, ids(d.sponsors), ids(d.targets)])).toEqual([['fund', ['renault', 'nissan', 'mitsubishi-motors'], ['alliance-ventures']]]);
  });

  test('"bei dem Unternehmen eingestiegen": in the company the text is about', () => {
    expect(one('Rimac Automobili baut Hypercars. Porsche war bereits 2018 mit zehn Prozent bei dem Unternehmen aus Zagreb eingestiegen.')).toEqual([{ type: 'investment', who: ['porsche'], what: ['rimac'], amount: null }]);
  });

  test.each([
    'Honda Motor Co. will invest $2.75 billion in General Motors’ autonomous vehicle business.',
    'Aramco neemt belang van 10 procent in motorenbedrijf van Renault en Geely.',
    'Toyota, Denso and SoftBank Vision Fund put $1 billion into Uber’s self-driving unit.',
    "Le constructeur japonais Honda prend une participation de 750 millions de dollars dans l'unité de conduite autonome de GM.",
  ])('a unit of a company invested in: its owner is no target, and no other name stands in for it: %s', (text) => {
    expect(one(text)).toEqual([]);
  });

  test('the sentence after a deal without a figure, with a figure and no deal word, gives it its amount', () => {
    expect(one('Die Taxi-App Freenow wird an den US-Fahrdienstvermittler Lyft verkauft. Rund 175 Mio. Euro bringt die gemeinsame Tochter den beiden Autoherstellern ein.')).toEqual([{ type: 'acquisition', who: ['lyft'], what: ['free-now'], amount: 1.75e8 }]);
  });

  test('the sentence after, whose deal words make nothing and name no other party, gives it the figure its own deal word speaks of', () => {
    const sized = (text: string, lang: 'en' | 'de' | 'nl') => analyse(text, { lang }).deals.map((d) => [line(d), d.amount?.value ?? null, d.date]);
    expect(sized('Porsche will lift its stake in Rimac to 24%, the companies said. The sports car maker is buying a further 8.8% for €70 million, a price that values Rimac at €795 million.', 'en')).toEqual([['investment:porsche→rimac', 7e7, null]]);
    // The figure of the deal word's own stretch of the sentence: not the first-year budget after the comma.
    expect(sized('Renault, Nissan und Mitsubishi riefen 2018 Alliance Ventures ins Leben. Der Fonds soll bis zu 1 Mrd. Dollar investieren, im ersten Jahr bis zu 200 Mio. Dollar.', 'de')).toEqual([['fund:→alliance-ventures', 1e9, null]]);
    expect(sized('Alliance Ventures is de durfkapitaalarm van Renault en Nissan. Het fonds werd in januari 2018 gelanceerd door Carlos Ghosn. Het mag tot 1 miljard dollar investeren, waarvan 200 miljoen dollar in het eerste jaar.', 'nl')).toEqual([['fund:→alliance-ventures', 1e9, '2018-01']]);
    // The deal's date, when its own sentence gave none, is the one the figure's sentence gives.
    expect(sized('Mercedes-Benz has backed Volocopter for two years. The Stuttgart group took part in an August 2017 round worth $34.8 million.', 'en')).toEqual([['investment:mercedes-benz-group→volocopter', 3.48e7, '2017-08']]);
  });

  test('no figure from a sentence after that names another party, dates itself apart, is a dated list\'s line or a sum to date', () => {
    const sized = (text: string, lang: 'en' | 'de') => analyse(text, { lang }).deals.map((d) => d.amount?.value ?? null);
    expect(sized('Porsche increases its shareholding in Rimac to 24%. Audi, too, said it was buying a further 8.8% for €70 million.', 'en')).toEqual([null]);
    expect(sized('In 2018 Porsche invested in Rimac. In 2021 the sports car maker was buying a further 8.8% for €70 million.', 'en')).toEqual([null]);
    expect(sized('Toyota und Joby:\n\n2018: Toyota AI Ventures investiert in Joby Aviation\n\n2020: 394 Mio. Dollar in der Serie C', 'de')).toEqual([null]);
    expect(sized('Geely invested in Volocopter. The €50m lifts the total that Volocopter has raised from investors to €85 million.', 'en')).toEqual([null]);
  });

  test('a box headed by a group ("Het rijk van …", "De activiteiten van …") lists its holdings by share: a majority bought, less invested', () => {
    // (Polestar, named with both its owners, is also proposed as their joint venture: not what this test is about.)
    const deals = (text: string) => analyse(text, { lang: 'nl' }).deals.filter((d) => d.type !== 'partnership').map((d) => [line(d), d.amount?.value ?? null]);
    // A founder's group is the company he founded; a line of turnover after the box gives no line its figure.
    expect(deals('Het rijk van Li Shufu\nVolvo Cars: 100 procent\nPolestar: ongeveer 18 procent\nOmzet in 2017: ruim 40 miljard dollar')).toEqual([
      ['acquisition:geely→volvo-cars', null],
      ['investment:geely→polestar', null],
    ]);
    expect(deals('De activiteiten van Geely\nVolvo Cars: verkoop van auto\'s in Europa\nPolestar: ongeveer 18 procent')).toEqual([['investment:geely→polestar', null]]);
  });

  test('no holdings from a heading without a group word, or from lines that give no share', () => {
    const deals = (text: string) => analyse(text, { lang: 'nl' }).deals.filter((d) => d.type !== 'partnership').map(line);
    expect(deals('Horse Powertrain\nRenault: 45 procent\nGeely: 45 procent')).toEqual([]);
    expect(deals('De activiteiten van Geely\nVolvo Cars: verkoop van auto\'s in Europa\nPolestar: elektrische auto\'s')).toEqual([]);
  });

  test('"the two companies" agreeing, then one of them named after the word: the last deal\'s pair; one named with "with" is a third party', () => {
    const pairs = (text: string, lang: 'en' | 'de') => analyse(text, { lang }).deals.filter((d) => d.type === 'partnership').map((d) => ids(d.partners).join('+'));
    expect(pairs('Toyota kauft die Sparte für autonomes Fahren von Lyft. Zusätzlich haben die beiden Unternehmen Vereinbarungen geschlossen: Toyota darf die Flottendaten nutzen.', 'de')).toEqual(['toyota+lyft']);
    expect(pairs('Toyota investiert in Joby Aviation. Im vergangenen Jahr unterzeichneten beide Unternehmen zudem einen Vertrag, nach dem Toyota Komponenten liefert.', 'de')).toEqual(['toyota+joby-aviation']);
    expect(pairs('BMW and Ford invested in Solid Power. Both carmakers also expanded their development agreements with Solid Power.', 'en')).toEqual(['bmw+solid-power', 'ford+solid-power']);
  });

  test('"the fund\'s first investment went to X", in German and Dutch too: the fund the text is about invested in X', () => {
    const deals = (text: string, lang: 'de' | 'nl') => analyse(text, { lang }).deals.map(line);
    expect(deals('Renault und Nissan gründeten Alliance Ventures. Die erste Beteiligung des Fonds ging an Ionic Materials, einen Entwickler aus Massachusetts.', 'de')).toContain('investment:alliance-ventures→ionic-materials');
    expect(deals('Volvo Cars richtte in 2018 het Volvo Cars Tech Fund op. De allereerste investering ging naar Luminar Technologies, een maker van lidarsensoren.', 'nl')).toContain('investment:volvo-cars-tech-fund→luminar-technologies');
  });

  test('"Zu den Beteiligungen … zählen": the holdings of the fund the text is about; a heading after a deal gives it no figure', () => {
    const deals = (text: string) => analyse(text, { lang: 'de' }).deals.map((d) => [line(d), d.amount?.value ?? null]);
    expect(deals('BMW i Ventures wurde 2011 gegründet. Zu den Beteiligungen aus dieser Phase zählen ChargePoint und RideCell.')).toEqual([
      ['investment:bmw-i-ventures→chargepoint', null],
      ['investment:bmw-i-ventures→ridecell', null],
    ]);
    expect(deals('Die Taxi-App Freenow wird an Lyft verkauft.\nDer Allianzfonds: eine Milliarde auf fünf Jahre')).toEqual([['acquisition:lyft→free-now', null]]);
  });

  test('a fund in a list of backers is not the fund the text goes on about', () => {
    const deals = (text: string) => analyse(text, { lang: 'nl' }).deals.map(line);
    expect(deals('Volvo Cars richtte in 2018 het Volvo Cars Tech Fund op. Tot de andere geldschieters van StoreDot behoren Daimler, VinFast, BP Ventures en Samsung. Nog datzelfde jaar nam het fonds een belang in FreeWire Technologies.')).toContain('investment:volvo-cars-tech-fund→freewire-technologies');
  });

  test('a minority of a company bought is an investment; a majority its purchase', () => {
    expect(one('Stellantis koopt voor 1,5 miljard euro een vijfde van Leapmotor.').map((d) => d.type)).toEqual(['investment']);
    expect(one('Volkswagen will acquire 60% of Argo AI.').map((d) => d.type)).toEqual(['acquisition']);
  });

  test('a fund named by its sponsors invests, not its sponsors', () => {
    expect(one('Le fonds de Renault, Nissan et Mitsubishi annonce son onzième investissement, dans PowerShare.')).toEqual([{ type: 'investment', who: ['alliance-ventures'], what: ['powershare'], amount: null }]);
  });

  test('a fund invested in is a target, and "the fund" after it is still the fund the text spoke of', () => {
    expect(one('Alliance Ventures was launched in 2018. The fund has decided to invest in Maniv Mobility, an Israeli fund. Since then the fund has backed Kalray, a French company.')).toEqual([
      { type: 'investment', who: ['alliance-ventures'], what: ['maniv-mobility'], amount: null },
      { type: 'investment', who: ['alliance-ventures'], what: ['kalray'], amount: null },
    ]);
  });
  test('a deal word\'s object that refers back is the start-up the text funds; a name in a later clause is not its target', () => {
    const got = one("Solid Power a levé 130 millions de dollars auprès de BMW. Ford avait déjà investi dans la jeune entreprise en 2019, et BMW l'accompagne depuis 2017.");
    expect(got).toContainEqual({ type: 'investment', who: ['ford'], what: ['solid-power'], amount: null });
    expect(got.some((d) => d.what.includes('bmw'))).toBe(false);
  });
  test.each([
    // A list whose items carry descriptions is one list; a participle after a description ends it.
    ['BMW i Ventures a investi dans Turntide Technologies, qui développe un moteur électrique, dans Solid Power et dans Boston Metal.', ['turntide-technologies', 'solid-power', 'boston-metal']],
    ['Toyota invested in Tekion, a software maker from California, making Nissan its rival.', ['tekion']],
    // A deal noun with nobody before it leaves its clause to the verb after it.
    ["The investment follows Toyota's moves into ride-hailing, where it has put money into Didi Chuxing, Grab and Uber.", ['didi', 'grab', 'uber']],
  ])('%s', (text, targets) => {
    expect(one(text).flatMap((d) => d.what)).toEqual(targets);
  });
  test.each([
    // Whose stake is bought is no target; a stake bought is one deal: an investment when a minority, else the purchase.
    ['Volkswagen acquired the stake of Ford in Argo AI for 500 million dollars.', { type: 'acquisition', who: ['volkswagen-group'], what: ['argo-ai'], amount: 5e8 }],
    ['Volkswagen acquired a 26% stake in Gotion High-Tech for 1.1 billion euros.', { type: 'investment', who: ['volkswagen-group'], what: ['gotion'], amount: 1.1e9 }],
    // The joint venture named right after its word is what the parties create, not a party.
    ['Porsche und Rimac Automobili gründen das Gemeinschaftsunternehmen Bugatti Rimac, an dem die Kroaten 55 Prozent halten.', { type: 'partnership', who: ['porsche', 'rimac'], what: ['bugatti-rimac'], amount: null }],
    // An agreement in Dutch: "sloot een overeenkomst met".
    ['Vorige week sloot BMW een overeenkomst met Tencent om samen software te bouwen.', { type: 'partnership', who: ['bmw', 'tencent'], what: [], amount: null }],
    // A share's size in the word: "minderheidsbelang", "Mehrheitsbeteiligung".
    ['Later nam Toyota een minderheidsbelang in Pony.ai.', { type: 'investment', who: ['toyota'], what: ['pony-ai'], amount: null }],
    ['Daimler wil groeien. Begin deze maand nam het concern voor 70 miljoen euro het belang van autoverhuurder Europcar in Car2Go Europe over.', { type: 'acquisition', who: ['mercedes-benz-group'], what: ['car2go-europe'], amount: 7e7 }],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual([expected]);
  });
});

describe('deal proposals: holdings and holders the text names without naming whose, funds made and sized, the pair', () => {
  const deals = (text: string, lang: 'en' | 'fr' | 'nl' | 'de') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${[...ids(d.investors), ...ids(d.sponsors)].sort().join('+')}→${ids(d.targets).join('+')}${d.partners.length ? ids(d.partners).sort().join('+') : ''}`);

  test('"le portefeuille" with an article is the holdings of the fund the text names most, not of the last fund named', () => {
    const text = 'Alliance Ventures a investi dans Tekion. Alliance Ventures vise la Chine. Kalray a accueilli Alliance Ventures et Definvest. Le portefeuille compte aussi Ionic Materials et Coord.';
    const got = deals(text, 'fr');
    expect(got).toEqual(expect.arrayContaining(['investment:alliance-ventures→ionic-materials', 'investment:alliance-ventures→coord']));
    expect(got.some((d) => d.startsWith('investment:definvest'))).toBe(false);
    // No fund named in the text: a portfolio with an article is nobody's.
    expect(deals('Toyota construit une usine. Le portefeuille compte aussi Ionic Materials.', 'fr')).toEqual([]);
  });

  test('Dutch holders: "Tot de (vroegere) geldschieters van X behoren", "van het bedrijf" for the text’s company', () => {
    expect(deals('Tot de vroegere geldschieters van Rivian behoren Amazon en Abdul Latif Jameel.', 'nl')).toEqual(['investment:abdul-latif-jameel+amazon→rivian']);
    expect(deals('StoreDot haalde geld op. Tot de andere geldschieters van het bedrijf behoren Daimler en Samsung.', 'nl')).toContain('investment:mercedes-benz-group+samsung-electronics→storedot');
  });

  test('the pair as subject of a partnership takes its partner from its own clause, else the two the text names most', () => {
    const text = 'Volkswagen buys more of QuantumScape. QuantumScape makes cells for Volkswagen. The two companies have worked together since 2012, and Volkswagen is a shareholder in QuantumScape.';
    expect(deals(text, 'en')).toContain('partnership:→quantumscape+volkswagen-group');
  });

  test('"het fonds werd … opgericht met": the fund the text spoke of is made; a fund sized twice is two of its rounds', () => {
    expect(deals('Stellantis richt zich op start-ups via Stellantis Ventures. Het fonds werd in maart opgericht met 300 miljoen euro.', 'nl')).toEqual(['fund:stellantis→stellantis-ventures']);
    // "the fund" that invests is no fund made.
    expect(deals('Stellantis Ventures bestaat sinds maart. Het fonds werd opgericht om te investeren in Tiamat.', 'nl').filter((d) => d.startsWith('fund:'))).toEqual([]);
    const sized = analyse('In 2018 Renault launched a fund, Alliance Ventures, with $200 million. In 2020 Renault set up a second fund, Alliance Ventures, with $1 billion. The fund Alliance Ventures was launched in Paris.', { lang: 'en' }).deals.filter((d) => d.type === 'fund');
    expect(sized.map((d) => d.amount?.value)).toEqual([2e8, 1e9]);
  });

  test('German: money raised "von X eingesammelt", the verb last; "Angeführt wird die Runde vom …"; "der bei dem Start-up einsteigt"', () => {
    expect(deals('Lilium hat 240 Mio. Dollar von Baillie Gifford eingesammelt.', 'de')).toEqual(['investment:baillie-gifford→lilium']);
    expect(deals('Lilium hat 240 Mio. Dollar von Baillie Gifford eingesammelt. Angeführt wird die Runde vom Investor Tencent.', 'de')).toContain('investment:tencent→lilium');
    expect(deals('Rivian baut Lieferwagen. Ford ist der erste Autokonzern, der bei dem Start-up einsteigt.', 'de')).toContain('investment:ford→rivian');
  });

  test('French: "soutenu par" is backed by, dated only by a date it states; "injecterait … dans"', () => {
    const backed = analyse('Le rival reste QuantumScape, soutenu par Volkswagen.', { lang: 'fr', published: '2021-05-04' }).deals;
    expect(backed.map((d) => [d.type, ids(d.investors), ids(d.targets), d.date])).toEqual([['investment', ['volkswagen-group'], ['quantumscape'], null]]);
    expect(deals('Toyota a annoncé qu’il injecterait 500 millions de dollars dans Joby Aviation.', 'fr')).toEqual(['investment:toyota→joby-aviation']);
  });
});

describe('deal proposals: money given, its sum right after the word', () => {
  const deals = (text: string, lang: 'en' | 'de') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${ids(d.investors).sort().join('+')}→${ids(d.targets).join('+')}`);
  test.each([
    ['Volocopter raised €25 million from Daimler. Three months later Intel and btov Partners added $5.8 million.', 'en', 'investment:btov-partners+intel→volocopter'],
    ['Toyota will contribute up to $300 million to Uber Advanced Technologies Group.', 'en', 'investment:toyota→uber-atg'],
    ['BMW investierte 2022 in Group14 Technologies. Porsche Ventures steuerte davon 100 Millionen Dollar bei.', 'de', 'investment:porsche-ventures→group14-technologies'],
  ] as const)('%s', (text, lang, expected) => {
    expect(deals(text, lang)).toContain(expected);
  });
  test('a giving word without a sum after it, or adding funds, gives nobody money', () => {
    expect(deals('Aptiv raised $1 billion from Hyundai. Lyft has provided more than 70,000 rides with it.', 'en').filter((d) => d.startsWith('investment:lyft'))).toEqual([]);
    expect(deals('Toyota invested in Joby Aviation. In June Toyota Ventures adds two funds of $150 million.', 'en').filter((d) => d.startsWith('investment:toyota-ventures'))).toEqual([]);
  });
});

describe('deal proposals: buying into, a unit bought, a list of members', () => {
  const deals = (text: string, lang: 'en' | 'de' | 'nl') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${[...ids(d.investors), ...ids(d.partners)].sort().join('+')}→${ids(d.targets).join('+')}`);
  test.each([
    ['This is the third time Porsche has bought into Rimac.', 'en', 'investment:porsche→rimac'],
    ['Volkswagen koopt zich voor 2,6 miljard dollar in bij Argo AI.', 'nl', 'investment:volkswagen-group→argo-ai'],
    ['Volkswagen kauft sich für 2,6 Mrd. Dollar bei Argo AI ein.', 'de', 'investment:volkswagen-group→argo-ai'],
    ['Toyota kauft die Firma Pony.ai.', 'de', 'acquisition:toyota→pony-ai'],
  ] as const)('%s', (text, lang, expected) => {
    expect(deals(text, lang)).toEqual([expected]);
  });
  test('a unit of a company bought is no purchase of the company, nor of a name in the next clause', () => {
    expect(deals('Toyota kauft Lyfts Roboterauto-Sparte, Hyundai setzt auf Motional.', 'de')).toEqual([]);
  });
  test('more than three partners listed after the word are members of something, not as many deals', () => {
    expect(deals('Hyundai will hold the same share as each of the founding partners, BMW, Daimler, Ford and Volkswagen.', 'en')).toEqual([]);
    expect(deals('BMW signed an agreement with China Unicom and NavInfo.', 'en')).toEqual(['partnership:bmw+china-unicom→', 'partnership:bmw+navinfo→']);
  });
});

describe('deal proposals: who followed with a sum, led a round, paid for a stake', () => {
  const deals = (text: string, lang: 'en' | 'nl') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${ids(d.investors).sort().join('+')}→${ids(d.targets).join('+')}`);
  test('the verb second, the giver after it; no round told yet, the company the text names most', () => {
    const text = 'Rivian bouwt elektrische pick-ups. Rivian opende een fabriek. Het jaar begon in februari, toen Amazon een ronde van 700 miljoen dollar aanvoerde. In april volgde Ford met 500 miljoen dollar.';
    expect(deals(text, 'nl')).toEqual(['investment:amazon→rivian', 'investment:ford→rivian']);
  });
  test('paying is giving money only for a stake', () => {
    expect(deals('Rivian raised $700 million from Amazon. In September Cox Automotive paid $350 million for a 10% stake.', 'en')).toContain('investment:cox-automotive→rivian');
    expect(deals('Rivian raised $700 million from Amazon. In 2014 ZF paid $12 billion for TRW Automotive.', 'en').filter((d) => d.includes('zf'))).not.toContain('investment:zf→rivian');
  });
});

describe('deal proposals: whose holders a relative clause lists, a name qualifying a purchase noun', () => {
  const deals = (text: string) =>
    analyse(text, { lang: 'en' }).deals.map((d) => `${d.type}:${ids(d.investors).sort().join('+')}→${ids(d.targets).join('+')}`);
  test('"X, a fund that counts A and B among its backers": they hold X; "Y, the grocer that is one of its shareholders": Y holds the text’s company', () => {
    expect(deals('Alliance Ventures invested in Kalray. The fund will invest in Maniv Mobility, an Israeli fund that already counts Jaguar Land Rover and Valeo among its backers.')).toContain('investment:jaguar-land-rover+valeo→maniv-mobility');
    expect(deals('Wayve raised $200 million from Microsoft. It runs pilots with Ocado, the online grocer that is also one of its shareholders.')).toContain('investment:ocado→wayve');
  });
  test('"Hyundai closes Boston Dynamics takeover": the name before the purchase noun is bought', () => {
    expect(deals('Hyundai closes Boston Dynamics takeover, SoftBank keeps 20%')).toEqual(['acquisition:hyundai-motor-company→boston-dynamics']);
  });
});

describe('deal proposals: French elision, contracts of a pair, reported modals, a joint venture set up', () => {
  const deals = (text: string, lang: 'en' | 'fr' | 'de') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${[...ids(d.investors), ...ids(d.partners)].sort().join('+')}→${ids(d.targets).join('+')}`);
  test('"s\'associe", "s\'étaient associées", "du capital d\'" are deal words (the elided particle is a word of its own)', () => {
    expect(triggersIn(foldSameLength("Honda s'associe à GM.")).map((h) => h.type)).toEqual(['partnership']);
    expect(triggersIn(foldSameLength("les deux sociétés s'étaient associées")).map((h) => h.type)).toEqual(['partnership']);
    expect(deals("Geely détient 9 % du capital d'Ionic Materials.", 'fr')).toEqual(['investment:geely→ionic-materials']);
  });
  test('a contract is a deal between the pair a sentence names as such, not an order', () => {
    expect(deals('Toyota investit dans Joby Aviation. En 2023, les deux entreprises ont signé un contrat de long terme.', 'fr')).toContain('partnership:joby-aviation+toyota→');
    expect(deals('Northvolt has signed customer contracts worth $27 billion with Volkswagen and BMW.', 'en').filter((d) => d.startsWith('partnership'))).toEqual([]);
  });
  test('"said they would", "a venture that would": reported, not hedged; "could merge" is', () => {
    expect(deals('Toyota and Joby Aviation said they would work together on the aircraft.', 'en')).toEqual(['partnership:joby-aviation+toyota→']);
    expect(deals('Toyota and Joby Aviation could work together on the aircraft.', 'en')).toEqual([]);
  });
  test('"X set up Y, a joint venture with Z": X and Z are the parties, Y what they made', () => {
    expect(deals('In October SoftBank set up Monet Technologies, a joint venture with Toyota.', 'en')).toEqual(['partnership:softbank+toyota→']);
  });
});

describe('deal proposals: the parties "between" X and Y, a joint venture’s short name, a name in the next clause', () => {
  const deals = (text: string, lang: 'en' | 'de' | 'nl') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${[...ids(d.investors), ...ids(d.partners)].sort().join('+')}→${ids(d.targets).join('+')}`);
  test('"die Vereinbarung zwischen X und Y", "een samenwerking tussen X, Y en Z": the list after it, not a name before', () => {
    expect(deals('Neben Northvolt nennen sie die Vereinbarung zwischen Stellantis und dem Batteriekonzern CATL.', 'de')).toEqual(['partnership:catl+stellantis→']);
    expect(deals('Onderdeel van de deal is een samenwerking tussen Renault, Geely en Aramco.', 'nl')).toEqual(['partnership:aramco+geely+renault→']);
  });
  test('the joint venture founded is no party, under its short name either', () => {
    expect(deals('InoBat und Gotion High-Tech arbeiten zusammen. Zugleich gründeten beide das Gemeinschaftsunternehmen Gotion InoBat Batteries, kurz GIB, das Fabriken baut.', 'de')).toEqual(['partnership:gotion+inobat→gotion-inobat-batteries']);
  });
  test('a name past a comma with no word for a target before it is another clause’s subject', () => {
    expect(deals('Hyundai hält nun rund 80 Prozent der Anteile, SoftBank behält die übrigen 20 Prozent.', 'de')).toEqual([]);
    expect(deals('Toyota invested in Uber, Grab and Didi Chuxing.', 'en')).toEqual(['investment:toyota→uber', 'investment:toyota→grab', 'investment:toyota→didi']);
  });
});

describe('deal proposals: money raised is raised from someone, French "lever" is not Dutch "leveren"', () => {
  const deals = (text: string, lang: 'en' | 'fr' | 'nl') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${ids(d.investors).sort().join('+')}→${ids(d.targets).join('+')}`);
  test('"levert" (supplies) is no deal word; "lève", "a levé", "levée" are', () => {
    expect(triggersIn(foldSameLength('Verder levert Rimac techniek aan Porsche.'))).toEqual([]);
    expect(triggersIn(foldSameLength('Solid Power lève 130 millions de dollars.')).map((h) => h.type)).toEqual(['investment']);
    expect(triggersIn(foldSameLength('la start-up a levé 20 millions')).map((h) => h.type)).toEqual(['investment']);
  });
  test('a raise with no giver named as such and no sum is no investment ("raised concerns about")', () => {
    expect(deals('BMW raised concerns about Tesla.', 'en')).toEqual([]);
    expect(deals('Solid Power raised $130 million from BMW and Ford.', 'en')).toEqual(['investment:bmw+ford→solid-power']);
    expect(deals('Solid Power lève 130 millions de dollars auprès de BMW.', 'fr')).toEqual(['investment:bmw→solid-power']);
  });
});

describe('deal proposals: a round whose investors the text does not name', () => {
  const deals = (text: string, lang: 'en' | 'fr' | 'de' | 'nl') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${ids(d.investors).sort().join('+')}→${ids(d.targets).join('+')}${d.amount ? ` ${d.amount.value} ${d.amount.currency}` : ''}`);
  test('a sum raised with no one named is a round of the company named, its investors left open', () => {
    expect(deals('Das slowakische Start-up InoBat hat in einer Serie-C-Finanzierung 100 Mio. Euro eingesammelt.', 'de')).toEqual(['investment:→inobat 100000000 EUR']);
    expect(deals('Zeplug a levé 240 millions d’euros en 2022.', 'fr')).toEqual(['investment:→zeplug 240000000 EUR']);
  });
  test('not a sum to date, nor with no sum, nor of a company only referred to', () => {
    expect(deals('Insgesamt hat Vay damit 128 Millionen Euro eingesammelt.', 'de')).toEqual([]);
    expect(deals('Lightyear raised more money.', 'en')).toEqual([]);
    expect(deals('Toyota invests in Joby Aviation. Au total, l’entreprise a réuni 122 millions d’euros.', 'fr').filter((d) => d.startsWith('investment:→'))).toEqual([]);
  });
  test('told again with its investors (a headline, then the body), it is one deal: the one that names them, with the sum', () => {
    expect(deals('Northvolt réunit 2,75 milliards de dollars. Northvolt a levé 2,75 milliards de dollars auprès de Volkswagen et de Goldman Sachs.', 'fr')).toEqual([
      'investment:goldman-sachs+volkswagen-group→northvolt 2750000000 USD',
    ]);
  });
  test('a name that says where someone worked is no party ("founded by an early Tesla engineer"); "Honda executive X said" is', () => {
    expect(deals('Sila Nano raises $590 million from Daimler. The specialist founded by an early Tesla engineer will use the Series F to build a plant.', 'en')).toEqual([
      'investment:mercedes-benz-group→sila-nanotechnologies 590000000 USD',
    ]);
  });
});

describe('deal proposals: Dutch separable verbs of getting money and getting in, a person’s title of a company', () => {
  const deals = (text: string, lang: 'en' | 'nl') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${ids(d.investors).sort().join('+')}→${ids(d.targets).join('+')}`);
  test('"haalde … op bij": a raise with its particle apart', () => {
    expect(deals('Factorial Energy haalde 200 miljoen dollar op bij Mercedes-Benz en Stellantis.', 'nl')).toEqual(['investment:mercedes-benz-group+stellantis→factorial-energy']);
    expect(triggersIn(foldSameLength('Belron haalde nieuwe klanten binnen.'))).toEqual([]);
  });
  test('"stapten … in" with no company to get into: into the one the text funds; "bij het bedrijf", "in het netwerk X" are read elsewhere', () => {
    const text = 'Factorial Energy haalde 200 miljoen dollar op bij Mercedes-Benz en Stellantis. Ook Hyundai Motor en dochter Kia stapten in november met een niet bekendgemaakt bedrag in.';
    expect(deals(text, 'nl')).toEqual(['investment:mercedes-benz-group+stellantis→factorial-energy', 'investment:hyundai-motor-company+kia→factorial-energy']);
    expect(deals('Factorial Energy haalde 200 miljoen dollar op bij Stellantis. In 2017 stapten BMW en Ford al in het Europese snellaadnetwerk Ionity.', 'nl')).not.toContain('investment:bmw+ford→factorial-energy');
  });
  test('"X, de oprichter van Y", "former chief executive of Ford": Y and Ford are no party', () => {
    expect(deals('Lightyear haalde 81 miljoen euro op bij Invest-NL. Nog eerder stapten Jaap Korteweg, de oprichter van Bosch, en Rob van Gansewinkel in.', 'nl')).toEqual(['investment:invest-nl→lightyear']);
  });
});

describe('deal proposals: a joint venture named, with both its owners', () => {
  const deals = (text: string, lang: 'en' | 'fr') =>
    analyse(text, { lang }).deals.map((d) => `${d.type}:${ids(d.partners).sort().join('+')}→${ids(d.targets).join('+')}`);
  test('each joint venture the text names is its owners’ deal, the joint venture what they made', () => {
    expect(deals('BMW and Daimler have merged their mobility services. Reach Now plans trips, Charge Now sells charging and Park Now parking.', 'en')).toEqual([
      'partnership:bmw+mercedes-benz-group→reach-now',
      'partnership:bmw+mercedes-benz-group→charge-now',
      'partnership:bmw+mercedes-benz-group→park-now',
    ]);
  });
  test('the only one named goes to the partnership of the pair already told; with one owner named, there is none', () => {
    expect(deals("Sony et Honda ont signé l'accord qui crée Sony Honda Mobility.", 'fr')).toEqual(['partnership:honda+sony→sony-honda-mobility']);
    expect(deals('Reach Now plans trips for BMW drivers.', 'en')).toEqual([]);
  });
});

describe('deal proposals: investments announced with a colon, listed item by item', () => {
  const deals = (text: string) => analyse(text, { lang: 'nl' }).deals.map(line);
  test('each item that opens on a company is one; a line that does not ends the list', () => {
    const text = 'BMW i Ventures werd in 2011 opgericht. Eind 2019 zette het fonds de eerste stappen met investeringen in:\nTurntide Technologies, dat slimme elektromotoren bouwt;\nSolid Power, ontwikkelaar van vastestofbatterijen;\nDe ploeg wil verder groeien en volgt Boston Metal op de voet.';
    expect(deals(text)).toEqual(['investment:bmw-i-ventures→turntide-technologies', 'investment:bmw-i-ventures→solid-power']);
  });
});

describe('deal proposals: joining a company’s holders', () => {
  const deals = (text: string, lang: 'nl' | 'de') => analyse(text, { lang }).deals.filter((d) => d.type === 'investment').map(line);
  test('"trad … toe als aandeelhouder": into the company the sentence before ended on; "toetreedt tot X": into X', () => {
    expect(deals('Stellantis investeert in Leapmotor. Later kocht Stellantis ook aandelen van Northvolt. In september 2021 trad Mercedes-Benz toe als derde aandeelhouder.', 'nl')).toContain('investment:mercedes-benz-group→northvolt');
    expect(deals('Daarna meldde Stellantis dat Mercedes-Benz als gelijkwaardige partner toetreedt tot het batterijbedrijf Northvolt.', 'nl')).toEqual(['investment:mercedes-benz-group→northvolt']);
  });
  test('joining with no word for a holder, or as partners of nothing named, is no investment', () => {
    expect(deals('Stellantis investeert in Leapmotor. In 2021 trad Carlos Tavares toe tot de raad.', 'nl')).toEqual(['investment:stellantis→leapmotor']);
    expect(deals('Im Februar 2017 kamen Porsche und BASF als Partner hinzu.', 'de')).toEqual([]);
  });
});

describe('deal proposals: a company sold, named by a pronoun', () => {
  const deals = (text: string) => analyse(text, { lang: 'en' }).deals.map(line);
  test('"when it was sold to SoftBank" sells the company the text told was bought; with none told, nothing is guessed', () => {
    expect(deals('Hyundai completed its purchase of Boston Dynamics on Monday. Google owned it from 2013 until 2017, when it was sold to SoftBank.')).toEqual([
      'acquisition:hyundai-motor-company→boston-dynamics',
      'acquisition:google→boston-dynamics',
      'acquisition:softbank→boston-dynamics',
    ]);
    expect(deals('Google owned it from 2013 until 2017, when it was sold to SoftBank.')).toEqual([]);
  });
});

describe('deal proposals: who owned a company once', () => {
  const deals = (text: string, lang: 'en' | 'de' | 'fr') => analyse(text, { lang }).deals.map(line);
  test('"Google owned it until 2017", "gehörte es zu Google", "appartenait à Google": the owner bought it, beside who bought it later', () => {
    expect(deals('Hyundai completed its purchase of Boston Dynamics. Google owned it from 2013 until 2017, when it was sold to SoftBank.', 'en')).toEqual([
      'acquisition:hyundai-motor-company→boston-dynamics',
      'acquisition:google→boston-dynamics',
      'acquisition:softbank→boston-dynamics',
    ]);
    expect(deals('Hyundai übernimmt Boston Dynamics. Von 2013 bis 2017 gehörte es zu Google.', 'de')).toContain('acquisition:google→boston-dynamics');
    expect(deals('Hyundai rachète Boston Dynamics. Boston Dynamics appartenait alors à Google.', 'fr')).toContain('acquisition:google→boston-dynamics');
  });
  test('"state-owned", "owned by" describe an owner, no deal; a pronoun with no company told bought stands for none', () => {
    expect(deals('Volkswagen invests in JAG, the state-owned parent of JAC.', 'en').filter((d) => d.startsWith('acquisition'))).toEqual([]);
    expect(deals('Boston Dynamics is owned by Hyundai.', 'en')).toEqual([]);
    expect(deals('Google owned it from 2013 until 2017.', 'en')).toEqual([]);
  });
});

describe('deal proposals: making or trying something with a partner', () => {
  const pairs = (text: string, lang: 'en' | 'de' | 'fr' | 'nl') => analyse(text, { lang }).deals.filter((d) => d.type === 'partnership').map((d) => ids(d.partners).join('+'));
  test('"ontwikkelt … met X en Y", "bouwt met", "a pilot … with", "samen op met": the maker and the partners after "with"', () => {
    expect(pairs('BMW ontwikkelt zelfrijdende techniek met Fiat Chrysler en Intel.', 'nl')).toEqual(['bmw+fiat-chrysler-automobiles+intel']);
    expect(pairs('Volkswagen bouwt daarom met het Zweedse Northvolt aan eigen fabrieken.', 'nl')).toEqual(['volkswagen-group+northvolt']);
    expect(pairs('Pony.ai runs a public robotaxi pilot in Irvine, California, with Hyundai Motor.', 'en')).toEqual(['pony-ai+hyundai-motor-company']);
    expect(pairs('Daimler werkt samen met Bosch aan een robotaxidienst, BMW ontwikkelt zelfrijdende techniek met Intel.', 'nl')).toEqual(['mercedes-benz-group+bosch', 'bmw+intel']);
    expect(pairs('Renault entwickelt mit Nissan eine gemeinsame Plattform.', 'de')).toEqual(['renault+nissan']);
  });
  test('working with: a described subject is the one the text is about; a pair told inside a larger group is the group\'s', () => {
    expect(pairs('Amazon ordered 100,000 vans from Rivian. In September the retailer agreed to work with Rivian on a delivery van.', 'en')).toContain('amazon+rivian');
    expect(pairs('Sila Nanotechnologies raised $590 million. Besides Daimler, Sila works with BMW, and both carmakers have agreements to use its chemistry.', 'en')).toEqual(['mercedes-benz-group+sila-nanotechnologies+bmw']);
    expect(pairs('Rimac hired 500 engineers last year, and works with Koenigsegg on a hypercar.', 'en')).toEqual(['rimac+koenigsegg']);
    expect(pairs('The company doubled its staff since Porsche invested, and works with Koenigsegg on a hypercar.', 'en')).toEqual([]);
  });
  test('no "with", a name further on, or the word closing a clause before it: no partnership', () => {
    expect(pairs('BMW ontwikkelt zelfrijdende techniek voor Intel.', 'nl')).toEqual([]);
    expect(pairs('BMW builds the iX in Dingolfing with battery cells bought from CATL and Samsung SDI over several years.', 'en')).toEqual([]);
    expect(pairs('AID, dat onder de vleugels van Audi de techniek ontwikkelde, wordt samengevoegd met Argo AI.', 'nl')).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { analyse, documentNames, shippedMatcher } from '../analyse';

const unknown = (text: string, lang?: 'en' | 'fr' | 'nl' | 'de') => analyse(text, { deals: false, lang }).unknown.map((u) => `${u.type}:${u.text}`);
const known = (text: string) => analyse(text, { deals: false }).entities.map((m) => `${m.id}:${m.text}`);

describe('names DealLens has never seen', () => {
  test.each([
    ['The round was led by Quartz Ventures and joined by Lumen Capital.', ['fund:Quartz Ventures', 'fund:Lumen Capital']],
    ['Le fabricant Voltiq SAS a levé des fonds.', ['company:Voltiq SAS']],
    ['Het bedrijf Batterijwerk BV kreeg steun.', ['company:Batterijwerk BV']],
    ['Die Zentrica GmbH baut Ladesäulen.', ['company:Zentrica GmbH']],
    ['“We are ready,” said Marguerite Okonkwo.', ['person:Marguerite Okonkwo']],
    ['Selon Jean-Baptiste Morvan, la levée est bouclée.', ['person:Jean-Baptiste Morvan']],
    ['The start-up, founded by Peter Vandersloot in 2019, builds cells.', ['person:Peter Vandersloot']],
    ['The deal was signed with the Technische Universität München.', ['company:Technische Universität München']],
    ['The carmaker chairman Wang Jiantao attended.', ['person:Wang Jiantao']],
    // The abbreviation's dot is the name's, at a sentence's end too.
    ['The team promoted Mike Dunleavy Jr. to general manager.', ['person:Mike Dunleavy Jr.']],
    ['The new general manager is Mike Dunleavy Jr.', ['person:Mike Dunleavy Jr.']],
    ['A panel by Pieter Bruegel the Elder hangs there.', ['person:Pieter Bruegel the Elder']],
    // Named again before "films", the name is the films' title.
    ['The actor Peter Vandersloot starred. In the Peter Vandersloot films, the hotel is neutral.', ['person:Peter Vandersloot']],
    ['Im Saal hängt ein Bild von Lucas Cranach der Ältere und eines von Hans Holbein.', ['person:Lucas Cranach der Ältere', 'person:Hans Holbein']],
    // A place right after the organisation word ends the name.
    ['Flights with Lusitana Air Portugal leave daily.', ['company:Lusitana Air Portugal']],
    // A site is named so, no organisation of its own.
    ['De accu’s worden getest in de testfaciliteit Voltiq Labs bij Västerås.', []],
  ])('%s', (text, want) => expect(unknown(text)).toEqual(want));

  test.each([
    ['In January Paris and Berlin agreed.'],
    ['Monday was quiet. Yesterday too.'],
    ['The new Golf and the Taycan sold well.'],
    ['Joint Venture partners met in London.'],
    ['Read More Related News'],
    ['Electric cars are popular. Batteries are cheaper.'],
    ['She was born in San Miguel de Tucumán and sang in Saint Louis.'],
    ['In the Harry Potter films, the castle is a school.'],
  ])('nothing in %s', (text) => expect(unknown(text)).toEqual([]));

  test('never inside or right next to a known name', () => {
    const a = analyse('BMW i Ventures and Alliance Ventures invested.', { deals: false });
    expect(a.unknown).toEqual([]);
    expect(a.entities.map((m) => m.id)).toEqual(['bmw-i-ventures', 'alliance-ventures']);
  });

  test('a company named like a given name, before a surname never seen, is a person: "Mercedes Lambert"', () => {
    const a = analyse('Le cours est animé par Mercedes Lambert, notre professeure.', { deals: false, lang: 'fr' });
    expect(a.entities).toEqual([]);
    expect(a.unknown.map((u) => `${u.type}:${u.text}`)).toEqual(['person:Mercedes Lambert']);
    // Still the carmaker before a model, a known name or a word in capitals.
    expect(known('Mercedes AMG and Mercedes Sprinter vans, then the Mercedes Tesla rivalry.')).toEqual(['mercedes-amg:Mercedes AMG', 'mercedes-benz-group:Mercedes', 'mercedes-benz-group:Mercedes', 'tesla:Tesla']);
  });

  test('a company named like a given name, said of as a person, is one: "Mercedes, who", "Mercedes, notre professeure"', () => {
    const a = analyse('The owner of my guesthouse, Mercedes, who has run it for 21 years, smiled.', { deals: false });
    expect(a.entities).toEqual([]);
    expect(a.unknown.map((u) => `${u.type}:${u.text}`)).toEqual(['person:Mercedes']);
    expect(analyse('Le conseil de Mercedes, notre professeure : respirez.', { deals: false, lang: 'fr' }).unknown.map((u) => u.text)).toEqual(['Mercedes']);
    // The carmaker, which is no "who".
    expect(known('Mercedes, which makes the S-Class, invested.')).toEqual(['mercedes-benz-group:Mercedes']);
  });

  test('"Tesla himself" is the person the page is about, even after the carmaker is named', () => {
    const a = analyse('The engineer Nikola Tesla was born in 1856. Tesla, Inc. was named after him, although Tesla himself never built a car.', { deals: false });
    expect(a.entities.map((m) => `${m.id}:${m.text}`)).toEqual(['tesla:Tesla, Inc.']);
    expect(a.unknown.map((u) => `${u.name}:${u.text}`)).toEqual(['Nikola Tesla:Nikola Tesla', 'Nikola Tesla:Tesla']);
  });

  test('an event, a place, a car or a type named after a known name is no mention of it', () => {
    const ids = (text: string, lang: 'en' | 'fr' | 'nl' | 'de' = 'en') => analyse(text, { deals: false, lang }).entities.map((m) => m.text);
    expect(ids("Its head spoke ahead of this week's EcoMotion conference in Tel Aviv.")).toEqual([]);
    expect(ids('Hij sprak in aanloop naar de mobiliteitsconferentie EcoMotion in Tel Aviv.', 'nl')).toEqual([]);
    expect(ids('Woven Planet bought a unit of Lyft. Woven also runs the Woven City project.')).toEqual(['Woven Planet', 'Lyft', 'Woven']);
    expect(ids('Zunächst laufen der Bugatti Chiron und der Porsche Taycan vom Band, sagt Bugatti.', 'de')).toEqual(['Bugatti']);
    expect(ids('La seule voiture électrique reste la petite Honda e, dit Honda.', 'fr')).toEqual(['Honda']);
    expect(ids("« L'Elon Musk des Balkans » a fondé Rimac. He is called the Elon Musk of Croatia; Elon Musk disagrees.")).toEqual(['Rimac', 'Elon Musk']);
    expect(ids('In Japan the cluster is known as Subaru. The telescope on Mauna Kea is also named Subaru, and Subaru makes cars.')).toEqual(['Subaru']);
    // A conference call is the company's.
    expect(ids('Renault said on a conference call that margins rose.')).toEqual(['Renault']);
  });

  test('a founder is a person, not the company named after him: "founded by Robert Bosch"', () => {
    const a = analyse('The company was founded by Robert Bosch in Stuttgart in 1886.', { deals: false });
    expect(a.entities).toEqual([]);
    expect(a.unknown.map((u) => `${u.type}:${u.text}`)).toEqual(['person:Robert Bosch']);
    expect(known('Robert Bosch said on Tuesday it would cut jobs.')).toEqual(['bosch:Robert Bosch']);
  });

  test('a given name before a one-word company makes a person: "Nikola Tesla" is not the carmaker', () => {
    const a = analyse('The engineer Nikola Tesla was born in 1856.', { deals: false });
    expect(a.entities).toEqual([]);
    expect(a.unknown.map((u) => `${u.type}:${u.text}`)).toEqual(['person:Nikola Tesla']);
  });

  test('switchable off', () => {
    expect(analyse('The round was led by Quartz Ventures.', { deals: false, discover: false }).unknown).toEqual([]);
  });
});

describe('short forms after a full mention', () => {
  test('a person of the knowledge base, by surname, only after the full mention', () => {
    expect(known('Ghosn spoke first. Then Carlos Ghosn left, and Ghosn did not return.')).toEqual(['carlos-ghosn:Carlos Ghosn', 'carlos-ghosn:Ghosn']);
  });

  test('only with capitals', () => {
    expect(known('Carlos Ghosn left; ghosn is lower case.')).toEqual(['carlos-ghosn:Carlos Ghosn']);
  });

  test('a name never seen, by surname and by its distinctive word', () => {
    const a = analyse('Marie Okonkwo founded Quartz Ventures. Okonkwo says Quartz will invest again.', { deals: false });
    expect(a.unknown.map((u) => `${u.name}:${u.text}`)).toEqual(['Marie Okonkwo:Marie Okonkwo', 'Quartz Ventures:Quartz Ventures', 'Marie Okonkwo:Okonkwo', 'Quartz Ventures:Quartz']);
  });

  test('across the slices of one page, with one memory', () => {
    const names = documentNames(shippedMatcher());
    analyse('Carlos Ghosn spoke.', { deals: false, names });
    expect(analyse('Later Ghosn left.', { deals: false, names }).entities.map((m) => m.id)).toEqual(['carlos-ghosn']);
    expect(analyse('Later Ghosn left.', { deals: false }).entities).toEqual([]);
  });

  test('never when the short form is a known name of its own: "Bolloré" after "Vincent Bolloré" stays the group', () => {
    const a = analyse('Vincent Bolloré spoke. Bolloré grew.', { deals: false });
    expect(a.entities.map((m) => `${m.id}:${m.text}`)).toEqual(['vincent-bollore:Vincent Bolloré', 'bollore:Bolloré']);
  });

  test('the surname of a person never seen that is a company\'s name is left alone until the company is named as itself', () => {
    const a = analyse('Hieronymus Bosch painted in Brabant with Renault money. Bosch died in 1516.', { deals: false });
    expect(a.entities.map((m) => m.id)).toEqual(['renault']);
    expect(a.unknown.map((u) => u.text)).toEqual(['Hieronymus Bosch']);
    const b = analyse('Bosch makes parts. Hieronymus Bosch painted. Bosch grew.', { deals: false });
    expect(b.entities.map((m) => m.id)).toEqual(['bosch', 'bosch']);
  });

  test('a weak name ("Ford", kept by its capitals) stands only on a page that names something by a safer name', () => {
    expect(analyse('Ford grew.', { deals: false }).entities).toEqual([]);
    expect(analyse('Ford grew, and Renault too.', { deals: false }).entities.map((m) => m.id)).toEqual(['ford', 'renault']);
  });
});

describe('a name several known organisations share ("Hyundai": the group and its carmaker)', () => {
  test.each([
    ['Hyundai buys a robot maker. Hyundai Motor Group said on Monday that Hyundai would pay in cash.', 'hyundai-motor-group'],
    ['Hyundai Motor Company reported sales. Later, Hyundai said it would grow.', 'hyundai-motor-company'],
    ['Der Hyundai-Konzern kauft zu. Hyundai zahlt bar.', 'hyundai-motor-group'],
    ['Volvo Group and Daimler Truck build fuel cells. Volvo holds half.', 'volvo-group'],
    ['Volvo Cars invests in StoreDot. Volvo said so.', 'volvo-cars'],
    ['Zhejiang Geely Holding Group leads the round. Geely said so.', 'geely'],
    ['Geely Automobile Holdings buys a stake. Geely said so.', 'geely-auto'],
  ])('%s', (text, id) => {
    const bare = known(text).filter((m) => /:(Hyundai|Volvo|Geely)$/.test(m));
    expect(bare.length).toBeGreaterThan(0);
    expect(new Set(bare.map((m) => m.split(':')[0]))).toEqual(new Set([id]));
  });

  test('the member it names in a text that gives no full name is the knowledge base’s', () => {
    expect(known('Hyundai and Kia sold more cars.')).toContain('hyundai-motor-company:Hyundai');
  });
});

describe('short forms of a name the text gave in full', () => {
  test('after a French elision: "d’Archer", "qu’Archer"', () => {
    const ids = known("Stellantis et Archer Aviation ont conclu un accord. Le groupe fabriquera le taxi volant d'Archer. L'usine qu’Archer prévoit est grande.").filter((m) => m.startsWith('archer-aviation:'));
    expect(ids).toEqual(['archer-aviation:Archer Aviation', 'archer-aviation:Archer', 'archer-aviation:Archer']);
  });
  test('a series number says nothing: "Spartan" of "Spartan Acquisition Corp. III"', () => {
    expect(known('De fusie van Allego met Spartan Acquisition Corp. III is rond. De aandelen van Spartan stemden voor.')).toContain('spartan-acquisition-corp-iii:Spartan');
  });
});

describe('a company’s name on its product is no mention of the company', () => {
  test.each([
    ['The tests use Lexus RX sport-utility vehicles.', 'lexus'],
    ['The money goes into Northvolt Ett, the cell factory.', 'northvolt'],
    ['Production of the Lightyear 0 starts this autumn.', 'lightyear'],
    ['De elektrische Fiat 500 en de Peugeot e-208 rijden al.', 'fiat'],
    ['Combining the system with Toyota Guardian, the safety layer.', 'toyota'],
  ])('%s', (text, id) => expect(known(text).filter((m) => m.startsWith(`${id}:`))).toEqual([]));

  test.each([
    ['Nissan 20 % of the shares went to Renault.', 'nissan'],
    ['Toyota 2 million cars were recalled.', 'toyota'],
    ['Toyota SUVs drive in San Francisco.', 'toyota'],
    ['Volkswagen CEO Oliver Blume spoke.', 'volkswagen-group'],
    ['Der Zulieferer Hyundai Mobis hält 20 Prozent.', 'hyundai-mobis'],
  ])('but the company in %s', (text, id) => expect(known(text).some((m) => m.startsWith(`${id}:`))).toBe(true));

  test('German writes every noun with a capital: only a code names a model there', () => {
    const ids = analyse('Er habe bei Porsche Innovationsprojekte geleitet, und der Porsche 911 fährt.', { deals: false, lang: 'de' }).entities.map((m) => m.id);
    expect(ids).toEqual(['porsche']);
  });
});

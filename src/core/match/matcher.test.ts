import { describe, expect, test } from 'vitest';
import { shippedMatcher } from '../analyse';
import { kbEntities, kbEntity } from '../kb';
import { applyOverlay } from '../kb/overlay';
import { Matcher } from './matcher';

const find = (text: string) => shippedMatcher().find(text);
const ids = (text: string) => find(text).map((m) => m.id);

describe('matching through normalisation', () => {
  test.each([
    ['Le fonds d’Alliance Ventures investit', 'alliance-ventures', 'Alliance Ventures'],
    ["le fonds d'Alliance Ventures investit", 'alliance-ventures', 'Alliance Ventures'],
    ['Selon l’Alliance, les ventes montent', 'renault-nissan-mitsubishi-alliance', 'l’Alliance'],
    ["Renault's new fund", 'renault', 'Renault'],
    ['BMW’s venture arm', 'bmw', 'BMW'],
    ['the Renault-Nissan-Mitsubishi partnership', 'renault-nissan-mitsubishi-alliance', 'Renault-Nissan-Mitsubishi'],
    ['the Renault–Nissan–Mitsubishi partnership', 'renault-nissan-mitsubishi-alliance', 'Renault–Nissan–Mitsubishi'],
    ['FRANÇOIS DOSSA a dit', 'francois-dossa', 'FRANÇOIS DOSSA'],
    ['Francois Dossa said', 'francois-dossa', 'Francois Dossa'],
    ['Nissan\u00a0Motor\u00a0Company', 'nissan', 'Nissan\u00a0Motor\u00a0Company'],
    ['Autolib’ ferme', 'autolib', 'Autolib’'],
  ])('%s', (text, id, surface) => {
    const m = find(text).find((x) => x.id === id);
    expect(m, JSON.stringify(find(text))).toBeDefined();
    expect(m!.text).toBe(surface);
    expect(text.slice(m!.start, m!.end)).toBe(surface);
  });
});

describe('word boundaries and longest match', () => {
  test('"Vincent Bolloré" is the person, not the company', () => {
    expect(find('Vincent Bolloré et Jack Ma')).toEqual([
      expect.objectContaining({ id: 'vincent-bollore', text: 'Vincent Bolloré' }),
      expect.objectContaining({ id: 'jack-ma' }),
    ]);
  });
  test('inside a longer word, nothing', () => {
    expect(ids('BMWs and Renaultification and xTekion')).toEqual([]);
  });
  test('"Nexus Automotive" is one mention, not "Nexus" + nothing', () => {
    expect(find('Nexus Automotive lance Sparker')).toEqual([
      expect.objectContaining({ id: 'nexus-automotive', text: 'Nexus Automotive' }),
      expect.objectContaining({ id: 'sparker' }),
    ]);
  });
  test('overlapping names are resolved once, longest first', () => {
    expect(find('the Alliance Ventures fund').map((m) => m.text)).toEqual(['Alliance Ventures']);
  });
  test('a name never runs across a line break', () => {
    expect(ids('Alliance\nVentures')).not.toContain('alliance-ventures');
  });
});

describe('ambiguous names do not fire on ordinary words', () => {
  test.each([
    ['à l’horizon 2030, la voiture électrique', 'horizon-robotics'],
    ['À l’Horizon 2030, la voiture électrique', 'horizon-robotics'],
    ['Horizon Europe funds research', 'horizon-robotics'],
    ['the company unveiled a mini crossover', 'mini'],
    ['plug-and-play charging stations', 'plug-and-play'],
    ['Plug-and-play charging is the goal', 'plug-and-play'],
    ['the nexus of software and hardware', 'nexus-automotive'],
    ['une alliance stratégique entre les deux sociétés', 'renault-nissan-mitsubishi-alliance'],
    ['the alliance between the two firms', 'renault-nissan-mitsubishi-alliance'],
    ['a smart move for a smart car maker', 'smart'],
  ])('%s', (text, id) => {
    expect(kbEntity(id), `${id} is in the knowledge base`).toBeDefined();
    expect(ids(text)).not.toContain(id);
  });

  test.each([
    ['Über die Straße fahren', 'de', 'uber'],
    ['Die Wallbox in der Garage', 'de', 'wallbox'],
    ['the luminar panel glowed', 'en', 'luminar-technologies'],
    ['an electra complex', 'en', 'electra'],
    ['take the Argo ship home', 'en', 'argo-ai'],
    ['the TIER 1 supplier', 'en', 'tier-mobility'],
    ['momenta of inertia', 'en', 'momenta'],
  ])('%s (%s)', (text, lang, id) => {
    expect(kbEntity(id), `${id} is in the knowledge base`).toBeDefined();
    expect(shippedMatcher().find(text, undefined, lang as 'en').map((m) => m.id)).not.toContain(id);
  });

  test('an alias limited to some languages applies in those only', () => {
    expect(shippedMatcher().find('Wallbox a levé des fonds', undefined, 'fr').map((m) => m.id)).toContain('wallbox');
    expect(shippedMatcher().find('Uber a levé des fonds', undefined, 'fr').map((m) => m.id)).toContain('uber');
  });

  test('a legal form in lower case is an ordinary word: "Bolloré se rabat" is Bolloré, not "Bolloré SE"', () => {
    expect(find('Bolloré se rabat sur Alibaba').map((m) => m.text)).toEqual(['Bolloré', 'Alibaba']);
    expect(find('Bolloré SE a annoncé').map((m) => m.text)).toEqual(['Bolloré SE']);
  });

  test.each([
    ['telles que SenseTime et Horizon.', 'horizon-robotics'],
    ['les véhicules BMW et MINI', 'mini'],
    ['un partenariat avec Plug and Play en Chine', 'plug-and-play'],
    ['Nexus, de son côté, imagine', 'nexus-automotive'],
    ['the Alliance said on Monday', 'renault-nissan-mitsubishi-alliance'],
    ['the new smart #1 and the smart fortwo', 'smart'],
  ])('but does on the name: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('Matcher', () => {
  test('user entities are added without a rebuild and found at once', () => {
    const m = new Matcher([{ id: 'a', type: 'company', name: 'Acme Motors' }]);
    expect(m.find('Acme Motors and Voltaro Mobility').map((x) => x.id)).toEqual(['a']);
    m.add({ id: 'voltaro-mobility', type: 'company', name: 'Voltaro Mobility', aliases: ['Voltaro'] });
    expect(m.find('Acme Motors and Voltaro Mobility, then Voltaro again').map((x) => x.text)).toEqual(['Acme Motors', 'Voltaro Mobility', 'Voltaro']);
  });
  test('many names sharing first words', () => {
    const m = new Matcher(Array.from({ length: 2000 }, (_, n) => ({ id: `e${n}`, type: 'company' as const, name: `Auto Group ${n}` })));
    expect(m.find('Auto Group 1999 and Auto Group 7, not Auto Group').map((x) => x.id)).toEqual(['e1999', 'e7']);
  });
  test('an empty text, punctuation only, and an empty knowledge base', () => {
    expect(new Matcher().find('BMW')).toEqual([]);
    expect(find('')).toEqual([]);
    expect(find(' ’’ -- ...')).toEqual([]);
  });
});

describe('a matcher that leaves out what the reader hid (hide)', () => {
  const text = 'BMW i Ventures and Alliance Ventures invest; Groupe Renault and Renault agree.';
  test('hidden entities and hidden alias texts are not matched; the rest is, as built from the overlay', () => {
    const m = new Matcher(kbEntities);
    m.hide(['bmw-i-ventures'], { renault: ['Groupe Renault'] });
    // What the hidden names covered is read again: "BMW" of the fund, "Renault" of the group's alias.
    expect(m.find(text).map((x) => x.text)).toEqual(['BMW', 'Alliance Ventures', 'Renault', 'Renault']);
    const rebuilt = new Matcher(applyOverlay(kbEntities, { added: [], hidden: ['bmw-i-ventures'], hiddenAliases: { renault: ['Groupe Renault'] } }).base);
    expect(m.find(text)).toEqual(rebuilt.find(text));
  });
  test('loaded from tables, then hidden, then given the reader’s own entity', () => {
    const m = Matcher.fromTables(new Matcher(kbEntities).toTables());
    m.hide(['alliance-ventures']);
    m.add({ id: 'alliance-ventures', type: 'fund', name: 'Alliance Ventures', aliases: ['AV Fund'] });
    expect(m.find('Alliance Ventures and AV Fund').map((x) => `${x.id}:${x.text}`)).toEqual(['alliance-ventures:Alliance Ventures', 'alliance-ventures:AV Fund']);
  });
});

describe('one sense per text: a name a function word beside it refused', () => {
  const cruise = (text: string) => find(text).filter((m) => m.id === 'cruise').map((m) => m.start);
  test('stands when the text names the entity where nothing refuses it', () => {
    const text = 'Honda rejoint General Motors et Cruise. La filiale de Cruise lève des fonds.';
    expect(cruise(text)).toEqual([text.indexOf('Cruise'), text.lastIndexOf('Cruise')]);
  });
  test('stays refused in a text that never names the entity so', () => {
    expect(cruise('Le prix de Cruise reste bas.')).toEqual([]);
  });
  test('never when the refusing word is a name of its own', () => {
    const text = 'General Motors et Cruise investissent. Tom Cruise a vu le film.';
    expect(cruise(text)).toEqual([text.indexOf('Cruise')]);
  });
});

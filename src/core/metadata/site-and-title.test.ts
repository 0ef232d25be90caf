import { describe, expect, test } from 'vitest';
import { hostLabel, stripSiteName } from './site-and-title';

describe("a title without the site's name", () => {
  test.each([
    ['Renault lance un fonds | Le Monde', ['Le Monde'], 'Renault lance un fonds'],
    ['Renault lance un fonds - Le Monde.fr', ['Le Monde'], 'Renault lance un fonds'],
    ['Spiegel: BMW investiert in Start-up', ['DER SPIEGEL', 'spiegel.de', 'spiegel'], 'BMW investiert in Start-up'],
    ['Renault – Wikipedia', ['Wikipedia'], 'Renault'],
    ['BMW i Ventures closes fund - heise online', ['heise online'], 'BMW i Ventures closes fund'],
    ['Renault: the new fund', ['Le Monde'], 'Renault: the new fund'],
    ['ルノーが新ファンド：日本経済新聞', ['日本経済新聞'], 'ルノーが新ファンド'],
    ['The Guardian view on cars | The Guardian', ['The Guardian', 'theguardian.com', 'theguardian'], 'The Guardian view on cars'],
  ])('%s', (title, sites, clean) => expect(stripSiteName(title, sites)).toBe(clean));

  test("Medium's three tails: platform, publication, author", () => {
    expect(stripSiteName('Why fleets go electric | by Jane Doe | Towards Data Science | Medium', ['Towards Data Science', 'Medium'], ['Jane Doe'])).toBe('Why fleets go electric');
  });

  test.each([
    ['www.lemonde.fr', 'lemonde'],
    ['en.wikipedia.org', 'wikipedia'],
    ['blog.example.co.uk', 'example'],
    ['fleetledger.wordpress.com', 'fleetledger'],
    ['autonotes.substack.com', 'autonotes'],
  ])('host label of %s', (host, label) => expect(hostLabel(host)).toBe(label));
});

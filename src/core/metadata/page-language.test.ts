import { describe, expect, test } from 'vitest';
import { canonicalTag, pageLanguage, textLanguage } from './page-language';

const FR = "Le fonds de capital-risque de l'Alliance a investi dans une jeune entreprise qui développe des logiciels pour les voitures. Les trois constructeurs ont annoncé que le fonds sera doté de plus d'un milliard de dollars sur cinq ans, et qu'il investira dans des start-up du monde entier.";
const CS = 'Automobilka oznámila, že její investiční fond podpoří začínající firmy, které vyvíjejí software pro elektromobily. Fond podle mluvčího investuje do deseti společností ročně a první peníze už získala pražská firma, která se zabývá nabíjením.';
const JA = 'ルノー・日産・三菱のアライアンスは、新しいベンチャーキャピタルファンドを設立したと発表した。ファンドは今後五年間で最大十億ドルを投資する予定で、電動化や自動運転の新興企業を対象とする。';
const ES = 'La alianza de fabricantes de automóviles anunció que su fondo de capital riesgo invertirá en empresas emergentes de todo el mundo. El fondo, que tiene una dotación de mil millones de dólares, se centrará en la movilidad eléctrica y la conducción autónoma.';

describe('the language of a page', () => {
  test.each([
    ['en-gb', 'en-GB'],
    ['fr_FR', 'fr-FR'],
    ['DE', 'de'],
    ['x-default', undefined],
    ['', undefined],
    ['not a tag!', undefined],
  ])('canonical tag of %s', (raw, tag) => expect(canonicalTag(raw)).toBe(tag));

  test.each([
    [FR, 'fr'],
    [CS, 'cs'],
    [JA, 'ja'],
    [ES, 'es'],
  ])('text language: %#', (text, tag) => expect(textLanguage(text)?.tag).toBe(tag));

  test('declared and matching the text: the declared tag, region kept', () => expect(pageLanguage(['fr-CA'], FR)).toEqual({ tag: 'fr-CA', from: 'declared' }));
  test('a French site on an English template: the text wins', () => expect(pageLanguage(['en-US'], FR)).toEqual({ tag: 'fr', from: 'text' }));
  test('Czech is stored as Czech, not as one of the four', () => expect(pageLanguage([undefined, 'cs'], CS).tag).toBe('cs'));
  test('no declaration: the text’s language', () => expect(pageLanguage([], JA)).toEqual({ tag: 'ja', from: 'text' }));
  test('nothing to tell from: und', () => expect(pageLanguage([], '12 34 56')).toEqual({ tag: 'und', from: 'none' }));
  test('a declared language this module cannot tell apart is trusted', () => expect(pageLanguage(['ca'], ES).tag).toBe('ca'));
});

import { describe, expect, test } from 'vitest';
import { counterparties, dealsOf } from './deals-of';

describe('dealsOf', () => {
  test('Alliance Ventures: its seed deals, newest first, undated last', () => {
    const deals = dealsOf('alliance-ventures');
    const ids = deals.map((d) => d.id);
    for (const id of ['alliance-ventures-plug-and-play-china-2019', 'alliance-ventures-fund-2018', 'alliance-ventures-ionic-materials-2018', 'alliance-ventures-powershare', 'alliance-ventures-tekion']) expect(ids).toContain(id);
    const dated = deals.filter((d) => d.date).map((d) => d.date!);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(ids.indexOf('alliance-ventures-tekion')).toBeGreaterThan(ids.indexOf('alliance-ventures-fund-2018'));
  });
  test('counterparties by name', () => {
    const fund = dealsOf('alliance-ventures').find((d) => d.id === 'alliance-ventures-fund-2018')!;
    expect(counterparties(fund, 'alliance-ventures')).toEqual(['Renault', 'Nissan', 'Mitsubishi Motors']);
  });
  test('an unknown entity has none', () => expect(dealsOf('nobody')).toEqual([]));
});

import { describe, expect, test, vi } from 'vitest';
import type { DealRecord } from '../../store/schema';
import { partiesText } from './DealLine';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));

const deal = (type: DealRecord['type'], parties: DealRecord['parties']): DealRecord =>
  ({ id: 'd', type, parties, partyIds: [], partyKey: '', sources: [], status: 'proposed', updatedAt: 0 }) as unknown as DealRecord;

describe('a deal’s parties on one line', () => {
  test('investors → targets; partners side by side', () => {
    expect(partiesText(deal('investment', { investors: ['bmw-i-ventures'], targets: ['ionic-materials'] }), null)).toBe('BMW i Ventures → Ionic Materials');
    expect(partiesText(deal('partnership', { partners: ['toyota', 'joby-aviation'] }), null)).toBe('Toyota · Joby Aviation');
    expect(partiesText(deal('partnership', { partners: ['sony', 'honda'], targets: ['sony-honda-mobility'] }), null)).toBe('Sony · Honda → Sony Honda Mobility');
  });
  test('a round whose investors the article does not name says so, rather than showing the start-up alone', () => {
    expect(partiesText(deal('investment', { targets: ['inobat'] }), null)).toBe('investors not named → InoBat');
  });
});

import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { DealLensDB, type DealRecord } from '../../../store/schema';
import { amountIn, orderedDealIds } from './deal-order';

const deal = (id: string, date: string | undefined, amount: DealRecord['amount'], status: DealRecord['status'] = 'kb'): DealRecord => ({
  id, type: 'investment', parties: { investors: ['a'], targets: ['b'] }, partyIds: ['a', 'b'], summary: '', sources: [], status, updatedAt: 0, ...(date ? { date } : {}), ...(amount ? { amount } : {}),
});

test('amounts in the reader currency at the year rate; none when unknown', () => {
  expect(amountIn({ amount: { value: 100, currency: 'EUR' }, date: '2020' }, 'EUR')).toBe(100);
  expect(amountIn({ amount: { value: 100, currency: 'EUR' }, date: '2020' }, 'USD')).toBeCloseTo(114.22, 1);
  expect(amountIn({ amount: { value: 100, currency: 'XYZ' }, date: '2020' }, 'USD')).toBeNull();
  expect(amountIn({ date: '2020' }, 'USD')).toBeNull();
});

test('by date from the index, undated last; by amount converted, no amount last; statuses filter', async () => {
  const db = new DealLensDB(`deal-order-${Date.now()}`);
  await db.open();
  await db.deals.bulkPut([
    deal('old', '2015', { value: 5e9, currency: 'JPY' }),
    deal('new', '2024-03', { value: 1e6, currency: 'USD' }),
    deal('mid', '2019-05-01', { value: 2e6, currency: 'EUR' }, 'proposed'),
    deal('undated', undefined, { value: 3e9, currency: 'USD' }, 'confirmed'),
    deal('none', '2020', undefined),
    deal('gone', '2021', { value: 9e9, currency: 'EUR' }, 'dismissed'),
  ]);
  const live = ['kb', 'proposed', 'confirmed'] as const;
  expect(await orderedDealIds(db, [...live], 'date', true, 'EUR')).toEqual(['new', 'none', 'mid', 'old', 'undated']);
  expect(await orderedDealIds(db, [...live], 'date', false, 'EUR')).toEqual(['old', 'mid', 'none', 'new', 'undated']);
  expect(await orderedDealIds(db, [...live], 'amount', true, 'EUR')).toEqual(['undated', 'old', 'mid', 'new', 'none']);
  expect(await orderedDealIds(db, ['proposed'], 'amount', false, 'USD')).toEqual(['mid']);
  db.close();
});

// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import type { Connector } from './connector';
import { useStoreVersion } from './use-store-version';

function Probe({ connector }: { connector: Connector }) {
  return <output>{useStoreVersion(connector, ['articles'], 300)}</output>;
}

test('a burst of store changes moves the version once at once and once after the burst, not per change', async () => {
  const callbacks: (() => void)[] = [];
  const connector = { onStoreChanged: (_tables: unknown, cb: () => void) => (callbacks.push(cb), () => callbacks.splice(callbacks.indexOf(cb), 1)) } as unknown as Connector;
  const view = render(<Probe connector={connector} />);
  expect(screen.getByRole('status').textContent).toBe('0');
  act(() => {
    for (let i = 0; i < 50; i++) callbacks[0]!();
  });
  expect(screen.getByRole('status').textContent).toBe('1');
  await act(() => new Promise((r) => setTimeout(r, 450)));
  expect(screen.getByRole('status').textContent).toBe('2');
  expect(callbacks.length).toBe(1);
  act(() => {
    view.unmount();
  });
  expect(callbacks).toEqual([]);
});

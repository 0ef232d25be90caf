import type { Connector } from '../connect/connector';

/** After a write to the store's entities: the background publishes the overlay again and open tabs repaint. */
export async function kbChanged(connector: Connector): Promise<void> {
  await connector.askBackground('kb-changed', {});
}

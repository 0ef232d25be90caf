import { askBackground } from '../../platform/send';

/** After a write to the store's entities: the background publishes the overlay again and open tabs repaint. */
export async function kbChanged(): Promise<void> {
  await askBackground('kb-changed', {});
}

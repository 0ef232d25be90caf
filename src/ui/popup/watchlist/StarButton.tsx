import { t } from '../../controls/i18n';
import { useToggleWatched, useWatchlist } from '../watch-state';

/** Watch or stop watching an entity: a toggle button, its state said by aria-pressed. */
export function StarButton({ id, name }: { id: string; name: string }) {
  const watched = useWatchlist().includes(id);
  const toggleWatched = useToggleWatched();
  return (
    <button type="button" class="star" aria-pressed={watched} aria-label={t(watched ? 'unwatch' : 'watch', name)} title={t(watched ? 'unwatch' : 'watch', name)} onClick={() => void toggleWatched(id, !watched)}>
      {watched ? '★' : '☆'}
    </button>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { TeamStatus } from '../../messages';
import type { Connector } from './connector';

const EVERY_MS = 2000;

/**
 * The team collection's status, asked of the background every two seconds while the page is
 * shown (asking also wakes a stopped worker, so replication runs while a reader looks). `null`
 * until the first answer; an unanswered ask keeps the last status.
 */
export function useTeamStatus(connector: Connector, every = EVERY_MS): { status: TeamStatus | null; refresh: () => void } {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    const ask = () =>
      void connector
        .askBackground('team-status', {})
        .then((r) => live && setStatus(r.status))
        .catch(() => undefined);
    ask();
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') ask();
    }, every);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [connector, every, tick]);
  return { status, refresh: () => setTick((n) => n + 1) };
}

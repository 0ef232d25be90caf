import { useState } from 'preact/hooks';
import { storeErrorMessage } from '../../store/store-errors';
import { EditError } from '../../store/entity-edits';
import { ImportError } from '../../store/records/problem';
import { t } from '../controls/i18n';
import { describeProblem } from './describe-problem';

/**
 * Runs a change and says how it went, in a status line: what was done, or why nothing was
 * (an edit refused, a full disk, a store being upgraded elsewhere).
 */
export function useAction(): { busy: boolean; said: string; failed: boolean; run: (f: () => Promise<string | void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [failed, setFailed] = useState(false);
  const run = async (f: () => Promise<string | void>) => {
    setBusy(true);
    setSaid('');
    try {
      setSaid((await f()) ?? '');
      setFailed(false);
    } catch (err) {
      const s = storeErrorMessage(err);
      setSaid(err instanceof EditError ? t('editRefused', err.problem ? describeProblem(err.problem) : err.message) : err instanceof ImportError ? err.message : t(s.key, s.detail ? [s.detail] : undefined));
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return { busy, said, failed, run };
}

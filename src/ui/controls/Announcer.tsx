import { useEffect, useState } from 'preact/hooks';

/**
 * One polite live region for a whole page (the popup's save result, deletions, undo). Views
 * call announce(); screen readers say it once.
 */
let say: ((text: string) => void) | null = null;

export function announce(text: string): void {
  say?.(text);
}

export function Announcer() {
  const [text, setText] = useState('');
  useEffect(() => {
    say = (next) => {
      // Cleared first, so the same words said twice are heard twice.
      setText('');
      setTimeout(() => setText(next), 30);
    };
    return () => void (say = null);
  }, []);
  return (
    <p class="visually-hidden" role="status" aria-live="polite" id="announcer">
      {text}
    </p>
  );
}

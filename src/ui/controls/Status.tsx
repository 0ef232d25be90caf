/** The result of the last action, read out by screen readers when it changes. */
export function Status({ said, failed }: { said: string; failed: boolean }) {
  return (
    <p role="status" class={failed ? 'error' : 'said'}>
      {said}
    </p>
  );
}

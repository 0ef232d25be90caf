import type { ComponentChildren } from 'preact';
import { safeLink } from '../../core/text/safe-link';

/**
 * A link out of DealLens (an article, a deal's source, a website), checked again where it is
 * rendered: only http(s) becomes a link, anything else is shown as plain text. The store keeps
 * only http(s) addresses, but a store written by an older DealLens, or a bug, must not turn a
 * `javascript:` or `file:` address into something a click opens.
 */
export function ExternalLink({ href, class: cls, title, children }: { href: string | undefined; class?: string; title?: string; children: ComponentChildren }) {
  const safe = safeLink(href);
  if (!safe) return <span class={cls} title={title}>{children}</span>;
  return (
    <a class={cls} href={safe} target="_blank" rel="noopener noreferrer" title={title}>
      {children}
    </a>
  );
}

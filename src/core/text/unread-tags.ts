/**
 * Elements whose content no reader sees as text: code, forms, embedded documents and media.
 * One list for the highlighter's reading of a page, the saved article's text and the `scan`
 * command, so that all three read the same words. Lower-case local names.
 */
export const UNREAD_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title',
  'textarea', 'input', 'select', 'option', 'button',
  'iframe', 'object', 'embed', 'canvas', 'svg', 'math', 'video', 'audio',
]);

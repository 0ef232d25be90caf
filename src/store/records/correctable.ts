/** What of an article's metadata the reader can correct; a corrected field is kept when the page is saved again. */
export const CORRECTABLE = ['title', 'site', 'authors', 'published'] as const;
export type CorrectableField = (typeof CORRECTABLE)[number];

import type { Alias } from './types';

/** An alias's written form, whether it is given as plain text or with matching rules. */
export const aliasText = (a: Alias): string => (typeof a === 'string' ? a : a.text);

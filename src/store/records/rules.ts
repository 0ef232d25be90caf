/**
 * The building blocks of the record schemas, each failing with a rule key of _locales
 * (`rule_…`), so that a refusal says, in the reader's language, which rule a field broke.
 */
import * as v from 'valibot';
import { isHttpLink } from '../../core/text/safe-link';
import { LIMITS } from './limits';

export const text = (max: number) => v.pipe(v.string('rule_type_string'), v.maxLength(max, 'rule_max_length'));
export const nonBlank = (max: number) => v.pipe(text(max), v.check((s) => s.trim() !== '', 'rule_blank'));

export const id = v.pipe(v.string('rule_type_string'), v.regex(/^[a-z0-9][a-z0-9-]{0,159}$/, 'rule_id'));

export const httpUrl = v.pipe(v.string('rule_type_string'), v.maxLength(LIMITS.url, 'rule_max_length'), v.check(isHttpLink, 'rule_http'));

/** A calendar date YYYY, YYYY-MM or YYYY-MM-DD that exists ("2024-02-30" does not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < LIMITS.firstYear || year > LIMITS.lastYear) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
export const calendarDate = v.pipe(v.string('rule_type_string'), v.check(isCalendarDate, 'rule_date'));

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
/** A BCP 47 language tag whose language exists ("xx" is well formed, and no language). */
export function isLanguageTag(s: string): boolean {
  if (s.length === 0 || s.length > LIMITS.lang || !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(s)) return false;
  try {
    const [canonical] = Intl.getCanonicalLocales(s);
    const base = canonical.split('-')[0];
    return languageNames.of(base) !== base;
  } catch {
    return false;
  }
}
export const languageTag = v.pipe(v.string('rule_type_string'), v.check(isLanguageTag, 'rule_language'));

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
export const isCurrency = (s: string) => CURRENCIES.has(s);
export const currency = v.pipe(v.string('rule_type_string'), v.check(isCurrency, 'rule_currency'));

export const time = v.pipe(v.number('rule_type_number'), v.integer('rule_integer'), v.minValue(0, 'rule_min_value'), v.maxValue(LIMITS.time, 'rule_max_value'));
export const figure = v.pipe(v.number('rule_type_number'), v.finite('rule_finite'), v.minValue(0, 'rule_min_value'), v.maxValue(LIMITS.money, 'rule_max_value'));
export const share = v.pipe(v.number('rule_type_number'), v.minValue(0, 'rule_min_value'), v.maxValue(1, 'rule_max_value'));
export const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item, 'rule_type_array'), v.maxLength(LIMITS.list, 'rule_max_items'));
export const flag = v.boolean('rule_type_boolean');
export const oneOf = <const T extends readonly string[]>(options: T) => v.picklist(options, 'rule_one_of');

export const qualifier = oneOf(['up_to', 'more_than', 'about', 'per_year', 'less_than', 'at_least']);
/** An amount found in an article may also be a range (`max` set) or unquantified (`value` null). */
export const amountQualifier = oneOf(['up_to', 'more_than', 'about', 'per_year', 'less_than', 'at_least', 'range', 'unquantified']);
export const money = v.strictObject({ value: figure, currency, qualifier: v.optional(qualifier) });
export const source = v.strictObject(
  {
    url: v.optional(httpUrl),
    title: v.optional(text(LIMITS.title)),
    publisher: v.optional(text(LIMITS.site)),
    date: v.optional(calendarDate),
    seed: v.optional(text(200)),
    articleId: v.optional(id),
  },
);

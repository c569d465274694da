import { intl } from '../data/time.js';

/*
 * What every language's tables share. Each language decides its words and their order; these only
 * do what would otherwise be written once per language.
 */

/**
 * Picks the plural form of `count` in `locale` through Intl.PluralRules: every
 * category the language has (Arabic: zero, one, two, few, many, other), `other`
 * for any the table leaves out.
 */
export function plural(locale: string, count: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[intl(Intl.PluralRules, locale).select(count)] ?? forms.other;
}

/**
 * The value an editor wrote, quoted after a space, for a problem text: ` "morgen"`; nothing when
 * there is no value. `quote` puts the language's own quotation marks around it.
 */
export function shown(value: string | undefined, quote = (text: string) => `"${text}"`): string {
  return value === undefined ? '' : ` ${quote(value)}`;
}

import { LANGUAGES, namespace, type LanguageCode, type Namespace, type Namespaces } from '../../src/i18n/index.js';

/** Every language of the registry, in its order. */
export const languageCodes = Object.keys(LANGUAGES) as LanguageCode[];

/** Every namespace, as Dutch (the source language) has them. */
export const namespaceNames = Object.keys(LANGUAGES.nl) as Namespace[];

/** Every table of every language, each loaded the way the elements load it. */
export async function everyTable(): Promise<Record<LanguageCode, Namespaces>> {
  const entries = await Promise.all(
    languageCodes.map(async (code) => [code, Object.fromEntries(await Promise.all(namespaceNames.map(async (name) => [name, await namespace(code, name).load()])))]),
  );
  return Object.fromEntries(entries) as Record<LanguageCode, Namespaces>;
}

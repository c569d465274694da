/**
 * What the JSON-LD reader (jsonld.ts) and writer (jsonld-write.ts) share: the vocabulary and the
 * `ee:` extension terms. Apart, so that a page writing structured data does not fetch the reader.
 */
/** IRI behind the `ee:` prefix. It names our terms; nothing is fetched from it. */
export const EXTENSION_VOCABULARY = 'urn:samenspel:event-elements#';

export const SCHEMA = 'https://schema.org/';
export const PREFIX = 'ee:';

export type JsonLdNode = Record<string, unknown>;

/** Without empty values; undefined when nothing but `@` keywords is left. */
export function compact(node: JsonLdNode): JsonLdNode | undefined {
  const entries = Object.entries(node).filter(([, value]) => value !== undefined);
  return entries.some(([key]) => !key.startsWith('@')) ? Object.fromEntries(entries) : undefined;
}

/** Our own fields as `ee:` terms. */
export function extensionTerms(fields: Record<string, unknown>): JsonLdNode {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [PREFIX + key, typeof value === 'object' ? { '@type': '@json', '@value': value } : value]),
  );
}

/**
 * What the JSON-LD reader (jsonld.ts) and writer (jsonld-write.ts) share: the `ee:` extension terms'
 * prefix and `compact`. Apart, so that a page writing structured data does not fetch the reader;
 * and only this, because a page reading JSON-LD fetches all of it: what only the writer needs (the
 * schema.org IRI, the `ee:` prefix's IRI, writing `ee:` terms) is in jsonld-write.ts.
 */
export const PREFIX = 'ee:';

export type JsonLdNode = Record<string, unknown>;

/** Without empty values; undefined when nothing but `@` keywords is left. */
export function compact(node: JsonLdNode): JsonLdNode | undefined {
  const entries = Object.entries(node).filter(([, value]) => value !== undefined);
  return entries.some(([key]) => !key.startsWith('@')) ? Object.fromEntries(entries) : undefined;
}

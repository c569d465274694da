import { readFileSync } from 'node:fs';
import { Validator, type Schema } from '@cfworker/json-schema';

/* Paths are relative to dist-server/, where the built tests run. */
type Json = Record<string, any>;
export const OPENAPI: Json = JSON.parse(readFileSync(new URL('../server/openapi.json', import.meta.url), 'utf8'));

/** Every (method, path, status) an answer was checked for, to show what the tests covered. */
export const covered = new Set<string>();

const templates = Object.keys(OPENAPI.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

const resolve = (node: Json): Json => (node?.$ref ? resolve(node.$ref.slice(2).split('/').reduce((at: Json, key: string) => at[key], OPENAPI)) : node);

/**
 * Throws when an answer differs from server/openapi.json: an undocumented path or status, a
 * content type the document does not list, a missing required header, or a body its schema
 * rejects. Every answer in the server tests goes through here, which keeps the document true.
 */
export async function checkAgainstOpenApi(method: string, url: string, response: Response): Promise<void> {
  const path = new URL(url, 'http://server').pathname;
  const found = templates.find(({ pattern }) => pattern.test(path));
  if (!found) throw new Error(`OpenAPI: ${path} is not documented`);
  const verb = method.toLowerCase() === 'head' ? 'get' : method.toLowerCase();
  const operation = OPENAPI.paths[found.template][verb];
  const where = `${method} ${found.template} → ${response.status}`;
  if (method === 'OPTIONS') return;
  if (!operation) {
    if (response.status !== 405) throw new Error(`OpenAPI: ${method} ${found.template} is not documented, yet answered ${response.status}`);
    return;
  }
  const spec = resolve(operation.responses[String(response.status)] ?? operation.responses.default);
  if (!spec) throw new Error(`OpenAPI: ${where} is not documented`);
  covered.add(`${method} ${found.template} ${response.status}`);

  for (const [name, header] of Object.entries<Json>(spec.headers ?? {})) {
    const value = response.headers.get(name);
    if (header.required && value === null) throw new Error(`OpenAPI: ${where} lacks the required header ${name}`);
    if (value !== null) assertValid(header.schema, value, `${where}, header ${name}`);
  }
  const text = await response.text();
  if (!spec.content) {
    if (text) throw new Error(`OpenAPI: ${where} documents no body, but got one`);
    return;
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
  const media = spec.content[type];
  if (!media) throw new Error(`OpenAPI: ${where} answered ${type || 'no content type'}; documented: ${Object.keys(spec.content).join(', ')}`);
  if (method !== 'HEAD') assertValid(media.schema, type.endsWith('json') ? JSON.parse(text) : text, where);
}

function assertValid(schema: Json, value: unknown, where: string): void {
  const result = new Validator({ ...schema, components: OPENAPI.components } as Schema, '2020-12', false).validate(value);
  if (!result.valid) {
    throw new Error(`OpenAPI: ${where} does not match its schema: ${result.errors.map((error) => `${error.instanceLocation} ${error.error}`).join('; ')}\n${JSON.stringify(value)}`);
  }
}

/*
 * custom-elements.json as the tools that read it find it (Storybook, editors, the framework type
 * generators, a partner site's own tooling): valid against the Custom Elements Manifest schema of
 * the version it declares, and naming the package's files, not our sources.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Validator, type Schema } from '@cfworker/json-schema';

interface Reference {
  name: string;
  module?: string;
  package?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  superclass?: Reference;
  members?: { name: string; inheritedFrom?: Reference }[];
  attributes?: { name: string; inheritedFrom?: Reference }[];
  events?: { name: string; type?: { text: string }; inheritedFrom?: Reference }[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: 'js' | 'custom-element-definition'; name: string; declaration: Reference }[];
}

const require = createRequire(import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const manifest = read('custom-elements.json') as { schemaVersion: string; modules: Module[] };
const schemaPackage = read(require.resolve('custom-elements-manifest/package.json'));
const packageJson = read('package.json');

const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const moduleAt = (path: string) => manifest.modules.find((module) => module.path === path);
/** `./dist/index.js` for every "exports" entry, however nested (`{ types, default }`). */
const exportedFiles = new Set<string>();
(function collect(target: unknown): void {
  if (typeof target === 'string') exportedFiles.add(target.replace(/^\.\//, ''));
  else if (target && typeof target === 'object') Object.values(target).forEach(collect);
})(packageJson.exports);

describe('custom-elements.json', () => {
  it('is valid against the schema of the version it declares', () => {
    assert.equal(manifest.schemaVersion, schemaPackage.version, 'the devDependency custom-elements-manifest is the schema version the analyzer writes');
    const schema = read(require.resolve('custom-elements-manifest/schema.json')) as Schema;
    const validator = new Validator(schema, '7', false);
    const { errors } = validator.validate(manifest);
    assert.deepEqual(
      errors.map((error) => `${error.instanceLocation}: ${error.error}`),
      [],
    );
    // The schema does catch a broken manifest (a module without its path).
    const broken = { ...manifest, modules: manifest.modules.map(({ path: _path, ...module }) => module) };
    assert.equal(validator.validate(broken).valid, false);
  });

  it('describes the four elements, each event with the type of its detail', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), ['event-agenda', 'event-announcement', 'registration-form', 'seats-badge']);
    for (const element of elements) {
      for (const event of element.events ?? []) assert.match(event.type?.text ?? '', /^CustomEvent<\w+Detail>$/, `<${element.tagName}> ${event.name}`);
    }
  });

  it('names modules a site can import: files the package exports', () => {
    for (const module of manifest.modules) {
      assert.ok(exportedFiles.has(module.path), `${module.path} is not in package.json's "exports"`);
    }
  });

  it('says which module registers each tag, and where its class comes from', () => {
    for (const element of elements) {
      const definitions = manifest.modules.flatMap((module) =>
        (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition' && entry.name === element.tagName).map((entry) => ({ module, entry })),
      );
      assert.deepEqual(
        definitions.map(({ module }) => module.path),
        [`dist/${element.tagName}.js`],
      );
      const { declaration } = definitions[0].entry;
      assert.equal(declaration.name, element.name);
      const home = moduleAt(declaration.module ?? '');
      assert.ok(home, `${declaration.module} is a module of the manifest`);
      assert.ok(home.declarations?.includes(element), `${element.name} is declared in ${declaration.module}`);
      assert.ok(home.exports?.some((entry) => entry.kind === 'js' && entry.name === element.name), `${declaration.module} exports ${element.name}`);
    }
  });

  it('refers only to its own modules or to packages, never to our sources', () => {
    const references = manifest.modules.flatMap((module) => [
      ...(module.exports ?? []).map((entry) => entry.declaration),
      ...(module.declarations ?? []).flatMap((declaration) => [
        declaration.superclass,
        ...[...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])].map((member) => member.inheritedFrom),
      ]),
    ]);
    for (const reference of references) {
      if (!reference || reference.package) continue;
      assert.ok(moduleAt(reference.module ?? ''), `${reference.name} refers to ${reference.module}, which is no module of the manifest`);
    }
  });
});

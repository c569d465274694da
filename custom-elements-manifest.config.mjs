/**
 * `npm run analyze` writes custom-elements.json (committed); `npm test`
 * fails when it is stale or when public API lacks a description.
 */
export default {
  globs: ['src/elements/**/*.ts'],
  // The elements only: their controllers, templates and helpers are not the API.
  exclude: [
    'src/elements/**/*.styles.ts',
    'src/elements/**/define.ts',
    'src/elements/controllers/**',
    'src/elements/registration-form/!(registration-form).ts',
    'src/elements/event-announcement/structured-data.ts',
    'src/elements/bidi.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // Private and protected members are not API: keep them out of docs and Storybook controls.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            // The analyzer also guesses events from `dispatchEvent(new SomeEvent(arg))` and names them
            // after the argument; the documented `@fires` entries are the real ones.
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
            if (declaration.members) {
              declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
            }
          }
        }
      },
    },
  ],
};

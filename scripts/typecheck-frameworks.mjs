// `npm run typecheck:frameworks`: the package's framework types, used as a partner site uses them.
// - test/frameworks/react/: a React 19 page with every tag, checked by tsc against
//   `@samenspel/event-elements/react` (frameworks/react.d.ts);
// - test/frameworks/vue/: a Vue 3 single-file component with every tag, checked by vue-tsc
//   against `@samenspel/event-elements/vue` (frameworks/vue.d.ts).
// Each file also makes mistakes marked `@ts-expect-error` / `@vue-expect-error`, so types that
// were missing or `any` would fail too. Both import the package by its name (package.json's
// "exports", which TypeScript resolves from inside the package), whose types are dist/types/:
// they are written first.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['tsc', '-p', 'test/frameworks/react/tsconfig.json']);
// vue-tsc drives TypeScript's JavaScript API, which TypeScript 7 (our `tsc`) no longer has: it runs
// on TypeScript 6, installed beside it as @typescript/typescript6.
const typescript6 = require.resolve('@typescript/old/lib/tsc.js', { paths: [require.resolve('@typescript/typescript6/package.json')] });
run(process.execPath, ['-e', `process.argv.splice(1, 0, 'vue-tsc'); require('vue-tsc').run(${JSON.stringify(typescript6)})`, '--', '-p', 'test/frameworks/vue/tsconfig.json']);
console.log('typecheck:frameworks: React and Vue templates with every tag typecheck, and their mistakes are caught');

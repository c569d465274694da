import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Static answers for stories that fetch (event JSON, live seats): served by Storybook itself.
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline and private by default: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" checklist in the sidebar, and no "Onboarding guide" in the settings menu: both
  // are Storybook's own tutorial (shown by `storybook dev` only), not about these elements.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  async viteFinal(config, { configType }) {
    const { mergeConfig } = await import('vite');
    // Lit in production mode in the built Storybook. Vite resolves the `development|production`
    // export condition from NODE_ENV, and `storybook build` sets NODE_ENV=production only when it is
    // unset: a shell or CI that exports NODE_ENV=development got Lit's dev build ("Lit is in dev
    // mode") in storybook-static. `storybook dev` keeps Lit's dev mode and its warnings on purpose:
    // it is where elements are worked on.
    if (configType === 'PRODUCTION') process.env.NODE_ENV = 'production';
    return mergeConfig(config, {
      // One copy of Lit under `storybook dev`. There is one Lit in node_modules (`npm ls lit-html`),
      // but Vite pre-bundles only the imports it finds by crawling the stories and the preview:
      // `lit` is one of them, `lit/directive-helpers.js` (imported by Storybook's web-components
      // renderer, which Vite serves as is from node_modules) is not, so it was served unbundled and
      // brought node_modules/lit-html a second time next to the pre-bundled copy: "Multiple
      // versions of Lit loaded". Pre-bundled too, it shares the one lit-html chunk.
      // (storybookjs/storybook#31507; `storybook build` bundles everything once and never had it.)
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // `storybook build` warned of three chunks above Vite's 500 kB, none of them ours and none
      // that splitting would make smaller to load: Storybook's preview runtime (iframe-*.js, 944 kB,
      // one module of storybook/dist/preview), its docs renderer (DocsRenderer-*.js, 1,040 kB:
      // React DOM, Storybook's components and addon-docs' blocks, loaded on docs pages only) and
      // axe-core (axe-*.js, 661 kB, one module, loaded by the a11y addon). The limit sits just
      // above the biggest, so a chunk of ours (today 25 kB at most) or a Storybook update that grows
      // past it still warns.
      build: { chunkSizeWarningLimit: 1100 },
    });
  },
};

export default config;

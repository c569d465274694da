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
};

export default config;

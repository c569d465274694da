import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Static answers for stories that fetch (event JSON, live seats): served by Storybook itself.
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline and private by default: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;

import type { StorybookConfig } from '@storybook/web-components-vite';
import { standardDecorators } from '../build/standard-decorators.js';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline and private by default: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), ...standardDecorators({ perModule: true })];
    return viteConfig;
  },
};

export default config;

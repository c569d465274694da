import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/embed.js';

// Controls and docs tables come from the same manifest the README is generated from.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Every story must pass axe: violations fail the story, not just warn.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;

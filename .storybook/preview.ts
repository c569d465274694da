import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/embed.js';
import { showCode } from '../stories/show-code.js';
import { utrechtTheme } from '../stories/utrecht-theme.js';

// Controls and docs tables come from the same manifest the pages in docs/elements/ are generated from.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  // Any story in an NL Design System theme, from the toolbar; each element also has an explicit Utrecht story.
  globalTypes: {
    theme: {
      description: 'NL Design System theme of the page around the element',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'None (our defaults)' },
          { value: 'utrecht', title: 'Utrecht' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'none' },
  decorators: [(story, context) => (context.globals.theme === 'utrecht' ? utrechtTheme(story, context) : story())],
  parameters: {
    // Every story must pass axe: violations fail the story, not just warn.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // "Show code" gives the snippet an editor pastes, with the story's event.
    docs: { source: { transform: showCode } },
  },
};

export default preview;

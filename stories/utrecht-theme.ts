/// <reference types="vite/client" />
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
// Utrecht's design tokens as CSS custom properties, applied below the class `utrecht-theme`, and
// the font they name ("Noto Sans Variable"): both bundled into Storybook, nothing fetched elsewhere.
import '@fontsource-variable/noto-sans/index.css';
import '@utrecht/design-tokens/dist/index.css';

/**
 * The page of a municipality that uses Utrecht's NL Design System theme: the story inside an
 * element with the theme's class. Nothing else changes; the elements find the tokens themselves.
 */
export const utrechtTheme: Decorator = (story) => html`<div class="utrecht-theme">${story()}</div>`;

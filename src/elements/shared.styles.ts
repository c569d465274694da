import { css, type CSSResult } from 'lit';
import { sharedTokens } from './shared.tokens.js';
import { tokens } from './tokens.js';

/**
 * What every element shares: box, typography and colours from the page's NL
 * Design System theme, a visible focus ring, and the notice for unusable data.
 *
 * Custom properties follow docs/protocol.md (custom property naming): `--{tag}-{part}-{css-property}`, falling back
 * to `--utrecht-*`, then `--nl-*` where the NL Design System has such a token,
 * then our default; the chains come from the token tables (`*.tokens.ts`). A chain
 * used more than once is resolved once, on `:host`, into a private `--_…` property
 * (the focus ring here; each element may add its own).
 */
export function sharedStyles(tag: string): CSSResult {
  const token = tokens(tag, sharedTokens);
  return css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: ${token['font-family']};
      font-size: ${token['font-size']};
      line-height: ${token['line-height']};
      color: ${token['color']};
      background-color: ${token['background-color']};
      overflow-wrap: anywhere;
      --_focus-width: ${token['focus-outline-width']};
      --_focus-offset: ${token['focus-outline-offset']};
      --_focus: var(--_focus-width) ${token['focus-outline-style']} ${token['focus-outline-color']};
    }
    :host([hidden]) {
      display: none;
    }
    *,
    ::before,
    ::after {
      box-sizing: inherit;
    }
    a {
      color: ${token['link-color']};
      text-underline-offset: 0.15em;
    }
    /* The ring, with a band of the inverse colour under it so it shows on any background. */
    :focus-visible {
      outline: var(--_focus);
      outline-offset: var(--_focus-offset);
      box-shadow: 0 0 0 calc(var(--_focus-width) + var(--_focus-offset)) ${token['focus-inverse-outline-color']};
    }
    .notice {
      border-inline-start: 0.25rem solid ${token['notice-border-color']};
      background-color: ${token['notice-background-color']};
      color: ${token['notice-color']};
      padding-block: ${token['notice-padding-block']};
      padding-inline: ${token['notice-padding-inline']};
    }
    .notice-title {
      font-weight: bold;
    }
    /* The notice's title, text and list of problems. */
    .notice > * {
      margin-block: 0.25rem;
    }
    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
      }
    }
  `;
}

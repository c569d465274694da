import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * What every element shares: box, typography and colours from the page's NL
 * Design System theme, a visible focus ring, and the notice for unusable data.
 *
 * Custom properties follow SPEC: `--{tag}-{part}-{css-property}`, falling back
 * to `--utrecht-*`, then `--nl-*` where the NL Design System has such a token,
 * then our default. A chain used more than once is resolved once, on `:host`,
 * into a private `--_…` property (the focus ring here; each element may add its own).
 */
export function sharedStyles(tag: string): CSSResult {
  const prefix = unsafeCSS(`--${tag}`);
  return css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(${prefix}-font-family, var(--utrecht-document-font-family, inherit));
      font-size: var(${prefix}-font-size, var(--utrecht-document-font-size, inherit));
      line-height: var(${prefix}-line-height, var(--utrecht-document-line-height, 1.5));
      color: var(${prefix}-color, var(--utrecht-document-color, inherit));
      background-color: var(${prefix}-background-color, var(--utrecht-document-background-color, transparent));
      overflow-wrap: anywhere;
      --_focus-width: var(${prefix}-focus-outline-width, var(--utrecht-focus-outline-width, 2px));
      --_focus-offset: var(${prefix}-focus-outline-offset, var(--utrecht-focus-outline-offset, 2px));
      --_focus: var(--_focus-width) var(${prefix}-focus-outline-style, var(--utrecht-focus-outline-style, solid))
        var(${prefix}-focus-outline-color, var(--utrecht-focus-outline-color, #000));
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    a {
      color: var(${prefix}-link-color, var(--utrecht-link-color, var(--nl-link-color, LinkText)));
      text-underline-offset: 0.15em;
    }
    /* The ring, with a band of the inverse colour under it so it shows on any background. */
    :focus-visible {
      outline: var(--_focus);
      outline-offset: var(--_focus-offset);
      box-shadow: 0 0 0 calc(var(--_focus-width) + var(--_focus-offset))
        var(${prefix}-focus-inverse-outline-color, var(--utrecht-focus-inverse-outline-color, #fff));
    }
    .notice {
      border-inline-start: 0.25rem solid var(${prefix}-notice-border-color, var(--utrecht-alert-error-border-color, #b30000));
      background-color: var(${prefix}-notice-background-color, var(--utrecht-alert-error-background-color, #fdf2f2));
      color: var(${prefix}-notice-color, var(--utrecht-alert-error-color, #1a1a1a));
      padding-block: var(${prefix}-notice-padding-block, var(--utrecht-alert-padding-block-start, 0.5rem));
      padding-inline: var(${prefix}-notice-padding-inline, var(--utrecht-alert-padding-inline-start, 1rem));
    }
    .notice-title {
      font-weight: bold;
    }
    .notice p,
    .notice ul {
      margin-block: 0.25rem;
    }
    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
      }
    }
  `;
}

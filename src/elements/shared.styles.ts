import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * What every element shares: box, inherited typography with NL Design System
 * fallbacks, visible focus, and the notice for unusable data. Custom
 * properties follow SPEC: `--{tag}-{part}-{css-property}`, falling back to
 * `--utrecht-*`, then `--nl-*`, then our default.
 */
export function sharedStyles(tag: string): CSSResult {
  const prefix = unsafeCSS(`--${tag}`);
  return css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(${prefix}-font-family, var(--utrecht-document-font-family, var(--nl-document-font-family, inherit)));
      color: var(${prefix}-color, var(--utrecht-document-color, var(--nl-document-color, inherit)));
      line-height: var(${prefix}-line-height, var(--utrecht-document-line-height, 1.5));
      overflow-wrap: anywhere;
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
    a:focus-visible {
      outline: var(--utrecht-focus-outline-width, 2px) var(--utrecht-focus-outline-style, solid)
        var(${prefix}-focus-outline-color, var(--utrecht-focus-outline-color, var(--nl-focus-outline-color, #000)));
      outline-offset: 2px;
      box-shadow: 0 0 0 calc(var(--utrecht-focus-outline-width, 2px) + 2px) var(--utrecht-focus-inverse-outline-color, #fff);
    }
    .notice {
      border-inline-start: 0.25rem solid var(${prefix}-notice-border-color, var(--utrecht-alert-error-border-color, #b30000));
      background: var(${prefix}-notice-background-color, var(--utrecht-alert-error-background-color, #fdf2f2));
      color: var(${prefix}-notice-color, var(--utrecht-alert-error-color, #1a1a1a));
      padding-block: 0.5rem;
      padding-inline: 1rem;
    }
    .notice-title {
      font-weight: bold;
    }
    .notice p,
    .notice ul {
      margin-block: 0.25rem;
    }
  `;
}

import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

export const seatsBadgeStyles = [
  sharedStyles('seats-badge'),
  css`
    :host {
      display: inline-block;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      margin: 0;
      min-block-size: 24px;
      padding-block: 0.25em;
      padding-inline: 0.75em;
      border: 1px solid var(--seats-badge-badge-border-color, currentColor);
      border-radius: var(--seats-badge-badge-border-radius, var(--utrecht-badge-border-radius, 1em));
      background: var(--seats-badge-badge-background-color, var(--utrecht-badge-background-color, #e8f3ec));
      color: var(--seats-badge-badge-color, var(--utrecht-badge-color, #1a1a1a));
      font-weight: var(--seats-badge-badge-font-weight, var(--utrecht-badge-font-weight, bold));
    }
    :host([state='full']) .badge,
    :host([state='waitlist']) .badge,
    :host([state='closed']) .badge,
    :host([state='cancelled']) .badge {
      background: var(--seats-badge-badge-unavailable-background-color, #f3f3f3);
    }
    :host([state='few']) .badge {
      background: var(--seats-badge-badge-background-color, #fff4e0);
    }
    /* A shape per kind of state, so colour is never the only signal. */
    .marker {
      flex: none;
      inline-size: 0.75em;
      block-size: 0.75em;
      border-radius: 50%;
      background: var(--seats-badge-marker-color, currentColor);
    }
    :host([state='few']) .marker,
    :host([state='limited']) .marker {
      background: transparent;
      border: 0.2em solid var(--seats-badge-marker-color, currentColor);
    }
    :host([state='full']) .marker,
    :host([state='waitlist']) .marker,
    :host([state='closed']) .marker,
    :host([state='cancelled']) .marker {
      block-size: 0.2em;
      border-radius: 0;
    }
    @media (forced-colors: active) {
      .badge {
        border-color: CanvasText;
      }
      .marker {
        background: CanvasText;
        forced-color-adjust: none;
      }
    }
  `,
];

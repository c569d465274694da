import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

export const seatsBadgeStyles = [
  sharedStyles('seats-badge'),
  css`
    /* Centred on the line: the badge's baseline would follow its marker's shape, which differs per state. */
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
      margin: 0;
      min-block-size: 24px;
      padding-block: var(--seats-badge-badge-padding-block, var(--utrecht-badge-padding-block, var(--nl-data-badge-padding-block, 0.25em)));
      padding-inline: var(--seats-badge-badge-padding-inline, var(--utrecht-badge-padding-inline, var(--nl-data-badge-padding-inline, 0.75em)));
      border: 1px solid var(--seats-badge-badge-border-color, var(--nl-data-badge-border-color, currentColor));
      border-radius: var(--seats-badge-badge-border-radius, var(--utrecht-badge-border-radius, var(--nl-data-badge-border-radius, 1em)));
      background-color: var(--seats-badge-badge-background-color, var(--utrecht-badge-background-color, var(--nl-data-badge-background-color, #e8f3ec)));
      color: var(--seats-badge-badge-color, var(--utrecht-badge-color, var(--nl-data-badge-color, #1a1a1a)));
      font-weight: var(--seats-badge-badge-font-weight, var(--utrecht-badge-font-weight, bold));
    }
    /* Colours per kind of state come from the theme's status badge: warning when few seats are left, inactive when none can be had. */
    :host([state='few']) .badge {
      background-color: var(--seats-badge-badge-few-background-color, var(--utrecht-status-badge-warning-background-color, #fff4e0));
      color: var(--seats-badge-badge-few-color, var(--utrecht-status-badge-warning-color, #1a1a1a));
    }
    :host([state='full']) .badge,
    :host([state='waitlist']) .badge,
    :host([state='closed']) .badge,
    :host([state='cancelled']) .badge {
      background-color: var(--seats-badge-badge-unavailable-background-color, var(--utrecht-status-badge-inactive-background-color, #f3f3f3));
      color: var(--seats-badge-badge-unavailable-color, var(--utrecht-status-badge-inactive-color, #1a1a1a));
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
      /* Drawn by us, in the system's text colour: the system would blank the disc and the bar (backgrounds) otherwise. */
      .marker {
        forced-color-adjust: none;
        --seats-badge-marker-color: CanvasText;
      }
    }
  `,
];

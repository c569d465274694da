import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';
import { tokens } from '../tokens.js';
import { seatsBadgeTokens } from './seats-badge.tokens.js';

const token = tokens('seats-badge', seatsBadgeTokens);

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
      padding-block: ${token['badge-padding-block']};
      padding-inline: ${token['badge-padding-inline']};
      border: 1px solid ${token['badge-border-color']};
      border-radius: ${token['badge-border-radius']};
      background-color: ${token['badge-background-color']};
      color: ${token['badge-color']};
      font-weight: ${token['badge-font-weight']};
    }
    /* Colours per kind of state come from the theme's status badge: warning when few seats are left, inactive when none can be had. */
    :host([state='few']) .badge {
      background-color: ${token['badge-few-background-color']};
      color: ${token['badge-few-color']};
    }
    :host([state='full']) .badge,
    :host([state='waitlist']) .badge,
    :host([state='closed']) .badge,
    :host([state='cancelled']) .badge {
      background-color: ${token['badge-unavailable-background-color']};
      color: ${token['badge-unavailable-color']};
    }
    /* A shape per kind of state, so colour is never the only signal. */
    .marker {
      flex: none;
      inline-size: 0.75em;
      block-size: 0.75em;
      border-radius: 50%;
      background: ${token['marker-color']};
    }
    :host([state='few']) .marker,
    :host([state='limited']) .marker {
      background: transparent;
      border: 0.2em solid ${token['marker-color']};
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

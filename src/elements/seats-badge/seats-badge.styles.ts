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
    /*
     * Status colours per kind of state, from the theme: its "ok" alert when open, its warning badge
     * when few are left or seats are limited, its "error" alert when full, its neutral badge when
     * closed, cancelled or past. Never the only signal: the text says the state, and the marker's
     * shape differs per kind.
     */
    :host([state='few']) .badge,
    :host([state='limited']) .badge {
      background-color: ${token['badge-few-background-color']};
      color: ${token['badge-few-color']};
    }
    :host([state='full']) .badge,
    :host([state='waitlist']) .badge {
      background-color: ${token['badge-full-background-color']};
      color: ${token['badge-full-color']};
    }
    :host([state='closed']) .badge,
    :host([state='cancelled']) .badge,
    :host([state='past']) .badge {
      background-color: ${token['badge-unavailable-background-color']};
      color: ${token['badge-unavailable-color']};
    }
    .marker {
      flex: none;
      inline-size: 0.75em;
      block-size: 0.75em;
      border-radius: 50%;
      background: ${token['marker-open-color']};
    }
    :host([state='few']) .marker,
    :host([state='limited']) .marker {
      background: none;
      border: 0.2em solid ${token['marker-few-color']};
    }
    :host([state='full']) .marker,
    :host([state='waitlist']) .marker,
    :host([state='closed']) .marker,
    :host([state='cancelled']) .marker,
    :host([state='past']) .marker {
      block-size: 0.2em;
      border-radius: 0;
      background: ${token['marker-full-color']};
    }
    :host([state='closed']) .marker,
    :host([state='cancelled']) .marker,
    :host([state='past']) .marker {
      background: ${token['marker-closed-color']};
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

/** Registers <seats-badge>. Import the class from `seats-badge.js` to register it yourself. */
import { define } from '../../define.js';
import { SeatsBadge } from './seats-badge.js';

define('seats-badge', SeatsBadge);

declare global {
  interface HTMLElementTagNameMap {
    'seats-badge': SeatsBadge;
  }
}

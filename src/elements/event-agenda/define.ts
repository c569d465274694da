/** Registers <event-agenda>. Import the class from `event-agenda.js` to register it yourself. */
import { define } from '../../define.js';
import { EventAgenda } from './event-agenda.js';

define('event-agenda', EventAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'event-agenda': EventAgenda;
  }
}

/** Registers <event-announcement> and the elements it renders. Import the class from `event-announcement.js` to register it yourself. */
import '../event-agenda/define.js';
import '../registration-form/define.js';
import '../seats-badge/define.js';
import { define } from '../../define.js';
import { EventAnnouncement } from './event-announcement.js';

define('event-announcement', EventAnnouncement);

declare global {
  interface HTMLElementTagNameMap {
    'event-announcement': EventAnnouncement;
  }
}

import { html, nothing } from 'lit';
import { googleCalendarUrl, icsFileName, office365CalendarUrl, outlookCalendarUrl, toIcs } from '../../data/calendar.js';
import type { EventData } from '../../data/types.js';
import type { Terms } from '../../i18n/index.js';

/*
 * The choices under the announcement's "add to calendar": an .ics download, Google, Outlook and
 * Office 365. Fetched with the calendar code when a visitor first opens it.
 */

/** The calendar links for `event`, or nothing when it has no date to put in a calendar. */
export function calendarLinks(event: EventData, announcement: Terms['announcement'], now: number): unknown {
  const ics = toIcs(event, { now, programLabel: announcement.program });
  return ics
    ? html`<ul>
        <li>
          <a href=${`data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`} download=${icsFileName(event)}>${announcement.icsFile}</a>
        </li>
        <li><a href=${googleCalendarUrl(event)} target="_blank" rel="noopener">${announcement.googleCalendar}</a></li>
        <li><a href=${outlookCalendarUrl(event)} target="_blank" rel="noopener">${announcement.outlookCalendar}</a></li>
        <li><a href=${office365CalendarUrl(event)} target="_blank" rel="noopener">${announcement.office365Calendar}</a></li>
      </ul>`
    : nothing;
}

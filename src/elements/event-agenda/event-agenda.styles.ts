import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';
import { tokens } from '../tokens.js';
import { eventAgendaTokens } from './event-agenda.tokens.js';

const token = tokens('event-agenda', eventAgendaTokens);

export const eventAgendaStyles = [
  sharedStyles('event-agenda'),
  css`
    /* Rules select by the part names and the ARIA state the template writes anyway, not by classes of their own. */
    :host {
      container-type: inline-size;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      /* Firefox's list items pass on their list's side; the items' event data aligns with its own direction. */
      text-align: start;
      display: grid;
      grid-template-columns: 1fr;
      gap: ${token['item-row-gap']} ${token['item-column-gap']};
      padding-block: ${token['item-padding-block']};
      border-block-end: ${token['item-border-width']} solid ${token['item-border-color']};
    }
    li:last-child {
      border-block-end: none;
    }
    @container (min-inline-size: 30rem) {
      li {
        grid-template-columns: ${token['time-inline-size']} 1fr;
      }
    }
    /* Times run left to right in every language; in its column the time still sits at the start. */
    [part='time'] {
      justify-self: start;
      color: ${token['time-color']};
      font-weight: ${token['time-font-weight']};
      font-variant-numeric: tabular-nums;
    }
    /* The item running now. */
    [aria-current] {
      background-color: ${token['current-background-color']};
      color: ${token['current-color']};
      border-inline-start: 0.25rem solid ${token['current-border-color']};
      padding-inline-start: 0.5rem;
    }
    [part='day'] {
      font-family: ${token['day-font-family']};
      font-size: ${token['day-font-size']};
      font-weight: ${token['day-font-weight']};
      margin-block: 1rem 0.25rem;
    }
    @media (forced-colors: active) {
      [aria-current] {
        border-inline-start-color: Highlight;
      }
    }
    /* An item's title, description and speakers. */
    li p {
      margin-block: 0 0.25rem;
    }
    [part='title'] {
      font-weight: ${token['title-font-weight']};
    }
    /*
     * Each speaker's name is a box of its own direction: in an Arabic line of Dutch names a name
     * never breaks across lines, where its two halves would land at opposite ends.
     */
    [part='speakers'] bdi {
      display: inline-block;
    }
  `,
];

import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

export const eventAgendaStyles = [
  sharedStyles('event-agenda'),
  css`
    :host {
      container-type: inline-size;
    }
    .program {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: grid;
      grid-template-columns: 1fr;
      gap: 0.25rem 1rem;
      padding-block: var(--event-agenda-item-gap, 0.75rem);
      border-block-end: 1px solid var(--event-agenda-item-border-color, #d0d0d0);
    }
    li:last-child {
      border-block-end: none;
    }
    @container (min-inline-size: 30rem) {
      li {
        grid-template-columns: var(--event-agenda-time-inline-size, 10rem) 1fr;
      }
    }
    /* Times run left to right in every language; in its column the time still sits at the start. */
    .time {
      justify-self: start;
      color: var(--event-agenda-time-color, inherit);
      font-weight: var(--event-agenda-time-font-weight, bold);
      font-variant-numeric: tabular-nums;
    }
    .current {
      background: var(--event-agenda-current-background-color, #fff4e0);
      border-inline-start: 0.25rem solid var(--event-agenda-current-border-color, currentColor);
      padding-inline-start: 0.5rem;
    }
    .day {
      font-weight: bold;
      font-size: var(--event-agenda-day-font-size, 1.125rem);
      margin-block: 1rem 0.25rem;
    }
    @media (forced-colors: active) {
      .current {
        border-inline-start-color: Highlight;
      }
    }
    .body > p {
      margin-block: 0 0.25rem;
    }
    .title {
      font-weight: var(--event-agenda-title-font-weight, bold);
    }
  `,
];

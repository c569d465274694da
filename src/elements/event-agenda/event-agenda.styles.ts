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
      gap: var(--event-agenda-item-row-gap, var(--utrecht-space-row-2xs, 0.25rem)) var(--event-agenda-item-column-gap, var(--utrecht-space-column-md, 1rem));
      padding-block: var(--event-agenda-item-padding-block, var(--utrecht-space-block-sm, 0.75rem));
      border-block-end: var(--event-agenda-item-border-width, 1px) solid
        var(--event-agenda-item-border-color, var(--utrecht-table-row-border-block-end-color, #d0d0d0));
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
      background-color: var(--event-agenda-current-background-color, var(--utrecht-mark-background-color, #fff4e0));
      color: var(--event-agenda-current-color, var(--utrecht-mark-color, inherit));
      border-inline-start: 0.25rem solid var(--event-agenda-current-border-color, currentColor);
      padding-inline-start: 0.5rem;
    }
    .day {
      font-family: var(--event-agenda-day-font-family, var(--utrecht-heading-4-font-family, inherit));
      font-size: var(--event-agenda-day-font-size, var(--utrecht-heading-4-font-size, 1.125rem));
      font-weight: var(--event-agenda-day-font-weight, var(--utrecht-heading-4-font-weight, bold));
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

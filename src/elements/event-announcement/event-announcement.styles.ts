import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';

export const eventAnnouncementStyles = [
  sharedStyles('event-announcement'),
  css`
    :host {
      container-type: inline-size;
    }
    /* One column on narrow screens; content beside sign-up where there is room. */
    @container (min-inline-size: 48rem) {
      article {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr);
        gap: 2rem;
        align-items: start;
      }
    }
    .map,
    details a {
      display: inline-block;
      min-block-size: 24px;
    }
    .map {
      margin-block-start: 0.25rem;
    }
    details summary {
      cursor: pointer;
      min-block-size: 24px;
      font-weight: bold;
    }
    .main > *,
    .aside > *,
    header > * {
      margin-block: 0 var(--event-announcement-article-row-gap, var(--utrecht-space-block-md, 1rem));
    }
    h2 {
      color: var(--event-announcement-title-color, var(--utrecht-heading-2-color, var(--nl-heading-level-2-color, inherit)));
      font-family: var(--event-announcement-title-font-family, var(--utrecht-heading-2-font-family, var(--nl-heading-level-2-font-family, inherit)));
      font-size: var(--event-announcement-title-font-size, var(--utrecht-heading-2-font-size, var(--nl-heading-level-2-font-size, 1.75rem)));
      font-weight: var(--event-announcement-title-font-weight, var(--utrecht-heading-2-font-weight, var(--nl-heading-level-2-font-weight, bold)));
      line-height: var(--event-announcement-title-line-height, var(--utrecht-heading-2-line-height, var(--nl-heading-level-2-line-height, 1.2)));
    }
    h3 {
      color: var(--event-announcement-heading-color, var(--utrecht-heading-3-color, var(--nl-heading-level-3-color, inherit)));
      font-family: var(--event-announcement-heading-font-family, var(--utrecht-heading-3-font-family, var(--nl-heading-level-3-font-family, inherit)));
      font-size: var(--event-announcement-heading-font-size, var(--utrecht-heading-3-font-size, var(--nl-heading-level-3-font-size, 1.25rem)));
      font-weight: var(--event-announcement-heading-font-weight, var(--utrecht-heading-3-font-weight, var(--nl-heading-level-3-font-weight, bold)));
      line-height: var(--event-announcement-heading-line-height, var(--utrecht-heading-3-line-height, var(--nl-heading-level-3-line-height, 1.2)));
      margin-block: 0 0.5rem;
    }
    .status {
      padding-block: 0.5rem;
      padding-inline: 1rem;
      border-inline-start: 0.25rem solid var(--event-announcement-status-border-color, currentColor);
      background-color: var(--event-announcement-status-background-color, var(--utrecht-alert-warning-background-color, #fff4e0));
      color: var(--event-announcement-status-color, var(--utrecht-alert-warning-color, inherit));
      font-weight: bold;
    }
    .summary {
      font-size: var(--event-announcement-summary-font-size, var(--utrecht-paragraph-lead-font-size, 1.125em));
    }
    dl {
      display: grid;
      gap: 0.5rem;
    }
    dl > div {
      display: grid;
      grid-template-columns: minmax(5rem, max-content) 1fr;
      gap: 1rem;
    }
    dt {
      font-weight: bold;
    }
    dd {
      margin: 0;
    }
    .probable {
      font-style: italic;
    }
    .hosts {
      display: block;
    }
    section > p,
    section > ul {
      margin-block: 0 0.75rem;
    }
    ul {
      padding-inline-start: 1.25rem;
    }
    seats-badge {
      margin-block-end: 0.75rem;
    }
  `,
];

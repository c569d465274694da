import { css } from 'lit';
import { sharedStyles } from '../shared.styles.js';
import { tokens } from '../tokens.js';
import { eventAnnouncementTokens } from './event-announcement.tokens.js';

const token = tokens('event-announcement', eventAnnouncementTokens);

export const eventAnnouncementStyles = [
  sharedStyles('event-announcement'),
  css`
    :host {
      container-type: inline-size;
    }
    /* The readable version a snippet carries (a child <article>) gives way once the announcement shows. */
    slot:not(.fallback)::slotted(article) {
      display: none;
    }
    /* Out of view until its agenda, badge and form have rendered too (see EventElement.scheduleUpdate),
       but laid out: the announcement measures where its form will be (laidOut). */
    .fallback ~ * {
      visibility: hidden;
      block-size: 0;
      overflow: hidden;
    }
    /* One column on narrow screens; content beside sign-up where there is room. */
    @container (min-inline-size: 48rem) {
      article {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr);
        gap: 2rem;
        align-items: start;
      }
      .to-form {
        display: none;
      }
    }
    /* The button that opens a folded form looks like the jump link (below, which keeps it bold). */
    .open-form {
      font: inherit;
      color: inherit;
      background: none;
      cursor: pointer;
    }
    /* A link that looks like what it does: go down to the form. 44 px high, as municipal guidance asks; the border takes the text colour (border-color's default). */
    .to-form a,
    .open-form {
      display: inline-flex;
      align-items: center;
      min-block-size: 44px;
      padding-inline: 1rem;
      border: 2px solid;
      border-radius: 0.25rem;
      font-weight: bold;
    }
    /* The heading a jump lands on: focus goes there so Tab goes on from it, with no box (it is not a control).
       It is the only heading that takes focus (the jump gives it tabindex="-1"), so no attribute selector is needed. */
    h3:focus {
      outline: none;
      box-shadow: none;
    }
    /* 44 px targets (municipal guidance); the map link has a line of its own, so it never shifts the venue's line. */
    .map,
    details a {
      display: flex;
      align-items: center;
      inline-size: fit-content;
      min-block-size: 44px;
    }
    /* The calendar's summary (the only <summary>): still a list item, so it keeps its disclosure triangle. */
    summary {
      min-block-size: 44px;
      align-content: center;
      cursor: pointer;
      font-weight: bold;
    }
    /* The blocks of both columns (the article's two divs, main and aside) and of the header. */
    article > div > *,
    header > * {
      margin-block: 0 ${token['article-row-gap']};
    }
    h2 {
      color: ${token['title-color']};
      font-family: ${token['title-font-family']};
      font-size: ${token['title-font-size']};
      font-weight: ${token['title-font-weight']};
      line-height: ${token['title-line-height']};
    }
    h3 {
      color: ${token['heading-color']};
      font-family: ${token['heading-font-family']};
      font-size: ${token['heading-font-size']};
      font-weight: ${token['heading-font-weight']};
      line-height: ${token['heading-line-height']};
      margin-block: 0 0.5rem;
    }
    .status {
      padding-block: 0.5rem;
      padding-inline: 1rem;
      border-inline-start: 0.25rem solid ${token['status-border-color']};
      background-color: ${token['status-background-color']};
      color: ${token['status-color']};
      font-weight: bold;
    }
    .summary {
      font-size: ${token['summary-font-size']};
    }
    dl {
      display: grid;
      gap: 0.5rem;
    }
    /* A label sits on its value's first line, whatever that line holds. */
    dl > div {
      display: grid;
      grid-template-columns: minmax(5rem, max-content) 1fr;
      gap: 1rem;
      align-items: baseline;
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
    /* Event data in a list item aligns with its own direction (Firefox's list items would pass on their list's side). */
    li {
      text-align: start;
    }
    seats-badge {
      margin-block-end: 0.75rem;
    }
  `,
];

import type { EventData } from '../../src/data/types.js';
import { languageCode } from '../../src/i18n/index.js';
import { data, html, type Html } from './html.js';
import { document } from './layout.js';
import { conventions, whenText, whereText, type Conventions } from './locale.js';
import { CANCEL_WORDS, type CancelWords } from './words.js';

/** What the cancel page shows: see `cancelPage`. */
export interface CancelView {
  /** The visitor's language (the registration's locale): nl, en, tr or ar; others read English, none Dutch. */
  lang: string;
  /** The registration's event; not needed, and not shown, when the link is unknown. */
  event?: EventData;
  registration?: { name: string; email: string; status: 'confirmed' | 'waitlisted' | 'cancelled' };
  /**
   * `ask`: the event, the registration and one button that cancels; `cancelled`: done; `already-cancelled`:
   * a harmless repeat; `unknown`: the link is not (or no longer) valid.
   */
  state: 'ask' | 'cancelled' | 'already-cancelled' | 'unknown';
  /** Where the button posts: the page's own URL. */
  action: string;
}

/**
 * The page a cancel link in an e-mail opens (`GET/POST /registrations/<token>/cancel`): a whole
 * HTML document with no script, in the visitor's language. Cancelling takes a button press (a
 * POST), so a mail scanner that follows the link cancels nothing.
 */
export function cancelPage(view: CancelView): string {
  const language = conventions(languageCode(view.lang));
  const words = CANCEL_WORDS[language.lang];
  // Without the event there is nothing to show but the generic answer.
  const state = view.event ? view.state : 'unknown';
  const title = {
    ask: words.ask.title,
    cancelled: words.cancelled.title,
    'already-cancelled': words.alreadyCancelled.title,
    unknown: words.unknown.title,
  }[state];
  let content: Html;
  if (state === 'unknown' || !view.event) {
    content = html`<p>${words.unknown.text}</p>\n<p>${words.unknown.todo}</p>`;
  } else if (state === 'ask') {
    const waiting = view.registration?.status === 'waitlisted';
    content = html`<p class="lead">${words.ask.lead}</p>
${eventCard(view.event, words, language)}
${view.registration ? registrationCard(view.registration, words) : ''}
<p>${waiting ? words.ask.waitlisted : words.ask.confirmed}</p>
<form method="post" action="${view.action}">
<button type="submit" class="button">${words.ask.button}</button>
</form>`;
  } else {
    const text = state === 'cancelled' ? words.cancelled.text : words.alreadyCancelled.text;
    content = html`<p class="lead">${text}</p>\n${eventCard(view.event, words, language)}`;
  }
  const body = html`<main id="main" class="page page--narrow">
<h1>${title}</h1>
${content}
</main>`;
  return String(document({ lang: language.lang, dir: language.dir, title: view.event && state !== 'unknown' ? `${title} – ${view.event.name}` : title, body }));
}

function eventCard(event: EventData, words: CancelWords, language: Conventions): Html {
  const where = whereText(event);
  return html`<section class="card" aria-labelledby="event-name">
<h2 id="event-name">${data(event.name)}</h2>
<dl class="facts">
<div><dt>${words.when}</dt><dd>${whenText(event, language, words.dateTime)}</dd></div>
${where ? html`<div><dt>${words.where}</dt><dd>${where}</dd></div>` : ''}
</dl>
</section>`;
}

function registrationCard(registration: NonNullable<CancelView['registration']>, words: CancelWords): Html {
  return html`<section class="card" aria-labelledby="registration">
<h2 id="registration">${words.registration}</h2>
<dl class="facts">
<div><dt>${words.name}</dt><dd>${data(registration.name)}</dd></div>
<div><dt>${words.email}</dt><dd>${data(registration.email)}</dd></div>
<div><dt>${words.status}</dt><dd>${words.statuses[registration.status]}</dd></div>
</dl>
</section>`;
}

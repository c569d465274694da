import type { EventData } from '../../src/data/types.js';
import { ANSWER, formFields } from '../../src/submit/fields.js';
import { termsFor } from '../language.js';
import type { MailCounts } from '../mail/types.js';
import { data, html, type Content, type Html } from '../pages/html.js';
import { document } from '../pages/layout.js';
import { conventions, momentText, whenText, type Conventions } from '../pages/locale.js';
import { ORGANISER_WORDS, type Done, type OrganiserLanguage, type OrganiserWords } from '../pages/words.js';
import type { Session } from './sessions.js';
import type { RegistrationRow } from './store.js';

/*
 * The organiser's pages as HTML: no script, every action a small form that posts and comes back
 * (303) to a page that says what happened.
 */

/** Where each page lives, in one place. */
export const paths = {
  home: '/organiser/',
  signIn: '/organiser/sign-in',
  signOut: '/organiser/sign-out',
  event: (event: EventData) => `/organiser/events/${encodeURIComponent(event.id!)}`,
  csv: (event: EventData) => `${paths.event(event)}/registrations.csv`,
  registration: (event: EventData, id: string, action: 'resend' | 'promote' | 'erase') =>
    `${paths.event(event)}/registrations/${encodeURIComponent(id)}/${action}`,
};

/** What every organiser page needs: the language, and the session when signed in. */
export interface Context {
  lang: OrganiserLanguage;
  words: OrganiserWords;
  language: Conventions;
  session?: Session;
}

export function context(lang: OrganiserLanguage, session?: Session): Context {
  return { lang, words: ORGANISER_WORDS[lang], language: conventions(lang), session };
}

/** A whole organiser page: skip link, header (with navigation and sign-out when signed in), main. */
function organiserPage(context: Context, options: { title: string; error?: boolean; done?: Done; main: Content }): string {
  const { words, session } = context;
  const title = `${options.error ? words.errorPrefix : ''}${options.done ? `${words.done[options.done]} ` : ''}${options.title} – ${words.site}`;
  const navigation = session
    ? html`<nav aria-label="${words.navigation}">
<ul>
<li><a href="${paths.home}">${words.overviewLink}</a></li>
<li><form method="post" action="${paths.signOut}">${csrfField(session)}<button type="submit" class="button button--secondary button--small">${words.signOut}</button></form></li>
</ul>
</nav>`
    : '';
  const body = html`<a class="skip" href="#main">${words.skip}</a>
<header class="site-header">
<div class="site-header__inner">
<p class="site-header__name">${words.site}</p>
${navigation}
</div>
</header>
<main id="main" class="page page--wide">
${options.done ? html`<p class="message" role="status">${words.done[options.done]}</p>` : ''}
${options.main}
</main>`;
  return String(document({ lang: context.lang, title, body }));
}

const csrfField = (session: Session): Html => html`<input type="hidden" name="csrf" value="${session.csrf}">`;

/** A page that only says something: not found, refused, blocked, off. */
export function messagePage(context: Context, title: string, text: Content, options: { back?: boolean } = {}): string {
  return organiserPage(context, {
    title,
    error: true,
    main: html`<h1>${title}</h1>
<p>${text}</p>
${options.back && context.session ? html`<p><a href="${paths.home}">${context.words.back}</a></p>` : ''}`,
  });
}

export function offPage(context: Context): string {
  const { off } = context.words;
  return organiserPage(context, {
    title: off.title,
    main: html`<h1>${off.title}</h1>\n<p>${off.text(html`<code>ADMIN_TOKEN</code>`, html`<code>openssl rand -hex 32</code>`)}</p>`,
  });
}

export function signInPage(context: Context, options: { wrong?: boolean; done?: Done } = {}): string {
  const { signIn } = context.words;
  const describedBy = options.wrong ? 'token-error token-help' : 'token-help';
  return organiserPage(context, {
    title: signIn.title,
    error: options.wrong,
    done: options.done,
    main: html`<h1>${signIn.title}</h1>
<p>${signIn.intro}</p>
<form method="post" action="${paths.signIn}">
<div class="field">
<label for="token">${signIn.token}</label>
<p class="field__help" id="token-help">${signIn.tokenHelp}</p>
${options.wrong ? html`<p class="field__error" id="token-error">${signIn.wrong}</p>` : ''}
<input id="token" name="token" type="password" autocomplete="current-password" required spellcheck="false" autocapitalize="off" aria-describedby="${describedBy}"${options.wrong ? html` aria-invalid="true"` : ''}>
</div>
<button type="submit" class="button">${signIn.button}</button>
</form>`,
  });
}

/** Capacity, confirmed, waiting and remaining, as a description list. */
function countsList(context: Context, counts: MailCounts, labelledBy: string): Html {
  const { counts: words } = context.words;
  const item = (label: string, value: Content) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<dl class="counts" aria-labelledby="${labelledBy}">
${item(words.capacity, counts.capacity ?? words.unlimited)}
${item(words.confirmed, counts.confirmed)}
${item(words.waiting, counts.waiting)}
${item(words.remaining, counts.remaining ?? words.unlimited)}
</dl>`;
}

export function overviewPage(context: Context, events: { event: EventData; counts: MailCounts }[], done?: Done): string {
  const { overview, counts: words } = context.words;
  const rows = events.map(({ event, counts }) => html`<tr>
<th scope="row"><a href="${paths.event(event)}">${data(event.name)}</a></th>
<td>${whenText(event, context.language, ', ')}</td>
<td class="number">${counts.capacity ?? words.unlimited}</td>
<td class="number">${counts.confirmed}</td>
<td class="number">${counts.waiting}</td>
<td class="number">${counts.remaining ?? words.unlimited}</td>
</tr>`);
  const table = html`<div class="table-scroll" role="region" aria-labelledby="events-caption" tabindex="0">
<table>
<caption id="events-caption">${overview.caption}</caption>
<thead><tr>
<th scope="col">${overview.event}</th><th scope="col">${overview.date}</th>
<th scope="col" class="number">${words.capacity}</th><th scope="col" class="number">${words.confirmed}</th>
<th scope="col" class="number">${words.waiting}</th><th scope="col" class="number">${words.remaining}</th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
  return organiserPage(context, {
    title: overview.title,
    done,
    main: html`<h1>${overview.title}</h1>\n${events.length ? table : html`<p>${overview.none}</p>`}`,
  });
}

/** The event's own questions, in the organiser's language, with their options' labels. */
function extraQuestions(event: EventData, context: Context) {
  return formFields(event, termsFor(context.lang).form, context.lang)
    .filter((field) => field.id.startsWith(ANSWER))
    .map((field) => ({ ...field, name: field.id.slice(ANSWER.length) }));
}

/** An answer as a person reads it: an option's label rather than its value, yes or no for a checkbox. */
function answerText(value: string | boolean | string[] | undefined, options: { value: string; label: string }[] | undefined, words: OrganiserWords): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? words.event.yes : words.event.no;
  const label = (one: string) => options?.find((option) => option.value === one)?.label ?? one;
  return Array.isArray(value) ? value.map(label).join(', ') : label(value);
}

export function eventPage(context: Context, event: EventData, counts: MailCounts, registrations: RegistrationRow[], done?: Done): string {
  const { event: words } = context.words;
  const session = context.session!;
  const questions = extraQuestions(event, context);
  const withRemarks = registrations.some((row) => row.remarks);
  const person = (row: RegistrationRow) => html`<span class="visually-hidden">${words.forPerson}${row.name}</span>`;
  const rows = registrations.map((row) => html`<tr class="${row.status}">
<th scope="row">${data(row.name)}</th>
<td class="email">${data(row.email)}</td>
<td>${row.organization ? data(row.organization) : ''}</td>
<td>${row.role ? data(row.role) : ''}</td>
${questions.map((question) => html`<td>${data(answerText(row.answers[question.name], question.options, context.words))}</td>`)}
${withRemarks ? html`<td>${row.remarks ? data(row.remarks) : ''}</td>` : ''}
<td>${momentText(event, row.createdAt, context.language)}</td>
<td><span class="status status--${row.status}">${words.statuses[row.status]}</span></td>
<td><div class="row-actions">
${row.status !== 'cancelled' ? html`<form method="post" action="${paths.registration(event, row.id, 'resend')}">${csrfField(session)}<button type="submit" class="button button--small button--secondary">${words.resend}${person(row)}</button></form>` : ''}
${row.status === 'waitlisted' ? html`<form method="post" action="${paths.registration(event, row.id, 'promote')}">${csrfField(session)}<button type="submit" class="button button--small">${words.promote}${person(row)}</button></form>` : ''}
<a class="button button--small button--danger-quiet" href="${paths.registration(event, row.id, 'erase')}">${words.erase}${person(row)}</a>
</div></td>
</tr>`);
  const table = html`<div class="table-scroll" role="region" aria-label="${words.scroll}" tabindex="0">
<table>
<caption>${words.caption(registrations.length)}</caption>
<thead><tr>
<th scope="col">${words.name}</th><th scope="col">${words.email}</th><th scope="col">${words.organization}</th><th scope="col">${words.role}</th>
${questions.map((question) => html`<th scope="col"${question.lang ? html` lang="${question.lang}"` : ''}>${data(question.label)}</th>`)}
${withRemarks ? html`<th scope="col">${words.remarks}</th>` : ''}
<th scope="col">${words.registeredAt}</th><th scope="col">${words.status}</th><th scope="col">${words.actions}</th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
  return organiserPage(context, {
    title: event.name,
    done,
    main: html`<h1>${data(event.name)}</h1>
<p>${whenText(event, context.language, ', ')}</p>
<h2 id="seats">${words.seats}</h2>
${countsList(context, counts, 'seats')}
<p><a href="${paths.csv(event)}" download>${words.download}</a></p>
${registrations.length ? table : html`<p>${words.none}</p>`}`,
  });
}

export function erasePage(context: Context, event: EventData, row: RegistrationRow): string {
  const { erase, event: words } = context.words;
  return organiserPage(context, {
    title: erase.title,
    main: html`<h1>${erase.title}</h1>
<section class="card" aria-labelledby="who">
<h2 id="who">${data(row.name)}</h2>
<dl class="facts">
<div><dt>${context.words.overview.event}</dt><dd><a href="${paths.event(event)}">${data(event.name)}</a></dd></div>
<div><dt>${words.email}</dt><dd>${data(row.email)}</dd></div>
${row.organization ? html`<div><dt>${words.organization}</dt><dd>${data(row.organization)}</dd></div>` : ''}
<div><dt>${words.status}</dt><dd>${words.statuses[row.status]}</dd></div>
<div><dt>${words.registeredAt}</dt><dd>${momentText(event, row.createdAt, context.language)}</dd></div>
</dl>
</section>
<p class="lead">${erase.question}</p>
<p>${erase.warning}</p>
<div class="actions">
<form method="post" action="${paths.registration(event, row.id, 'erase')}">${csrfField(context.session!)}<button type="submit" class="button button--danger">${erase.confirm}</button></form>
<a class="button button--secondary" href="${paths.event(event)}">${erase.cancel}</a>
</div>`,
  });
}

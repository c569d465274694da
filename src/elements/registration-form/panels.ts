/*
 * The registration form's panels after a submit: the error summary, the confirmation and the
 * failure. Pure functions of the form's view, like templates.ts; they arrive with the code that
 * runs once a visitor acts (actions.ts), so a page where nobody signs up never loads them.
 */
import { html, nothing } from 'lit';
import { mailtoLink } from '../../submit/mailto.js';
import { isolated } from '../bidi.js';
import type { AnswerTerms } from '../../i18n/terms.js';
import { registrationMail } from './outcome.js';
import { fieldId, type FormView } from './templates.js';

/**
 * A panel's heading at the form's level (`heading-level`, held to 1–6; 3 when it is no number): a
 * real `<h1>`–`<h6>`, one template per level, since lit binds no tag name.
 */
function heading(level: number, text: string, id?: string, focusable?: boolean): unknown {
  const at = id ?? nothing;
  const tabindex = focusable ? -1 : nothing;
  switch (Math.min(6, Math.max(1, Math.round(level))) || 3) {
    case 1:
      return html`<h1 class="heading" id=${at} tabindex=${tabindex}>${text}</h1>`;
    case 2:
      return html`<h2 class="heading" id=${at} tabindex=${tabindex}>${text}</h2>`;
    case 4:
      return html`<h4 class="heading" id=${at} tabindex=${tabindex}>${text}</h4>`;
    case 5:
      return html`<h5 class="heading" id=${at} tabindex=${tabindex}>${text}</h5>`;
    case 6:
      return html`<h6 class="heading" id=${at} tabindex=${tabindex}>${text}</h6>`;
    default:
      return html`<h3 class="heading" id=${at} tabindex=${tabindex}>${text}</h3>`;
  }
}

export function summary(view: FormView, words: AnswerTerms): unknown {
  return html`<div class="error-summary" part="error-summary" role="group" tabindex="-1" aria-labelledby="error-summary-title">
    ${heading(view.headingLevel, words.problem, 'error-summary-title')}
    <ul>
      ${view.summary.map((entry) => {
        const error = view.errors.get(entry);
        return error
          ? html`<li><a href="#${fieldId(entry)}" @click=${(event: Event) => view.on.focusField(event, entry)}>${error}</a></li>`
          : html`<li dir="auto">${entry}</li>`;
      })}
    </ul>
  </div>`;
}

export function successPanel({ terms, event, attempt, headingLevel }: FormView, words: AnswerTerms): unknown {
  const { status, message: endpointMessage, name, email: registeredEmail, emailSent } = attempt as Extract<FormView['attempt'], { phase: 'success' }>;
  const waitlisted = status === 'waitlisted';
  const { contact, email } = event.registration ?? {};
  const link = email ? html`<a href=${mailtoLink(email, terms.announcement.mailSubject(event.name))} dir="ltr">${email}</a>` : undefined;
  return html`<div class="message success" part="message">
    ${heading(headingLevel, waitlisted ? words.waitlistedHeading : words.confirmedHeading, 'success-title', true)}
    <p>${waitlisted ? words.waitlisted(isolated(event.name)) : words.confirmed(isolated(event.name))}</p>
    <p class="registered">${words.registeredAs(isolated(name), html`<span dir="ltr">${registeredEmail}</span>`)}${emailSent === undefined ? nothing : ` ${emailSent ? words.emailFollows : words.noEmail}`}</p>
    ${endpointMessage ? html`<p dir="auto">${endpointMessage}</p>` : nothing}
    ${contact || email ? html`<p>${words.questions({ contact: contact && isolated(contact), email: link })}</p>` : nothing}
  </div>`;
}

export function failurePanel(view: FormView, words: AnswerTerms): unknown {
  const { outcome } = view.attempt as Extract<FormView['attempt'], { phase: 'error' }>;
  const reason =
    outcome.kind === 'busy'
      ? words.busy(outcome.retryAfter)
      : outcome.kind === 'failed' && outcome.reason === 'timeout'
        ? words.failedTimeout
        : outcome.kind === 'failed' && outcome.reason === 'network'
          ? words.failedNetwork
          : words.failed;
  const email = view.event.registration?.email;
  return html`<div class="message failure" part="message">
    ${heading(view.headingLevel, words.failedHeading)}
    <p>${reason} ${words.kept}</p>
    <button part="button" type="button" class="secondary" @click=${view.on.retry}>${words.retry}</button>
    ${email ? html`<p>${words.mailFallback(html`<a href=${registrationMail(view.event, view.terms, view.fields, view.values, words)} dir="ltr">${email}</a>`)}</p>` : nothing}
  </div>`;
}

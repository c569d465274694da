import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import type { RegistrationForm } from '../../src/elements/registration-form/registration-form.js';
import { newEndpointId, scriptEndpoint } from '../server/endpoint.js';
import { fillInAnna, openEvent, stateBecomes, submit, submitButton } from './registration-form/story.js';
import { computedFrom, everyElement, loadUtrechtTheme, page, showErrors, style, token } from './visual.js';

const TAGS = ['event-announcement', 'event-agenda', 'seats-badge', 'registration-form'] as const;

/** A page that loads Utrecht's theme and puts its class on an ancestor, as docs/theming.md says. */
const utrecht = (content: TemplateResult) => page(html`<div class="utrecht-theme">${content}</div>`);

const hostOf = (root: Element, tag: string) => root.querySelector(tag)!;
/** The first thing the element shows: what its text looks like. */
const firstShown = (host: Element) => host.shadowRoot!.firstElementChild!;

describe('Theme: a page with an NL Design System theme styles every element, with no configuration', () => {
  let event: EventData;
  before(async () => {
    await loadUtrechtTheme();
    event = await openEvent(newEndpointId('theme'), { capacity: 40, remaining: 12 });
  });

  it('takes Utrecht’s font and text colour inside every shadow root', async () => {
    const plain = await page(html`<div>${everyElement(event)}</div>`);
    const themed = await utrecht(everyElement(event));
    const font = computedFrom(themed, 'font-family', token(themed, '--utrecht-document-font-family'));
    const color = computedFrom(themed, 'color', token(themed, '--utrecht-document-color'));
    for (const tag of TAGS) {
      const host = hostOf(themed, tag);
      expect(style(firstShown(host)).fontFamily, `${tag}: font`).to.equal(font);
      expect(style(host).color, `${tag}: colour`).to.equal(color);
      expect(style(firstShown(hostOf(plain, tag))).fontFamily, `${tag}: without the theme, the page’s font`).not.to.equal(font);
    }
  });

  it('gives the sign-up button Utrecht’s primary action: background, text colour, corners and weight', async () => {
    const themed = await utrecht(html`<registration-form .event=${event}></registration-form>`);
    const button = submitButton(hostOf(themed, 'registration-form') as RegistrationForm);
    const expected = (property: string, name: string) => computedFrom(themed, property, token(themed, name));
    expect(style(button).backgroundColor).to.equal(expected('background-color', '--utrecht-button-primary-action-background-color'));
    expect(style(button).color).to.equal(expected('color', '--utrecht-button-primary-action-color'));
    expect(style(button).borderStartStartRadius).to.equal(expected('border-start-start-radius', '--utrecht-button-border-radius'));
    expect(style(button).fontWeight).to.equal(expected('font-weight', '--utrecht-button-font-weight'));

    const plain = await page(html`<registration-form .event=${event}></registration-form>`);
    const ours = submitButton(plain as RegistrationForm);
    expect(style(ours).backgroundColor, 'our own default differs, so the theme is what shows').not.to.equal(style(button).backgroundColor);
    expect(style(ours).borderStartStartRadius).not.to.equal(style(button).borderStartStartRadius);
  });

  it('lets a site’s own --registration-form-button-background-color and --seats-badge-font-family win over the theme', async () => {
    const themed = await utrecht(
      html`<div style="--registration-form-button-background-color: rgb(1, 2, 3); --seats-badge-font-family: monospace">${everyElement(event)}</div>`,
    );
    expect(style(submitButton(hostOf(themed, 'registration-form') as RegistrationForm)).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(style(submitButton(hostOf(themed, 'event-announcement').shadowRoot!.querySelector('registration-form') as RegistrationForm)).backgroundColor).to.equal(
      'rgb(1, 2, 3)',
    );
    expect(style(firstShown(hostOf(themed, 'seats-badge'))).fontFamily).to.equal('monospace');
    expect(style(firstShown(hostOf(themed, 'event-agenda'))).fontFamily, 'other elements keep the theme’s font').not.to.equal('monospace');
  });

  it('draws Utrecht’s focus ring on every kind of control, whole: nothing of the element clips it', async () => {
    const themed = await utrecht(everyElement(event));
    const form = hostOf(themed, 'registration-form') as RegistrationForm;
    await showErrors(form);
    const ring = {
      style: token(themed, '--utrecht-focus-outline-style'),
      color: computedFrom(themed, 'outline-color', token(themed, '--utrecht-focus-outline-color')),
      width: computedFrom(themed, 'outline-width', token(themed, '--utrecht-focus-outline-width')),
    };
    expect(ring.style, 'Utrecht’s ring (dotted) is not our default (solid)').not.to.equal('solid');
    const announcement = hostOf(themed, 'event-announcement');
    const controls: [string, HTMLElement][] = [
      ['text box', form.shadowRoot!.querySelector('input[name=name]')!],
      ['textarea', form.shadowRoot!.querySelector('textarea')!],
      ['radio', form.shadowRoot!.querySelector('input[type=radio]')!],
      ['button', submitButton(form)],
      ['link in the error summary', form.shadowRoot!.querySelector('.error-summary a')!],
      ['error summary (focused by the form)', form.shadowRoot!.querySelector('.error-summary')!],
      ['map link', announcement.shadowRoot!.querySelector('[part~=map]')!],
      ['“add to calendar”', announcement.shadowRoot!.querySelector('summary')!],
    ];
    for (const [what, control] of controls) {
      expect(control, what).not.to.equal(null);
      control.focus();
      const { outlineStyle, outlineColor, outlineWidth, outlineOffset } = style(control);
      expect([outlineStyle, outlineColor, outlineWidth], what).to.deep.equal([ring.style, ring.color, ring.width]);
      expect(parseFloat(outlineWidth), what).to.be.greaterThan(0);
      expectNotClipped(control, parseFloat(outlineWidth) + parseFloat(outlineOffset), what);
    }
  });

  it('colours the seats badge by state from Utrecht’s tokens (ok, warning, error, neutral), readable in every state', async () => {
    const states: [string, EventData['registration'], string, string?][] = [
      ['open', { capacity: 40, remaining: 12 }, 'alert-ok', '--utrecht-alert-icon-ok-color'],
      ['few', { capacity: 40, remaining: 2 }, 'status-badge-warning'],
      // "Beperkt aantal plekken" is a warning, not the dark grey that reads as disabled.
      ['limited', { limited: true }, 'status-badge-warning'],
      ['full', { capacity: 40, remaining: 0 }, 'alert-error', '--utrecht-alert-icon-error-color'],
      ['waitlist', { capacity: 40, remaining: 0, waitlist: true }, 'alert-error', '--utrecht-alert-icon-error-color'],
      ['closed', { capacity: 40, remaining: 12, deadline: '2019-01-25' }, 'badge'],
    ];
    const backgrounds = new Set<string>();
    for (const [state, registration, kind, markerToken] of states) {
      const themed = await utrecht(html`<seats-badge .event=${{ ...event, registration }}></seats-badge>`);
      const host = hostOf(themed, 'seats-badge');
      expect(host.getAttribute('state')).to.equal(state);
      const badge = host.shadowRoot!.querySelector('[part~=badge]')!;
      const background = computedFrom(themed, 'background-color', token(themed, `--utrecht-${kind}-background-color`));
      expect(style(badge).backgroundColor, state).to.equal(background);
      expect(style(badge).color, state).to.equal(computedFrom(themed, 'color', token(themed, `--utrecht-${kind}-color`)));
      if (markerToken) {
        const marker = style(host.shadowRoot!.querySelector('.marker')!).backgroundColor;
        expect(marker, `${state} marker`).to.equal(computedFrom(themed, 'background-color', token(themed, markerToken)));
      }
      backgrounds.add(background);
      await expect(themed).to.be.accessible();
    }
    expect(backgrounds.size, 'four colours for four kinds of state').to.equal(4);
  });

  it('passes axe (contrast included) with Utrecht’s colours in every element, errors shown', async () => {
    const themed = await utrecht(everyElement(event));
    await showErrors(hostOf(themed, 'registration-form') as RegistrationForm);
    await expect(themed).to.be.accessible();
  });

  it('lists every custom property it reads and every part it shows in custom-elements.json', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; cssProperties?: { name: string }[]; cssParts?: { name: string }[] }[] }[];
    };
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    const documented = (tag: string) => declarations.find((declaration) => declaration.tagName === tag)!;
    const themed = await utrecht(everyElement({ ...event, status: 'rescheduled' }));
    await showErrors(hostOf(themed, 'registration-form') as RegistrationForm);
    for (const tag of TAGS) {
      const host = hostOf(themed, tag);
      const read = new Set([...cssText(host.shadowRoot!).matchAll(new RegExp(`--${tag}-[a-z0-9-]+`, 'g'))].map(([name]) => name));
      const listed = new Set(documented(tag).cssProperties?.map((property) => property.name));
      expect([...read].filter((name) => !listed.has(name)), `${tag}: custom properties used but not documented`).to.deep.equal([]);
      expect([...listed].filter((name) => !read.has(name)), `${tag}: custom properties documented but not used`).to.deep.equal([]);
      const parts = new Set(documented(tag).cssParts?.map((part) => part.name));
      const shown = [...host.shadowRoot!.querySelectorAll('[part]')].flatMap((element) => element.getAttribute('part')!.split(/\s+/));
      expect(
        shown.filter((part) => !parts.has(part)),
        `${tag}: parts shown but not documented`,
      ).to.deep.equal([]);
    }
  });
});

describe('Theme: the registration form’s states in Utrecht’s colours', () => {
  before(loadUtrechtTheme);

  it('shows a failure in the theme’s error alert colours and passes axe', async () => {
    const endpoint = newEndpointId('theme-failure');
    await scriptEndpoint(endpoint, [{ status: 500, body: {} }]);
    const themed = await utrecht(html`<registration-form .event=${await openEvent(endpoint)}></registration-form>`);
    const form = hostOf(themed, 'registration-form') as RegistrationForm;
    fillInAnna(form, { name: 'Anna de Vries', email: 'anna@voorbeeld.nl' });
    submit(form);
    await stateBecomes(form, 'error');
    const failure = form.shadowRoot!.querySelector('.failure')!;
    expect(style(failure).backgroundColor).to.equal(computedFrom(themed, 'background-color', token(themed, '--utrecht-alert-error-background-color')));
    await expect(themed).to.be.accessible();
  });
});

/** The CSS an element's shadow root uses, as text. */
function cssText(root: ShadowRoot): string {
  const rules = (list: CSSRuleList): string[] => [...list].flatMap((rule) => ('cssRules' in rule ? rules((rule as CSSGroupingRule).cssRules) : []).concat(rule.cssText));
  return root.adoptedStyleSheets.flatMap((sheet) => rules(sheet.cssRules)).join('\n');
}

/**
 * A ring of `reach` px around `control` (outline width plus offset) shows whole unless an
 * ancestor inside the element, the element itself included, clips its overflow across it.
 */
function expectNotClipped(control: Element, reach: number, what: string): void {
  const box = control.getBoundingClientRect();
  const ring = { top: box.top - reach, left: box.left - reach, bottom: box.bottom + reach, right: box.right + reach };
  for (let node = parentOf(control); node; node = parentOf(node)) {
    const { overflowX, overflowY } = style(node);
    if (overflowX !== 'visible' || overflowY !== 'visible') {
      const clip = node.getBoundingClientRect();
      const inside = ring.left >= clip.left && ring.right <= clip.right && ring.top >= clip.top && ring.bottom <= clip.bottom;
      expect(inside, `${what}: its focus ring is clipped by <${node.localName}>`).to.equal(true);
    }
    // The outermost element, in the page itself: what the page around it clips is the page's business.
    if (node.getRootNode() === document) break;
  }
}

/** The parent in the composed tree (across a shadow root to its host). */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

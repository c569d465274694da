import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import type { RegistrationForm } from '../../src/elements/registration-form/registration-form.js';
import { loadSeed, readableText } from '../helpers.js';
import { newEndpointId } from '../server/endpoint.js';
import { openEvent, tick } from './registration-form/story.js';
import { canEmulateMedia, computedFrom, everyElement, everythingShown, page, shadowElements, showErrors, style } from './visual.js';

type Media = Parameters<typeof emulateMedia>[0];

/**
 * Turns a visitor's system setting on for a suite. Chromium emulates it; Firefox cannot over
 * WebDriver BiDi yet, so the `firefox-system-settings` group of web-test-runner.config.mjs runs
 * this file in a Firefox whose preferences ask for it; a Firefox without them skips the suite.
 * Returns whether it emulated (and so must switch the setting off again).
 */
async function systemSetting(context: Mocha.Context, query: string, media: Media): Promise<boolean> {
  if (matchMedia(query).matches) return false;
  if (!(await canEmulateMedia())) context.skip();
  await emulateMedia(media);
  expect(matchMedia(query).matches, query).to.equal(true);
  return true;
}

describe('System settings: forced colours (Windows High Contrast)', () => {
  let event: EventData;
  let canvasText: string;
  let highlight: string;
  let emulated = false;
  before(async function () {
    emulated = await systemSetting(this, '(forced-colors: active)', { forcedColors: 'active' });
    event = await openEvent(newEndpointId('forced-colors'), { capacity: 40, remaining: 12 });
    canvasText = computedFrom(document.body, 'color', 'CanvasText');
    highlight = computedFrom(document.body, 'color', 'Highlight');
  });

  after(async () => {
    if (emulated) await emulateMedia({ forcedColors: 'none' });
  });

  const seatsFor = (registration: EventData['registration']) => page(html`<div><seats-badge .event=${{ ...event, registration }}></seats-badge></div>`);

  it('keeps every seats state apart by its words and its marker’s shape, with the badge’s outline visible', async () => {
    const shapes: string[] = [];
    for (const registration of [{ capacity: 40, remaining: 12 }, { capacity: 40, remaining: 2 }, { capacity: 40, remaining: 0 }]) {
      const host = (await seatsFor(registration)).querySelector('seats-badge')!;
      const badge = host.shadowRoot!.querySelector('[part~=badge]')!;
      const marker = host.shadowRoot!.querySelector('[part~=marker]')!;
      expect([style(badge).borderTopStyle, style(badge).borderTopColor]).to.deep.equal(['solid', canvasText]);
      expect(parseFloat(style(badge).borderTopWidth)).to.be.greaterThan(0);
      const filled = style(marker).backgroundColor === canvasText;
      const ringed = parseFloat(style(marker).borderTopWidth) > 0 && style(marker).borderTopColor === canvasText;
      expect(filled || ringed, `${host.getAttribute('state')}: the marker shows in the text colour`).to.equal(true);
      const { width, height } = marker.getBoundingClientRect();
      shapes.push(`${Math.round(width)}×${Math.round(height)} ${filled ? 'filled' : 'ring'} ${style(marker).borderTopLeftRadius}`);
    }
    expect(new Set(shapes).size, `open, few and full differ in shape: ${shapes.join(' | ')}`).to.equal(3);
  });

  it('draws the focus ring in the system’s highlight colour', async () => {
    const root = await page(html`<div>${everyElement(event)}</div>`);
    const form = root.querySelector<RegistrationForm>('registration-form')!;
    await showErrors(form);
    const announcement = root.querySelector('event-announcement')!.shadowRoot!;
    for (const control of [
      form.shadowRoot!.querySelector<HTMLElement>('input[name=name]')!,
      form.shadowRoot!.querySelector<HTMLElement>('button')!,
      form.shadowRoot!.querySelector<HTMLElement>('.error-summary')!,
      announcement.querySelector<HTMLElement>('summary')!,
      announcement.querySelector<HTMLElement>('[part~=map]')!,
    ]) {
      control.focus();
      const { outlineStyle, outlineColor, outlineWidth } = style(control);
      expect([outlineColor, outlineStyle === 'none'], control.localName).to.deep.equal([highlight, false]);
      expect(parseFloat(outlineWidth), control.localName).to.be.greaterThan(0);
    }
  });

  it('marks questions with errors by words and a visible bar, and keeps buttons outlined', async () => {
    const form = (await page(html`<div><registration-form .event=${event}></registration-form></div>`)).querySelector<RegistrationForm>('registration-form')!;
    await showErrors(form);
    const invalid = [...form.shadowRoot!.querySelectorAll('.field.invalid')];
    expect(invalid.length).to.be.greaterThan(0);
    for (const field of invalid) {
      expect(readableText(field.querySelector('[part~=error]')!), 'the error says so in words').to.match(/^Fout: \S/);
      expect([style(field).borderInlineStartStyle, style(field).borderInlineStartColor]).to.deep.equal(['solid', canvasText]);
      expect(parseFloat(style(field).borderInlineStartWidth)).to.be.greaterThan(0);
    }
    const summary = form.shadowRoot!.querySelector('.error-summary')!;
    expect(parseFloat(style(summary).borderTopWidth)).to.be.greaterThan(0);
    const button = form.shadowRoot!.querySelector('button')!;
    expect(parseFloat(style(button).borderTopWidth), 'the button keeps its outline').to.be.greaterThan(0);
    expect(style(button).borderTopColor).to.equal(computedFrom(document.body, 'color', 'ButtonText'));
  });

  it('leaves drawing checkboxes and radios, chosen or not, to the system', async () => {
    const form = (await page(html`<div><registration-form .event=${{ ...event, registration: { ...event.registration, consent: true } }}></registration-form></div>`)).querySelector<RegistrationForm>('registration-form')!;
    const choices = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~=choice]')];
    expect(choices.map((choice) => choice.type)).to.include.members(['radio', 'checkbox']);
    tick(choices.find((choice) => choice.type === 'radio')!);
    tick(choices.find((choice) => choice.type === 'checkbox')!);
    for (const choice of choices) {
      expect([style(choice).appearance, style(choice).forcedColorAdjust], `${choice.type} ${choice.checked ? 'chosen' : 'not chosen'}`).to.deep.equal(['auto', 'auto']);
    }
    expect(choices.filter((choice) => choice.checked)).to.have.length(2);
  });

  it('marks the programme item running now and the announcement’s status with a visible bar', async () => {
    const agenda = (await page(html`<div><event-agenda .event=${await loadSeed()} now="2019-01-29T17:30"></event-agenda></div>`)).querySelector('event-agenda')!;
    const current = agenda.shadowRoot!.querySelector('[part~=current]')!;
    expect([style(current).borderInlineStartStyle, style(current).borderInlineStartColor]).to.deep.equal(['solid', highlight]);
    const announcement = (await page(html`<div><event-announcement .event=${{ ...event, status: 'postponed' }}></event-announcement></div>`)).querySelector('event-announcement')!;
    const status = announcement.shadowRoot!.querySelector('[part~=status]')!;
    expect(parseFloat(style(status).borderInlineStartWidth)).to.be.greaterThan(0);
    expect(style(status).borderInlineStartColor).to.equal(canvasText);
  });
});

describe('System settings: reduced motion', () => {
  let emulated = false;
  before(async function () {
    emulated = await systemSetting(this, '(prefers-reduced-motion: reduce)', { reducedMotion: 'reduce' });
  });

  after(async () => {
    if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('moves nothing: no transition or animation anywhere inside the elements', async () => {
    const event = await openEvent(newEndpointId('motion'));
    const root = await page(html`<div>${everyElement(event)}</div>`);
    await everythingShown(root);
    const moving = [...shadowElements(root), ...root.querySelectorAll('*')].filter((element) => {
      const { transitionDuration, animationName } = style(element);
      return transitionDuration.split(',').some((duration) => parseFloat(duration) > 0) || animationName !== 'none';
    });
    expect(moving.map((element) => element.localName)).to.deep.equal([]);
  });
});

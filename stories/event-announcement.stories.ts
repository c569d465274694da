import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { toJsonLd } from '../src/data/jsonld-write.js';
import type { EventData } from '../src/data/types.js';
import { toSnippet, type SnippetLanguage } from '../src/snippet/snippet.js';
import { seed, upcomingSeed } from './seed.js';
import { utrechtTheme } from './utrecht-theme.js';

interface Args {
  event: EventData;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/event-announcement',
  component: 'event-announcement',
  args: { event: upcomingSeed, lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en', 'en-GB', 'tr', 'ar'] } },
  render: ({ event, lang }) => html`<event-announcement lang=${lang} .event=${event}></event-announcement>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed invitation moved into the future: registration open, limited seats. */
export const Upcoming: Story = {};

/** The seed as it was: 29 January 2019, long past. It says "Deze activiteit is geweest." at the top, and offers no form and no "Zet in je agenda". */
export const AsPublishedIn2019: Story = { args: { event: seed } };

export const English: Story = { args: { lang: 'en-GB' } };

/** Turkish: every word of the announcement and the elements inside it; the event's own text stays Dutch. */
export const Turkish: Story = { args: { lang: 'tr' } };

/** Arabic, right to left: sign-up on the left, the programme's times on the right; Dutch names and addresses isolated. */
export const Arabic: Story = { args: { lang: 'ar' } };

/** A page that says `dir="rtl"` (and Arabic) on a wrapper: the announcement follows it. */
export const InsideARightToLeftPage: Story = {
  render: ({ event }) => html`<div lang="ar" dir="rtl"><event-announcement .event=${event}></event-announcement></div>`,
};

/** In a phone-wide column: the form is below the programme, and "Aanmelden" under the facts jumps there. */
export const Narrow: Story = {
  render: ({ event, lang }) => html`<div style="max-inline-size: 390px"><event-announcement lang=${lang} .event=${event}></event-announcement></div>`,
};

export const Cancelled: Story = { args: { event: { ...upcomingSeed, status: 'cancelled' } } };

/** What a CMS editor pastes: the event as schema.org JSON-LD inside the element. */
export const FromJsonLdChild: Story = {
  render: ({ lang }) => html`<event-announcement lang=${lang}>
    <script type="application/ld+json">
      ${JSON.stringify(toJsonLd(upcomingSeed))}
    </script>
  </event-announcement>`,
};

/** Data the element cannot use: a visible notice naming the problem, for the editor. */
export const BrokenData: Story = {
  args: { event: { ...upcomingSeed, startDate: 'morgen' } },
};

/** An event online: the status says so at the top. */
export const Online: Story = {
  args: {
    event: {
      ...upcomingSeed,
      id: 'story-online',
      status: 'online',
      location: { url: 'https://meet.example.org/samenspel' },
      url: 'https://omziennaarelkaar.nl/agenda/samenspel-online',
    },
  },
};

/** A conference over two days: dates in the header, the programme grouped by day. */
export const TwoDayConference: Story = {
  args: {
    event: {
      id: 'story-conference',
      name: 'Wijkconferentie Overvecht',
      summary: 'Twee dagen over samenwerken in de wijk.',
      startDate: '2099-03-27T09:30',
      endDate: '2099-03-28T13:00',
      location: { name: 'Buurtcentrum De Boog', address: { streetAddress: 'Marshalllaan 2', postalCode: '3527 TK', addressLocality: 'Utrecht' } },
      program: [
        { start: '2099-03-27T09:30', title: 'Opening' },
        { start: '2099-03-27T13:00', end: '2099-03-27T17:00', title: 'Werkplaatsen' },
        { start: '2099-03-28T10:00', title: 'Oogst en afspraken' },
      ],
      registration: { email: 'info@example.org', capacity: 120, remaining: 30 },
    },
  },
};

/** `hide` leaves parts out; a slot replaces one (here the contact line). */
export const HideAndSlots: Story = {
  render: ({ event, lang }) => html`<event-announcement lang=${lang} hide="audience description" .event=${event}>
    <p slot="contact">Vragen? Bel de buurtcoach: 030 123 45 67.</p>
  </event-announcement>`,
};

/** On a page with Utrecht's theme: its font, headings, colours, badge, button and focus ring, inside every element. */
export const UtrechtTheme: Story = { decorators: [utrechtTheme] };

const { description: _description, audience: _audience, program: _program, ...shortSeed } = upcomingSeed;

/**
 * A short announcement pasted as the snippet (`toSnippet`: the plain announcement inside), with
 * the page going on below it. Its plain version ends on screen, so the form starts folded behind
 * "Open het aanmeldformulier": the page does not jump as the announcement takes its place, and
 * the button opens the form with focus in its first field (docs/announcement.md).
 */
export const ShortSnippetFolded: Story = {
  args: { event: shortSeed },
  render: ({ event, lang }) => html`<div style="max-inline-size: 390px">
    ${unsafeHTML(toSnippet(event, { lang: lang.split('-')[0] as SnippetLanguage }))}
    <h2>Meer in de wijk</h2>
    <p>Elke woensdag is er een inloopochtend in het buurthuis.</p>
  </div>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EventData } from '../src/data/types.js';
import { seed } from './seed.js';
import { utrechtTheme } from './utrecht-theme.js';

interface Args {
  event: EventData;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/event-agenda',
  component: 'event-agenda',
  args: { event: seed, lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en', 'en-GB', 'tr', 'ar'] } },
  render: ({ event, lang }) => html`<event-agenda lang=${lang} .event=${event}></event-agenda>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed's programme: five items, Dutch times ("16.00 uur"). */
export const Seed: Story = {};

/** English by locale: "4:00 PM" in en, "16:00" in en-GB. */
export const English: Story = { args: { lang: 'en' } };

/** Turkish: "16:00 – 16:30", "Konuşmacılar"; the programme's own text stays Dutch. */
export const Turkish: Story = { args: { lang: 'tr' } };

/** Arabic, right to left: the time column on the right, times still reading "16:00 – 16:30". */
export const Arabic: Story = { args: { lang: 'ar' } };

/** An event elsewhere keeps its own time zone, whatever the viewer's clock. */
export const InTokyo: Story = {
  args: {
    event: {
      name: 'Community meeting',
      startDate: '2026-03-10T10:00',
      timeZone: 'Asia/Tokyo',
      program: [
        { start: '10:00', title: 'Welcome' },
        { start: '10:30', title: 'Neighbourhood plans', speakers: ['Aiko Tanaka'] },
      ],
    },
  },
};

/** While the event runs, the current item is marked (here the clock is set to 17.30 on the day). */
export const RunningNow: Story = {
  render: ({ event, lang }) => html`<event-agenda lang=${lang} .event=${event} now="2019-01-29T17:30"></event-agenda>`,
};

/** A programme over two days, grouped by day. */
export const TwoDays: Story = {
  args: {
    event: {
      name: 'Wijkconferentie Overvecht',
      startDate: '2026-03-27T09:30',
      endDate: '2026-03-28T13:00',
      program: [
        { start: '2026-03-27T09:30', title: 'Opening', speakers: ['wethouder'] },
        { start: '2026-03-27T13:00', end: '2026-03-27T17:00', title: 'Werkplaatsen', description: 'Vier werkplaatsen tegelijk; kies er één.' },
        { start: '2026-03-28T10:00', title: 'Oogst en afspraken' },
      ],
    },
  },
};

/** On a page with Utrecht's theme: its font, colours and spacing, with the item running now marked. */
export const UtrechtTheme: Story = {
  decorators: [utrechtTheme],
  render: ({ event, lang }) => html`<event-agenda lang=${lang} .event=${event} now="2019-01-29T17:30"></event-agenda>`,
};

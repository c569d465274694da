import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EventData } from '../src/data/types.js';
import { seed } from './seed.js';

interface Args {
  event: EventData;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/event-agenda',
  component: 'event-agenda',
  args: { event: seed, lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en', 'en-GB'] } },
  render: ({ event, lang }) => html`<event-agenda lang=${lang} .event=${event}></event-agenda>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed's programme: five items, Dutch times ("16.00 uur"). */
export const Seed: Story = {};

/** English by locale: "4:00 PM" in en, "16:00" in en-GB. */
export const English: Story = { args: { lang: 'en' } };

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

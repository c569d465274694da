import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { seatKey, updateSeats } from '../src/context/seat-store.js';
import type { EventData } from '../src/data/types.js';
import { seed, upcomingSeed } from './seed.js';
import { utrechtTheme } from './utrecht-theme.js';

interface Args {
  capacity?: number;
  remaining?: number;
  deadline?: string;
  few?: number;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seats-badge',
  component: 'seats-badge',
  args: { lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en', 'tr', 'ar'] } },
  render: ({ capacity, remaining, deadline, few, lang }) =>
    html`<seats-badge
      lang=${lang}
      capacity=${capacity ?? nothing}
      remaining=${remaining ?? nothing}
      deadline=${deadline ?? nothing}
      few=${few ?? nothing}
    ></seats-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Open: Story = { args: { capacity: 40, remaining: 12 } };

/** "12 yer kaldı": Turkish nouns stay singular after a number. */
export const Turkish: Story = { args: { capacity: 40, remaining: 12, lang: 'tr' } };

/** "بقي 12 مقعدًا", right to left: the marker on the right. Arabic counts 11–99 with the singular. */
export const Arabic: Story = { args: { capacity: 40, remaining: 12, lang: 'ar' } };

/** "العدد شبه مكتمل: بقي 3 مقاعد": 3–10 take the plural in Arabic. */
export const ArabicAlmostFull: Story = { args: { capacity: 40, remaining: 3, lang: 'ar' } };
export const AlmostFull: Story = { args: { capacity: 40, remaining: 3 } };
export const Full: Story = { args: { capacity: 40, remaining: 0 } };
export const Closed: Story = { args: { capacity: 40, remaining: 12, deadline: '2019-01-25' } };

/** The seed's case: seats are limited, the number is not published. */
export const Limited: Story = { render: ({ lang }) => html`<seats-badge lang=${lang} .event=${upcomingSeed}></seats-badge>` };

/** Full, but the organiser keeps a waiting list. */
export const WaitingList: Story = {
  render: ({ lang }) =>
    html`<seats-badge lang=${lang} .event=${{ ...upcomingSeed, registration: { capacity: 40, remaining: 0, waitlist: true } }}></seats-badge>`,
};

export const Cancelled: Story = {
  render: ({ lang }) => html`<seats-badge lang=${lang} .event=${{ ...upcomingSeed, status: 'cancelled' as const }}></seats-badge>`,
};

/** The seed as published: it took place on 29 January 2019, so the badge says "Geweest" (state `past`). */
export const SeedAsPublished: Story = { render: ({ lang }) => html`<seats-badge lang=${lang} .event=${seed}></seats-badge>` };

/** Live: `seats-src` answers `{ "capacity": 40, "remaining": 3 }`; polled every `interval` seconds while the page is visible. */
export const Live: Story = {
  render: ({ lang }) => html`<seats-badge lang=${lang} seats-src="fixtures/seats.json" interval="60"></seats-badge>`,
};

const staleEvent: EventData = { ...upcomingSeed, id: 'story-stale', registration: { capacity: 40, remaining: 12 } };

/** The seats endpoint failed several times in a row: the last known number stays, marked in words. */
export const NotCurrent: Story = {
  render: ({ lang }) => html`<seats-badge lang=${lang} .event=${staleEvent}></seats-badge>`,
  play: () => updateSeats(seatKey(staleEvent), { remaining: 4, stale: true }),
};

/** On a page with Utrecht's theme: the badge and status-badge colours per state. */
export const UtrechtTheme: Story = {
  decorators: [utrechtTheme],
  render: ({ lang }) =>
    html`<seats-badge lang=${lang} capacity="40" remaining="12"></seats-badge>
      <seats-badge lang=${lang} capacity="40" remaining="3"></seats-badge>
      <seats-badge lang=${lang} capacity="40" remaining="0"></seats-badge>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { toJsonLd } from '../src/data/jsonld-write.js';
import type { EventData } from '../src/data/types.js';
import { seed, upcomingSeed } from './seed.js';

interface Args {
  event: EventData;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/event-announcement',
  component: 'event-announcement',
  args: { event: upcomingSeed, lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en', 'en-GB'] } },
  render: ({ event, lang }) => html`<event-announcement lang=${lang} .event=${event}></event-announcement>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The seed invitation moved into the future: registration open, limited seats. */
export const Upcoming: Story = {};

/** The seed as it was: 29 January 2019, so registration has closed. */
export const AsPublishedIn2019: Story = { args: { event: seed } };

export const English: Story = { args: { lang: 'en-GB' } };

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

// Every story in stories/, rendered as Storybook renders it and checked with axe: no
// violation in any state a story shows (errors, sending, confirmed, full, stale, …), in
// Chromium and Firefox. Story files are found when the test runs (test/server/stories.mjs),
// so a story added later is tested without touching this file. No story can opt out.
import { expect } from '@open-wc/testing';
import { setProjectAnnotations } from '@storybook/web-components';
import { composeStories } from 'storybook/preview-api';
import preview from '../../.storybook/preview.js';
import { readableText } from '../helpers.js';
import { axeViolations, describeViolations } from './axe.js';
import { quiet, trackRequests } from './quiet.js';
import storyFiles from './story-files.js';

// The project's preview (global decorators, parameters, and embed.js registering every
// element) over the web-components renderer's own defaults, as in Storybook.
const project = setProjectAnnotations([preview]);

/** What this test uses of a composed story: its id, and `run` (loaders, render, play, as in Storybook). */
interface ComposedStory {
  id: string;
  run(context: { canvasElement: HTMLElement }): Promise<void>;
}

describe('every story passes axe', () => {
  let untrack: () => void;
  let canvasElement: HTMLElement;

  before(() => (untrack = trackRequests()));
  after(() => untrack());
  beforeEach(() => {
    // A story starts as when opened on its own, on a fresh page: no draft left by another
    // story's form, no seats learned from another story's answers (the store of seat-store.ts).
    sessionStorage.clear();
    (globalThis as Record<symbol, Map<string, unknown> | undefined>)[Symbol.for('event-elements.seats')]?.clear();
    canvasElement = Object.assign(document.createElement('div'), { id: 'storybook-root' });
    document.body.append(canvasElement);
  });
  afterEach(() => {
    canvasElement.remove();
    sessionStorage.clear();
  });

  it('finds the story files', () => {
    expect(storyFiles.map(({ file }) => file)).to.include.members([
      'stories/event-agenda.stories.ts',
      'stories/event-announcement.stories.ts',
      'stories/registration-form.stories.ts',
      'stories/seats-badge.stories.ts',
    ]);
  });

  for (const { file, module } of storyFiles) {
    describe(file, () => {
      const stories = Object.values(composeStories(module as Parameters<typeof composeStories>[0], project)) as unknown as ComposedStory[];
      it('has stories', () => expect(stories).not.to.be.empty);

      for (const story of stories) {
        it(story.id, async () => {
          // Render (meta and story args, decorators, render), then the play function.
          await story.run({ canvasElement });
          await quiet(canvasElement);
          expect(readableText(canvasElement), 'the story shows nothing').not.to.equal('');
          const violations = await axeViolations(canvasElement);
          if (violations.length) expect.fail(`axe in ${story.id}:\n${describeViolations(violations)}`);
        });
      }
    });
  }
});

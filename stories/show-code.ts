import { toSnippet, type SnippetLanguage, type SnippetTag } from '../src/snippet/snippet.js';

/** What Storybook knows of a story when it shows its code. */
interface ShownStory {
  component?: unknown;
  args: { event?: unknown; lang?: string };
}

const TAGS = ['event-announcement', 'event-agenda', 'seats-badge', 'registration-form'];

/**
 * "Show code" gives what an editor pastes: Storybook would show the element with its attributes
 * only (`<event-announcement lang="nl"></event-announcement>`), without the event the story passes
 * as a property. For a story that renders one of our elements with its event and a language
 * only, the code is the snippet `toSnippet` makes for that event; stories with more on the
 * element (`hide`, a wrapper, a JSON-LD child) keep the code Storybook made.
 */
export function showCode(code: string, { component, args }: ShownStory): string {
  const tag = String(component);
  const simple = new RegExp(`^<${tag}(?: lang="[\\w-]+")?>(?:<!---->|\\s)*</${tag}>$`);
  if (!TAGS.includes(tag) || !args.event || typeof args.event !== 'object' || !simple.test(code.trim())) return code;
  const lang = (args.lang ?? 'nl').split('-')[0] as SnippetLanguage;
  try {
    return toSnippet(args.event, { tag: tag as SnippetTag, lang: ['nl', 'en', 'tr', 'ar'].includes(lang) ? lang : 'nl' });
  } catch {
    return code; // a story of bad data: its code is what it is
  }
}

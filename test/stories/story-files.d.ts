// The types of story-files.js, a module with no file of its own: test/server/stories.mjs
// writes it when a test asks, listing every `stories/**/*.stories.ts` there is then.

/** One story file: its path from the repository root and its exports (CSF: `default` meta, named stories). */
export interface StoryFile {
  file: string;
  module: Record<string, unknown>;
}

declare const storyFiles: StoryFile[];
export default storyFiles;

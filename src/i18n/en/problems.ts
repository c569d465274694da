import type { Problem } from '../../data/types.js';
import { shown } from '../helpers.js';
import type { ProblemTexts } from '../terms.js';

/** The field the problem is in, or the data as a whole. */
const field = ({ path }: Problem) => (path ? `${path}:` : 'The data:');

/** Problems with event data, named in English for the page's editor. */
const problems: ProblemTexts = {
  json: (problem) => `${field(problem)} not valid JSON${problem.value ? ` (${problem.value})` : ''}.`,
  required: (problem) => `${field(problem)} is missing or empty.`,
  type: (problem) => `${field(problem)}${shown(problem.value)} has the wrong form (expected: ${problem.expected}).`,
  date: (problem) => `${field(problem)}${shown(problem.value)} is not an ISO 8601 date (for example 2019-01-29T16:00).`,
  timeZone: (problem) => `${field(problem)}${shown(problem.value)} is not a known time zone (for example Europe/Amsterdam).`,
  enum: (problem) => `${field(problem)}${shown(problem.value)} is not allowed (choose from: ${problem.expected}).`,
  url: (problem) => `${field(problem)}${shown(problem.value)} is not an http or https link.`,
  jsonld: (problem) => `${field(problem)} no schema.org Event found in the JSON-LD.`,
  fetch: (problem) => `${field(problem)} could not be loaded${problem.value ? ` (${problem.value})` : ''}.`,
  missing: () => 'No event data was given (use the event property, the event or src attribute, or a JSON-LD script).',
  'object-attribute': (problem) =>
    `${field(problem)}${shown(problem.value)} is an object passed as text, because the element was not defined yet when the page's framework rendered. Load the elements first, or pass event as a property (see docs/frameworks.md).`,
};

export default problems;

import type { Problem } from '../../data/types.js';
import { shown } from '../helpers.js';
import type { ProblemTexts } from '../terms.js';

/** The field the problem is in, or the data as a whole. */
const field = ({ path }: Problem) => (path ? `${path}:` : 'De gegevens:');

/** Problems with event data, named in Dutch for the page's editor. */
const problems: ProblemTexts = {
  json: (problem) => `${field(problem)} geen geldige JSON${problem.value ? ` (${problem.value})` : ''}.`,
  required: (problem) => `${field(problem)} ontbreekt of is leeg.`,
  type: (problem) => `${field(problem)}${shown(problem.value)} heeft de verkeerde vorm (verwacht: ${problem.expected}).`,
  date: (problem) => `${field(problem)}${shown(problem.value)} is geen datum in ISO 8601-vorm (bijvoorbeeld 2019-01-29T16:00).`,
  timeZone: (problem) => `${field(problem)}${shown(problem.value)} is geen bekende tijdzone (bijvoorbeeld Europe/Amsterdam).`,
  enum: (problem) => `${field(problem)}${shown(problem.value)} is niet toegestaan (kies uit: ${problem.expected}).`,
  url: (problem) => `${field(problem)}${shown(problem.value)} is geen http- of https-link.`,
  jsonld: (problem) => `${field(problem)} geen schema.org Event gevonden in de JSON-LD.`,
  fetch: (problem) => `${field(problem)} laden is mislukt${problem.value ? ` (${problem.value})` : ''}.`,
  missing: () =>
    'Er zijn geen gegevens van de activiteit meegegeven (gebruik de eigenschap event, het attribuut event of src, of een JSON-LD-script).',
  'object-attribute': (problem) =>
    `${field(problem)}${shown(problem.value)} is een object dat als tekst is doorgegeven, omdat het element nog niet bestond toen het framework van de pagina tekende. Laad de elementen eerst, of geef event als eigenschap mee (zie docs/frameworks.md).`,
};

export default problems;

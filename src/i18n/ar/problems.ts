import type { Problem } from '../../data/types.js';
import { shown } from '../helpers.js';
import { isolate } from './elements.js';
import type { ProblemTexts } from '../terms.js';

/** The field the problem is in, or the data as a whole. */
const field = ({ path }: Problem) => (path ? `${isolate(path)}:` : 'البيانات:');
/** What the editor wrote, in Arabic quotation marks and isolated. */
const quoted = (value?: string) => shown(value, (text) => `«${isolate(text)}»`);

/** Problems with event data, named in Arabic for the page's editor; see ./elements.ts for the isolates around data. */
const problems: ProblemTexts = {
  json: (problem) => `${field(problem)} ليس JSON صالحًا${problem.value ? ` (${isolate(problem.value)})` : ''}.`,
  required: (problem) => `${field(problem)} مفقود أو فارغ.`,
  type: (problem) => `${field(problem)}${quoted(problem.value)} ليس بالشكل الصحيح (المتوقع: ${isolate(problem.expected ?? '')}).`,
  date: (problem) => `${field(problem)}${quoted(problem.value)} ليس تاريخًا بصيغة ISO 8601 (مثل ${isolate('2019-01-29T16:00')}).`,
  timeZone: (problem) => `${field(problem)}${quoted(problem.value)} ليس منطقة زمنية معروفة (مثل ${isolate('Europe/Amsterdam')}).`,
  enum: (problem) => `${field(problem)}${quoted(problem.value)} قيمة غير مسموح بها (اختاروا من: ${isolate(problem.expected ?? '')}).`,
  url: (problem) => `${field(problem)}${quoted(problem.value)} ليس رابط http أو https.`,
  jsonld: (problem) => `${field(problem)} لم يُعثر على Event من schema.org في JSON-LD.`,
  fetch: (problem) => `${field(problem)} تعذّر التحميل${problem.value ? ` (${isolate(problem.value)})` : ''}.`,
  missing: () => 'لم تُعطَ بيانات النشاط (استخدموا الخاصية event، أو السمة event أو src، أو سكربت JSON-LD).',
  'object-attribute': (problem) =>
    `${field(problem)}${quoted(problem.value)} كائن مُرِّر كنص، لأن العنصر لم يكن معرّفًا بعد حين رسم إطار عمل الصفحة. حمّلوا العناصر أولًا، أو مرّروا event كخاصية (انظروا ${isolate('docs/frameworks.md')}).`,
};

export default problems;

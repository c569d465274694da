import type { Problem } from '../../data/types.js';
import { shown } from '../helpers.js';
import type { ProblemTexts } from '../terms.js';

/** The field the problem is in, or the data as a whole. */
const field = ({ path }: Problem) => (path ? `${path}:` : 'Veriler:');

/** Problems with event data, named in Turkish for the page's editor; see ./elements.ts for the rules the sentences follow. */
const problems: ProblemTexts = {
  json: (problem) => `${field(problem)} geçerli bir JSON değil${problem.value ? ` (${problem.value})` : ''}.`,
  required: (problem) => `${field(problem)} eksik veya boş.`,
  type: (problem) => `${field(problem)}${shown(problem.value)} yanlış biçimde (beklenen: ${problem.expected}).`,
  date: (problem) => `${field(problem)}${shown(problem.value)} ISO 8601 biçiminde bir tarih değil (örneğin 2019-01-29T16:00).`,
  timeZone: (problem) => `${field(problem)}${shown(problem.value)} bilinen bir saat dilimi değil (örneğin Europe/Amsterdam).`,
  enum: (problem) => `${field(problem)}${shown(problem.value)} izin verilen bir değer değil (şunlardan birini seçin: ${problem.expected}).`,
  url: (problem) => `${field(problem)}${shown(problem.value)} bir http veya https bağlantısı değil.`,
  jsonld: (problem) => `${field(problem)} JSON-LD içinde schema.org Event bulunamadı.`,
  fetch: (problem) => `${field(problem)} yüklenemedi${problem.value ? ` (${problem.value})` : ''}.`,
  missing: () => 'Etkinlik verisi verilmedi (event özelliğini, event veya src niteliğini ya da bir JSON-LD betiğini kullanın).',
  'object-attribute': (problem) =>
    `${field(problem)}${shown(problem.value)} metin olarak aktarılmış bir nesne; sayfanın çatısı (framework) çizdiğinde öğe henüz tanımlı değildi. Önce öğeleri yükleyin ya da event'i özellik olarak verin (bkz. docs/frameworks.md).`,
};

export default problems;

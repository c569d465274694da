import { expect } from '@open-wc/testing';
import { waitUntil } from '../../wait.js';
import { newEndpointId } from '../../server/endpoint.js';
import {
  byLabel,
  errorOf,
  errorSummary,
  everyKindOfQuestion,
  openEvent,
  showForm,
  stateBecomes,
  statusText,
  submit,
  summaryLines,
  typeInto,
} from './story.js';

/** U+2068 … U+2069: a first-strong isolate around data inside an Arabic plain-text message. */
const isolate = (text: string) => `\u2068${text}\u2069`;

const languages = {
  tr: {
    name: 'Ad soyad',
    email: 'E-posta adresi',
    problem: 'Bir sorun var',
    summary: [
      'Adınızı ve soyadınızı yazın',
      'E-posta adresinizi yazın',
      '“Met hoeveel personen kom je?” alanını doldurun',
      '“Eten” için bir seçenek belirleyin',
    ],
    peopleError: 'Hata: “Met hoeveel personen kom je?” alanını doldurun',
    confirmed:
      'Kaydınız tamamlandı (Nieuw) samenspel in de wijk etkinliği için kaydınızı aldık. Fatma Yılmaz adına, fatma@example.org. ' +
      'Sorularınız mı var? Jitske Tiemersma ile iletişime geçin: jitske@omziennaarelkaar.nl.',
  },
  ar: {
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    problem: 'هناك مشكلة',
    summary: [
      'يُرجى إدخال اسمكم',
      'يُرجى إدخال عنوان بريدكم الإلكتروني',
      `يُرجى ملء خانة «${isolate('Met hoeveel personen kom je?')}»`,
      `يُرجى اختيار إجابة في «${isolate('Eten')}»`,
    ],
    peopleError: `خطأ: يُرجى ملء خانة «${isolate('Met hoeveel personen kom je?')}»`,
    confirmed:
      'تم تسجيلكم استلمنا طلب تسجيلكم في (Nieuw) samenspel in de wijk. باسم Fatma Yılmaz، fatma@example.org. ' +
      'لديكم أسئلة؟ تواصلوا مع Jitske Tiemersma عبر البريد الإلكتروني jitske@omziennaarelkaar.nl.',
  },
} as const;

describe('<registration-form> in Turkish and Arabic', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  for (const [lang, words] of Object.entries(languages)) {
    it(`${lang}: every error in the visitor's words; questions the event gave only in Dutch keep lang="nl"`, async () => {
      const element = await showForm(await openEvent(newEndpointId('languages'), { fields: everyKindOfQuestion }), { lang });
      const people = byLabel(element, 'Met hoeveel personen kom je?');
      const label = element.shadowRoot!.querySelector(`label[for="${people.id}"] bdi`)!;
      expect(label.getAttribute('lang')).to.equal('nl');
      expect(element.shadowRoot!.querySelector('label[for="field-name"] bdi')!.hasAttribute('lang')).to.equal(false);
      submit(element);
      await waitUntil(() => errorSummary(element), 'no error summary');
      await element.updateComplete;
      expect(errorSummary(element)!.querySelector('h3')!.textContent).to.equal(words.problem);
      expect(summaryLines(element)).to.deep.equal(words.summary);
      expect(errorOf(element, people)).to.equal(words.peopleError);
      await expect(element).to.be.accessible();
    });

    it(`${lang}: says the registration was received, with whom to contact`, async () => {
      const element = await showForm(await openEvent(newEndpointId('languages')), { lang });
      typeInto(byLabel(element, words.name), 'Fatma Yılmaz');
      typeInto(byLabel(element, words.email), 'fatma@example.org');
      submit(element);
      await stateBecomes(element, 'success');
      expect(statusText(element)).to.equal(words.confirmed);
      await expect(element).to.be.accessible();
    });
  }

  it('follows the page to another language after the visitor acted: the summary stays, in the new words once they arrive', async () => {
    const element = await showForm(await openEvent(newEndpointId('languages')), { lang: 'nl' });
    submit(element);
    await waitUntil(() => errorSummary(element), 'no error summary');
    await element.updateComplete;
    expect(errorSummary(element)!.querySelector('h3')!.textContent).to.equal('Er is een probleem');
    // English words for what follows an action are not on this page yet: they are fetched now.
    element.lang = 'en';
    await waitUntil(() => errorSummary(element)?.querySelector('h3')?.textContent === 'There is a problem', 'the summary did not follow the language');
    expect(byLabel(element, 'Name').id).to.equal('field-name');
    await expect(element).to.be.accessible();
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/embed.js';
import type { EventData } from '../../src/data/types.js';
import { deepQuery, loadSeed, readableText, settled } from '../helpers.js';

/**
 * What a visitor reads of the seed invitation in each of the four languages,
 * word for word, on 20 January 2019 (registration open, by e-mail, until 25
 * January). Every word of the elements is in the visitor's language; the
 * event's own text stays the Dutch it was written in.
 */

type Lang = 'nl' | 'en' | 'tr' | 'ar';

interface Words {
  /** The agenda's times, item by item. */
  times: string[];
  /** The speakers line of the fourth item. */
  speakers: string;
  badge: string;
  form: string;
  /** The announcement's words around the event's own text, in order. */
  when: string;
  date: string;
  where: string;
  venue: string;
  hosts: string;
  map: string;
  audience: string;
  program: string;
  registration: string;
  contact: string;
  organizers: string;
  calendar: string;
}

const words: Record<Lang, Words> = {
  nl: {
    times: ['16.00 – 16.30 uur', '16.30 – 17.00 uur', '17.00 – 18.15 uur', '18.15 – 19.00 uur', '19.00 uur'],
    speakers: 'Met: Maarten van Ooijen (wethouder), Sociaal Makelorganisatie DOCK, Nathan Rozema en bestuurder/raad van advieslid Omzien naar Elkaar',
    badge: 'Beperkt aantal plekken',
    form:
      'Aanmelden gaat per e-mail: als je op Aanmelden drukt, opent je e-mailprogramma met je gegevens erin. ' +
      'Naam E-mailadres Organisatie of initiatief (niet verplicht) Ik kom als (niet verplicht) AUDIENCE Opmerkingen (niet verplicht) ' +
      'Laat dit veld leeg Aanmelden',
    when: 'Wanneer',
    date: 'dinsdag 29 januari 2019, 16.00 – 19.00 uur',
    where: 'Waar',
    venue: 'Waarschijnlijke locatie: Rosendael, rode zaal, Indusdreef 5, Utrecht',
    hosts: 'bij Oke Nu en OSO in Overvecht Noord',
    map: 'Bekijk op de kaart',
    audience: 'Voor wie',
    program: 'Programma',
    registration: 'Aanmelden',
    contact: 'Aanmelden vóór 25 januari bij Jitske Tiemersma via jitske@omziennaarelkaar.nl.',
    organizers: 'Georganiseerd door: Omzien naar Elkaar en DOCK',
    calendar: 'Zet in je agenda',
  },
  en: {
    times: ['4:00 PM – 4:30 PM', '4:30 PM – 5:00 PM', '5:00 PM – 6:15 PM', '6:15 PM – 7:00 PM', '7:00 PM'],
    speakers: 'With: Maarten van Ooijen (wethouder), Sociaal Makelorganisatie DOCK, Nathan Rozema, and bestuurder/raad van advieslid Omzien naar Elkaar',
    badge: 'Limited places',
    form:
      'Registration is by email: when you press Register, your email program opens with your details in it. ' +
      'Name Email address Organisation or initiative (optional) I am coming as (optional) AUDIENCE Remarks (optional) ' +
      'Leave this field empty Register',
    when: 'When',
    date: 'Tuesday, January 29, 2019, 4:00 – 7:00 PM',
    where: 'Where',
    venue: 'Probable venue: Rosendael, rode zaal, Indusdreef 5, Utrecht',
    hosts: 'hosted by Oke Nu and OSO in Overvecht Noord',
    map: 'View on a map',
    audience: 'Who it is for',
    program: 'Programme',
    registration: 'Registration',
    contact: 'Register before January 25 with Jitske Tiemersma at jitske@omziennaarelkaar.nl.',
    organizers: 'Organised by: Omzien naar Elkaar and DOCK',
    calendar: 'Add to calendar',
  },
  tr: {
    times: ['16:00 – 16:30', '16:30 – 17:00', '17:00 – 18:15', '18:15 – 19:00', '19:00'],
    speakers: 'Konuşmacılar: Maarten van Ooijen (wethouder), Sociaal Makelorganisatie DOCK, Nathan Rozema ve bestuurder/raad van advieslid Omzien naar Elkaar',
    badge: 'Sınırlı kontenjan',
    form:
      'Kayıt e-posta ile yapılır: Kaydol düğmesine bastığınızda e-posta programınız bilgilerinizle birlikte açılır. ' +
      'Ad soyad E-posta adresi Kuruluş veya girişim (isteğe bağlı) Katılım sıfatınız (isteğe bağlı) AUDIENCE Notlar (isteğe bağlı) ' +
      'Bu alanı boş bırakın Kaydol',
    when: 'Ne zaman',
    date: '29 Ocak 2019 Salı, 16:00–19:00',
    where: 'Nerede',
    venue: 'Muhtemel yer: Rosendael, rode zaal, Indusdreef 5, Utrecht',
    hosts: 'Oke Nu ve OSO ev sahipliğinde, Overvecht Noord semtinde',
    map: 'Haritada göster',
    audience: 'Kimler için',
    program: 'Program',
    registration: 'Kayıt',
    contact: 'Kaydolmak için 25 Ocak tarihinden önce Jitske Tiemersma ile iletişime geçin: jitske@omziennaarelkaar.nl.',
    organizers: 'Düzenleyen: Omzien naar Elkaar ve DOCK',
    calendar: 'Takviminize ekleyin',
  },
  ar: {
    times: ['16:00 – 16:30', '16:30 – 17:00', '17:00 – 18:15', '18:15 – 19:00', '19:00'],
    speakers: 'المتحدثون: Maarten van Ooijen (wethouder) وSociaal Makelorganisatie DOCK وNathan Rozema وbestuurder/raad van advieslid Omzien naar Elkaar',
    badge: 'عدد المقاعد محدود',
    form:
      'يتم التسجيل عبر البريد الإلكتروني: عند الضغط على «تسجيل» يُفتح برنامج بريدكم الإلكتروني وفيه بياناتكم. ' +
      'الاسم البريد الإلكتروني المنظمة أو المبادرة (اختياري) أحضر بصفتي (اختياري) AUDIENCE ملاحظات (اختياري) ' +
      'اتركوا هذه الخانة فارغة تسجيل',
    when: 'الموعد',
    date: 'الثلاثاء، 29 يناير 2019، 16:00–19:00',
    where: 'المكان',
    venue: 'الموقع المرجّح: Rosendael, rode zaal, Indusdreef 5, Utrecht',
    hosts: 'باستضافة Oke Nu وOSO في حي Overvecht Noord',
    map: 'عرض على الخريطة',
    audience: 'لمن هذا النشاط',
    program: 'البرنامج',
    registration: 'التسجيل',
    contact: 'يُرجى التسجيل قبل 25 يناير لدى Jitske Tiemersma عبر البريد الإلكتروني jitske@omziennaarelkaar.nl.',
    organizers: 'تنظيم: Omzien naar Elkaar وDOCK',
    calendar: 'إضافة إلى التقويم',
  },
};

/** The seed's own text, as written: it is never translated. */
function dutchData(seed: EventData) {
  const sections = seed.description as { heading: string; body: string }[];
  return {
    audience: seed.audience!.join(' '),
    description: sections.flatMap(({ heading, body }) => [heading, ...body.split('\n\n')]).join(' '),
  };
}

/**
 * The seed's 18.15 item names its speakers in its description, so the agenda does not repeat them
 * in a "Met: …" line; this copy has no description there, so the line shows.
 */
function withoutSpeakerDescription(seed: EventData): EventData {
  return { ...seed, program: seed.program!.map((item) => (item.speakers ? { ...item, description: undefined } : item)) };
}

/** The agenda's text: a speakers line only where no description names the speakers (the seed's never does without one). */
function agendaText(seed: EventData, { times, speakers }: Words): string {
  return seed
    .program!.flatMap((item, index) => [times[index], item.title, item.description, item.speakers && !item.description && speakers])
    .filter(Boolean)
    .join(' ');
}

describe('what a visitor reads in Dutch, English, Turkish and Arabic', () => {
  let seed: EventData;
  let clock: sinon.SinonFakeTimers;
  before(async () => {
    seed = await loadSeed();
    clock = sinon.useFakeTimers({ now: Date.UTC(2019, 0, 20, 11), toFake: ['Date'] });
  });
  after(() => clock.restore());

  /** What a person reads of the element, which must pass axe in every language. */
  async function read(template: TemplateResult): Promise<string> {
    const element = await fixture(template);
    await settled(element);
    await expect(element).to.be.accessible();
    return readableText(element);
  }

  for (const lang of ['nl', 'en', 'tr', 'ar'] as const) {
    describe(lang, () => {
      const w = words[lang];

      it('<seats-badge>', async () => {
        expect(await read(html`<seats-badge lang=${lang} .event=${seed}></seats-badge>`)).to.equal(w.badge);
      });

      it('<event-agenda>', async () => {
        expect(await read(html`<event-agenda lang=${lang} .event=${seed}></event-agenda>`), 'no repeated speakers').to.equal(agendaText(seed, w));
        const listed = withoutSpeakerDescription(seed);
        expect(await read(html`<event-agenda lang=${lang} .event=${listed}></event-agenda>`), 'the speakers line').to.equal(agendaText(listed, w));
        expect(agendaText(listed, w)).to.contain(w.speakers);
      });

      it('<registration-form>', async () => {
        const text = await read(html`<registration-form lang=${lang} .event=${seed}></registration-form>`);
        expect(text).to.equal(w.form.replace('AUDIENCE', dutchData(seed).audience));
      });

      it('<event-announcement>, with the three inside it', async () => {
        const data = dutchData(seed);
        const text = await read(html`<event-announcement lang=${lang} .event=${seed}></event-announcement>`);
        expect(text).to.equal(
          [
            seed.name,
            seed.summary,
            w.when,
            w.date,
            w.where,
            w.venue,
            w.hosts,
            w.map,
            data.description,
            w.audience,
            data.audience,
            w.program,
            agendaText(seed, w),
            w.registration,
            w.badge,
            w.form.replace('AUDIENCE', data.audience),
            w.contact,
            w.organizers,
            w.calendar,
          ].join(' '),
        );
      });
    });
  }

  it("the notice for bad data, with the problem named for the page's editor in their language", async () => {
    const broken = { ...seed, startDate: 'morgen' };
    const isolate = (text: string) => `\u2068${text}\u2069`;
    const warn = console.warn;
    console.warn = () => {}; // the console gets the English message; the page, the visitor's
    try {
      expect(await read(html`<event-agenda lang="tr" .event=${broken}></event-agenda>`)).to.equal(
        'Bu etkinlik gösterilemedi Bu sayfanın yöneticisi için: startDate: "morgen" ISO 8601 biçiminde bir tarih değil (örneğin 2019-01-29T16:00).',
      );
      expect(await read(html`<event-agenda lang="ar" .event=${broken}></event-agenda>`)).to.equal(
        `تعذّر عرض هذا النشاط إلى المسؤول عن هذه الصفحة: ${isolate('startDate')}: «${isolate('morgen')}» ليس تاريخًا بصيغة ISO 8601 (مثل ${isolate('2019-01-29T16:00')}).`,
      );
    } finally {
      console.warn = warn;
    }
  });

  it('the element follows the language of the page, and a switch of language, Turkish and Arabic too', async () => {
    const wrapper = await fixture(html`<div lang="tr-TR"><event-announcement .event=${seed}></event-announcement></div>`);
    const element = wrapper.querySelector('event-announcement')!;
    await settled(element);
    expect(readableText(deepQuery(element, 'header dd')!)).to.equal(words.tr.date);
    wrapper.setAttribute('lang', 'ar-MA');
    await Promise.resolve(); // the page's MutationObserver reports the change in a microtask
    await settled(element);
    expect(readableText(deepQuery(element, 'header dd')!)).to.equal(words.ar.date);
    expect(readableText(deepQuery(element, 'seats-badge')!)).to.equal(words.ar.badge);
  });
});

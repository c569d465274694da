import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { EventData } from '../../src/data/types.js';
import { renderMail } from '../mail/render.js';
import { createMailTransport } from '../mail/transport.js';
import type { Mail, MailRegistration, OutgoingMessage } from '../mail/types.js';
import { futureEvent, SEED, within } from './harness.js';

const FROM = 'Aanmelden <aanmelden@voorbeeld.nl>';
const CANCEL_URL = 'https://aanmelden.voorbeeld.nl/afmelden/abc123?t=zeker&amp=x';
const ORGANISER_URL = 'https://aanmelden.voorbeeld.nl/organiser/samenspel-in-de-wijk-2019-01-29';
const COUNTS = { capacity: 40, confirmed: 12, waiting: 3, remaining: 28 };
const LANGUAGES = ['nl', 'en', 'tr', 'ar'] as const;

/** A visitor, signed up in `locale`. */
function visitor(extra: Partial<MailRegistration> = {}): MailRegistration {
  return {
    id: '7d0c1b7e-0000-4000-8000-000000000001',
    name: 'Fatima Yılmaz',
    email: 'fatima@voorbeeld.nl',
    organization: 'Buurthuis Overvecht',
    role: 'sociaal makelaar',
    remarks: null,
    answers: {},
    locale: 'nl',
    status: 'confirmed',
    createdAt: new Date('2019-01-20T08:12:00Z'),
    ...extra,
  };
}

/** One mail of each kind about `event`, for `registration`. */
function mails(event: EventData, registration: MailRegistration): Record<string, Mail> {
  return {
    confirmed: { kind: 'confirmation', event, registration, cancelUrl: CANCEL_URL },
    waitlisted: { kind: 'confirmation', event, registration: { ...registration, status: 'waitlisted' }, cancelUrl: CANCEL_URL },
    promotion: { kind: 'promotion', event, registration, cancelUrl: CANCEL_URL },
    cancelled: { kind: 'cancelled', event, registration: { ...registration, status: 'cancelled' } },
    notice: { kind: 'organiser-notice', event, registration, counts: COUNTS, organiserUrl: ORGANISER_URL },
    digest: {
      kind: 'organiser-digest',
      event,
      registrations: [registration, visitor({ name: 'Henk de Vries', email: 'henk@voorbeeld.nl', status: 'cancelled' })],
      since: new Date('2019-01-19T07:00:00Z'),
      counts: COUNTS,
      organiserUrl: ORGANISER_URL,
    },
  };
}

let outboxId = 0;
const render = (mail: Mail) => renderMail(mail, { from: FROM, messageId: `<outbox-${++outboxId}@aanmelden.voorbeeld.nl>` });

interface Received {
  mail: ParsedMail;
  raw: string;
  from: string;
  to: string[];
}

/**
 * A real SMTP server on a free loopback port that keeps what it is sent. With `auth`, it asks for
 * that user and password; `onRcptTo` and `onData` may refuse.
 */
async function smtpServer(options: { auth?: { user: string; pass: string }; refuse?: Pick<SMTPServerOptions, 'onRcptTo' | 'onData'> } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === options.auth?.user && auth.password === options.auth?.pass) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo: options.refuse?.onRcptTo ?? ((_address, _session, callback) => callback()),
    onData:
      options.refuse?.onData ??
      ((stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks);
          const mail = await simpleParser(raw);
          received.push({ mail, raw: raw.toString('utf8'), from: (session.envelope.mailFrom || { address: '' }).address, to: session.envelope.rcptTo.map((to) => to.address) });
          callback();
        });
      }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(resolve)) };
}

/** An SMTP server for one test, closed after it. */
async function smtpServerForTest(options: Parameters<typeof smtpServer>[0]) {
  const server = await smtpServer(options);
  after(server.close);
  return server;
}

/** Sends `message` through an SMTP server and gives back what it received. */
async function deliver(message: OutgoingMessage): Promise<Received> {
  const server = await (shared ??= smtpServer());
  const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${server.port}`, outboxDir: unused, log: () => undefined });
  try {
    await transport.send(message);
  } finally {
    transport.close();
  }
  return server.received.at(-1)!;
}
let shared: ReturnType<typeof smtpServer> | undefined;
after(async () => (await shared)?.close());
const unused = join(tmpdir(), 'never-written');

const address = (value: AddressObject | AddressObject[] | undefined) => [value ?? []].flat().flatMap((entry) => entry.value.map((one) => one.address));
const attachment = (mail: ParsedMail) => mail.attachments.find((file) => file.filename?.endsWith('.ics'));
const header = (mail: ParsedMail, name: string) => mail.headers.get(name);

/** What each kind says in each language: the subject and a sentence of the text, as a reader sees them. */
const EXPECTED: Record<(typeof LANGUAGES)[number], Record<string, { subject: string; says: string }>> = {
  nl: {
    confirmed: { subject: 'Je bent aangemeld voor (Nieuw) samenspel in de wijk', says: 'Er is een plek voor je.' },
    waitlisted: { subject: 'Je staat op de wachtlijst voor (Nieuw) samenspel in de wijk', says: 'Je staat op de wachtlijst. Je hebt dus nog geen plek.' },
    promotion: { subject: 'Er is een plek voor je bij (Nieuw) samenspel in de wijk', says: 'Nu ben je aangemeld en heb je een plek.' },
    cancelled: { subject: 'Je bent afgemeld voor (Nieuw) samenspel in de wijk', says: 'Je plek is nu vrij voor iemand anders.' },
    notice: { subject: 'Nieuwe aanmelding voor (Nieuw) samenspel in de wijk: Fatima Yılmaz', says: 'Fatima Yılmaz heeft zich aangemeld voor (Nieuw) samenspel in de wijk.' },
    digest: { subject: 'Aanmeldingen voor (Nieuw) samenspel in de wijk: 1 nieuw, 1 afgemeld', says: 'sinds zaterdag 19 januari 2019, 8.00 uur' },
  },
  en: {
    confirmed: { subject: 'You are registered for (Nieuw) samenspel in de wijk', says: 'There is a seat for you.' },
    waitlisted: { subject: 'You are on the waiting list for (Nieuw) samenspel in de wijk', says: 'You are on the waiting list, so you do not have a seat yet.' },
    promotion: { subject: 'A seat is free for you at (Nieuw) samenspel in de wijk', says: 'Now you are registered and have a seat.' },
    cancelled: { subject: 'Your registration for (Nieuw) samenspel in de wijk is cancelled', says: 'Your seat is now free for someone else.' },
    notice: { subject: 'New registration for (Nieuw) samenspel in de wijk: Fatima Yılmaz', says: 'Fatima Yılmaz registered for (Nieuw) samenspel in de wijk.' },
    digest: { subject: 'Registrations for (Nieuw) samenspel in de wijk: 1 new, 1 cancelled', says: 'since Saturday, January 19, 2019, 8:00 AM' },
  },
  tr: {
    confirmed: { subject: 'Kaydınız tamamlandı: (Nieuw) samenspel in de wijk', says: 'Sizin için bir yer ayrıldı.' },
    waitlisted: { subject: 'Yedek listedesiniz: (Nieuw) samenspel in de wijk', says: 'Yedek listedesiniz; yani henüz bir yeriniz yok.' },
    promotion: { subject: 'Size bir yer açıldı: (Nieuw) samenspel in de wijk', says: 'artık kaydınız tamamlandı ve sizin için bir yer ayrıldı.' },
    cancelled: { subject: 'Kaydınız iptal edildi: (Nieuw) samenspel in de wijk', says: 'Yeriniz artık başka biri için boş.' },
    notice: { subject: 'Yeni kayıt: Fatima Yılmaz ((Nieuw) samenspel in de wijk)', says: '(Nieuw) samenspel in de wijk etkinliğine yeni bir kayıt var: Fatima Yılmaz.' },
    digest: { subject: 'Kayıtlar ((Nieuw) samenspel in de wijk): 1 yeni, 1 iptal', says: '19 Ocak 2019 Cumartesi, 8:00 tarihinden bu yana' },
  },
  ar: {
    confirmed: { subject: 'تم تسجيلكم في \u2068(Nieuw) samenspel in de wijk\u2069', says: 'لكم مقعد محجوز.' },
    waitlisted: { subject: 'أنتم على قائمة الانتظار في \u2068(Nieuw) samenspel in de wijk\u2069', says: 'أنتم على قائمة الانتظار، أي ليس لكم مقعد بعد.' },
    promotion: { subject: 'توفّر لكم مقعد في \u2068(Nieuw) samenspel in de wijk\u2069', says: 'والآن تم تسجيلكم ولكم مقعد محجوز.' },
    cancelled: { subject: 'تم إلغاء تسجيلكم في \u2068(Nieuw) samenspel in de wijk\u2069', says: 'أصبح مقعدكم متاحًا لشخص آخر.' },
    notice: { subject: 'تسجيل جديد في \u2068(Nieuw) samenspel in de wijk\u2069: \u2068Fatima Yılmaz\u2069', says: 'وصل تسجيل جديد من \u2068Fatima Yılmaz\u2069' },
    digest: { subject: 'التسجيلات في \u2068(Nieuw) samenspel in de wijk\u2069: جديدة 1، ملغاة 1', says: 'منذ السبت، 19 يناير 2019، الساعة 08:00' },
  },
};

describe('e-mail: what each message says', () => {
  for (const lang of LANGUAGES) {
    it(`arrives in ${lang}: every kind with its subject, text and HTML, a seat with its calendar file`, async () => {
      // The organiser's messages are in the event's language; the visitor's in the one they signed up in.
      const event = { ...SEED, inLanguage: lang } as EventData;
      for (const [name, mail] of Object.entries(mails(event, visitor({ locale: lang })))) {
        const { mail: got, to } = await deliver(render(mail));
        const expected = EXPECTED[lang][name];
        assert.equal(got.subject, expected.subject, `${lang} ${name}: subject`);
        assert.ok(got.text?.includes(expected.says), `${lang} ${name}: the text says "${expected.says}":\n${got.text}`);
        assert.match(String(got.html), new RegExp(`^<!DOCTYPE html>\\n<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`), `${lang} ${name}: html`);
        assert.match(String(got.html), /<h1 [^>]*>[^<]+<\/h1>/, `${lang} ${name}: a heading`);
        assert.equal(header(got, 'auto-submitted'), 'auto-generated', `${lang} ${name}: Auto-Submitted`);
        const organiser = name === 'notice' || name === 'digest';
        assert.deepEqual(to, [organiser ? 'jitske@omziennaarelkaar.nl' : 'fatima@voorbeeld.nl'], `${lang} ${name}: to`);
        const seat = name === 'confirmed' || name === 'promotion';
        assert.equal(Boolean(attachment(got)), seat, `${lang} ${name}: a calendar file only with a seat`);
        if (name !== 'cancelled' && !organiser) {
          assert.ok(got.text?.includes(CANCEL_URL), `${lang} ${name}: the cancel link in the text`);
          assert.ok(String(got.html).includes(`href="${CANCEL_URL.replace(/&/g, '&amp;')}"`), `${lang} ${name}: the cancel link in the HTML`);
        }
      }
    });
  }

  it('tells a Dutch visitor what, when (as the government writes it), where and whom to ask, and how cancelling frees the seat', async () => {
    const { mail } = await deliver(render(mails(SEED, visitor()).confirmed));
    assert.equal(
      mail.text,
      [
        'Je bent aangemeld',
        '',
        'Beste Fatima Yılmaz,',
        '',
        'Je bent aangemeld voor (Nieuw) samenspel in de wijk. Er is een plek voor je.',
        '',
        'Wat: (Nieuw) samenspel in de wijk',
        'Wanneer: dinsdag 29 januari 2019, van 16.00 tot 19.00 uur',
        'Waar: Waarschijnlijke locatie: Rosendael, rode zaal, Indusdreef 5, Utrecht',
        'Op naam van: Fatima Yılmaz, fatima@voorbeeld.nl',
        '',
        'In de bijlage staat de activiteit als agendabestand (.ics). Open het bestand om de activiteit in je agenda te zetten.',
        '',
        'Kun je niet komen?',
        'Meld je dan af met de link hieronder. Dan is je plek vrij voor iemand anders.',
        CANCEL_URL,
        '',
        'Vragen?',
        'Neem contact op met Jitske Tiemersma via jitske@omziennaarelkaar.nl. Je kunt ook antwoorden op deze e-mail.',
        '',
        '-- ',
        'Je krijgt deze e-mail omdat je je hebt aangemeld voor (Nieuw) samenspel in de wijk.',
        '',
      ].join('\n'),
    );
    assert.match(String(mail.html), /<th scope="row"[^>]*>Wanneer<\/th><td[^>]*>dinsdag 29 januari 2019, van 16\.00 tot 19\.00 uur<\/td>/);
    assert.match(String(mail.html), /<a href="mailto:jitske@omziennaarelkaar\.nl"[^>]*><bdi>jitske@omziennaarelkaar\.nl<\/bdi><\/a>/);
    assert.match(String(mail.html), /<a href="[^"]+"[^>]*>Afmelden<\/a>/);
  });

  it('writes Dutch dates and times as the government does, in the event’s time zone whatever the server’s', () => {
    const when = (event: Partial<EventData>) => /Wanneer: (.*)/.exec(render(mails({ ...SEED, ...event }, visitor()).confirmed).text)?.[1];
    assert.equal(when({}), 'dinsdag 29 januari 2019, van 16.00 tot 19.00 uur');
    assert.equal(when({ startDate: '2019-01-29T09:05', endDate: undefined, program: [] }), 'dinsdag 29 januari 2019, 9.05 uur');
    assert.equal(when({ endDate: '2019-01-30T12:30' }), 'van dinsdag 29 januari 2019 16.00 uur tot woensdag 30 januari 2019 12.30 uur');
    assert.equal(when({ startDate: '2019-06-01', endDate: undefined, program: [] }), 'zaterdag 1 juni 2019');
    assert.equal(when({ startDate: '2019-06-01', endDate: '2019-06-02', program: [] }), 'van zaterdag 1 juni 2019 tot en met zondag 2 juni 2019');
    // 16.00 on Curaçao is 20.00 UTC and 21.00 in Amsterdam: the text and the calendar file say the event's own clock.
    const curacao = render(mails({ ...SEED, timeZone: 'America/Curacao' }, visitor()).confirmed);
    assert.match(curacao.text, /Wanneer: dinsdag 29 januari 2019, van 16\.00 tot 19\.00 uur/);
    assert.match(curacao.attachments![0].content, /^DTSTART:20190129T200000Z\r$/m);
  });

  it('attaches the event as a calendar file that a calendar reads: its UID, its start in the event’s time zone, METHOD in the content type', async () => {
    const { mail, raw } = await deliver(render(mails(SEED, visitor()).promotion));
    const file = attachment(mail)!;
    assert.equal(file.filename, 'Nieuw-samenspel-in-de-wijk.ics');
    assert.equal(file.contentType, 'text/calendar');
    const ics = file.content.toString('utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nMETHOD:PUBLISH\r\n/);
    assert.match(ics, /\r\nUID:samenspel-in-de-wijk-2019-01-29@event-elements\r\n/);
    // 16.00 in Amsterdam in winter is 15.00 UTC.
    assert.match(ics, /\r\nDTSTART:20190129T150000Z\r\n/);
    assert.match(ics, /\r\nSUMMARY:\(Nieuw\) samenspel in de wijk\r\n/);
    assert.match(ics, /END:VCALENDAR\r\n$/);
    const contentType = /Content-Type: (text\/calendar[^\r\n]*(?:\r\n[ \t][^\r\n]*)*)/i.exec(raw)?.[1].replace(/\r\n[ \t]+/g, ' ');
    assert.match(contentType ?? '', /text\/calendar; charset=utf-8; method=PUBLISH/i);
  });

  it('sends no calendar file with the waiting list, and says plainly there is no seat yet', () => {
    const message = render(mails(SEED, visitor()).waitlisted);
    assert.equal(message.attachments, undefined);
    assert.match(message.text, /\(Nieuw\) samenspel in de wijk is vol\. Je staat op de wachtlijst\. Je hebt dus nog geen plek\./);
    assert.match(message.text, /Wil je niet meer op de wachtlijst staan\? Meld je dan af met de link hieronder\./);
  });

  it('writes Arabic right to left, with the event’s Latin-script data isolated', async () => {
    const { mail } = await deliver(render(mails(SEED, visitor({ locale: 'ar' })).confirmed));
    assert.match(String(mail.html), /<html lang="ar" dir="rtl">/);
    assert.match(String(mail.html), /<th scope="row" style="[^"]*text-align:right">النشاط<\/th><td[^>]*><bdi>\(Nieuw\) samenspel in de wijk<\/bdi><\/td>/);
    assert.ok(mail.text?.includes('النشاط: \u2068(Nieuw) samenspel in de wijk\u2069'), mail.text);
    assert.ok(mail.text?.includes('الموعد: الثلاثاء، 29 يناير 2019، من الساعة 16:00 إلى الساعة 19:00'), mail.text);
  });

  it('shows the organiser who signed up, with their answers to the event’s own questions labelled as the form asked them', async () => {
    const event: EventData = {
      ...SEED,
      registration: {
        ...SEED.registration,
        waitlist: true,
        fields: [
          { name: 'dieet', label: { nl: 'Dieetwensen', en: 'Dietary needs' } },
          { name: 'ronde', label: { nl: 'Welke ronde?', en: 'Which round?' }, type: 'radio', options: [{ value: 'a', label: { nl: 'Ochtend', en: 'Morning' } }, { value: 'b', label: { nl: 'Middag', en: 'Afternoon' } }] },
          { name: 'thema', label: 'Thema’s', type: 'checkbox', options: ['wonen', 'zorg', 'welzijn'] },
          { name: 'parkeren', label: { nl: 'Ik heb een parkeerkaart nodig', en: 'I need a parking permit' }, type: 'checkbox' },
        ],
      },
    };
    const registration = visitor({ locale: 'en', remarks: 'Ik kom met de rolstoel.\nGraag een plek vooraan.', answers: { dieet: 'vegetarisch', ronde: 'b', thema: ['wonen', 'zorg'], parkeren: true } });
    const { mail } = await deliver(render(mails(event, registration).notice));
    for (const line of [
      'Naam: Fatima Yılmaz',
      'E-mailadres: fatima@voorbeeld.nl',
      'Organisatie: Buurthuis Overvecht',
      'Komt als: sociaal makelaar',
      'Opmerkingen: Ik kom met de rolstoel.\n  Graag een plek vooraan.',
      'Dieetwensen: vegetarisch',
      'Welke ronde?: Middag',
      'Thema’s: wonen en zorg',
      'Ik heb een parkeerkaart nodig: Ja',
      'Status: Aangemeld',
      'Aangemeld op: zondag 20 januari 2019, 9.12 uur',
      'Plekken\nAangemeld: 12 van 40\nNog vrij: 28\nOp de wachtlijst: 3',
      `Alle aanmeldingen zie je op de pagina voor organisatoren:\n${ORGANISER_URL}`,
      'Als je op deze e-mail antwoordt, gaat je antwoord naar Fatima Yılmaz.',
    ]) {
      assert.ok(mail.text?.includes(line), `the notice says "${line}":\n${mail.text}`);
    }
    assert.ok(String(mail.html).includes(`<a href="${ORGANISER_URL}"`), 'the organiser page is linked');
    assert.match(String(mail.html), /Ik kom met de rolstoel\.<br>Graag een plek vooraan\./);
    assert.match(mail.text ?? '', /Je krijgt een e-mail bij elke aanmelding\. .*ORGANISER_NOTICES/);
    // In the event's language when it says one: the same questions in English.
    const english = render(mails({ ...event, inLanguage: 'en' } as EventData, registration).notice).text;
    assert.match(english, /Dietary needs: vegetarisch\nWhich round\?: Afternoon\n/);
    assert.match(english, /I need a parking permit: Yes/);
  });

  it('sums up a day for the organiser: who signed up, who cancelled, the seats, and why they get it', async () => {
    const { mail } = await deliver(render(mails(SEED, visitor()).digest));
    for (const line of [
      'Dit is er veranderd bij (Nieuw) samenspel in de wijk sinds zaterdag 19 januari 2019, 8.00 uur.',
      'Nieuwe aanmeldingen (1)\n- Fatima Yılmaz, fatima@voorbeeld.nl: aangemeld',
      'Afmeldingen (1)\n- Henk de Vries, henk@voorbeeld.nl',
      'Aangemeld: 12 van 40',
      ORGANISER_URL,
      'Je krijgt één keer per dag een overzicht.',
    ]) {
      assert.ok(mail.text?.includes(line), `the digest says "${line}":\n${mail.text}`);
    }
    assert.equal(mail.replyTo, undefined);
    assert.equal(header(mail, 'list-unsubscribe'), undefined);
    const quiet = render({ ...(mails(SEED, visitor()).digest as Extract<Mail, { kind: 'organiser-digest' }>), registrations: [] });
    assert.equal(quiet.subject, 'Aanmeldingen voor (Nieuw) samenspel in de wijk: 0 nieuw, 0 afgemeld');
    assert.match(quiet.text, /Er zijn geen nieuwe aanmeldingen en geen afmeldingen\./);
  });

  it('lets a visitor reply to the event’s contact, and the organiser reply to the visitor', async () => {
    const all = mails(SEED, visitor());
    for (const kind of ['confirmed', 'waitlisted', 'promotion', 'cancelled']) {
      assert.deepEqual(address((await deliver(render(all[kind]))).mail.replyTo), ['jitske@omziennaarelkaar.nl'], kind);
    }
    assert.deepEqual(address((await deliver(render(all.notice))).mail.replyTo), ['fatima@voorbeeld.nl']);
    // An event without any address: no Reply-To, and no line saying a reply reaches someone.
    const anonymous: EventData = { ...SEED, organizers: [{ name: 'DOCK' }], registration: { capacity: 40 } };
    const message = render(mails(anonymous, visitor()).confirmed);
    assert.equal(message.replyTo, undefined);
    assert.doesNotMatch(message.text, /antwoorden op deze e-mail|Vragen\?/);
    assert.throws(() => render(mails(anonymous, visitor()).notice), /names no contact address/);
  });

  it('shows hostile names and event text as text: escaped in HTML, one line in the subject, harmless in plain text', async () => {
    const hostileName = '<img src=x onerror=alert(1)>';
    const event = futureEvent('hostile', { contact: '</p><a href="https://evil.example/">klik</a>' }, {
      name: 'Feest\r\nBcc: iedereen@voorbeeld.nl <script>alert(1)</script>',
      location: { name: '"><svg onload=alert(1)>', address: { streetAddress: 'Straat & Co 1' } },
    });
    const registration = visitor({ name: hostileName, organization: '</td></tr></table><h1>nep</h1>', answers: {} });
    for (const mail of Object.values(mails(event, registration))) {
      const message = render(mail);
      const { mail: got, to } = await deliver(message);
      const html = String(got.html);
      for (const tag of ['<img', '<script', '<svg', '<a href="https://evil', '<h1>nep', '</td></tr></table><h1>']) {
        assert.ok(!html.includes(tag), `${mail.kind}: no ${tag} in the HTML`);
      }
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), `${mail.kind}: the name shows as text`);
      assert.ok(!/\r|\n/.test(got.subject ?? ''), 'the subject is one line');
      assert.match(got.subject ?? '', /Feest Bcc: iedereen@voorbeeld\.nl <script>alert\(1\)<\/script>/);
      assert.equal(header(got, 'bcc'), undefined, 'no Bcc header was smuggled in');
      assert.equal(to.length, 1, 'one recipient');
      if (mail.kind === 'organiser-notice') assert.ok(got.text?.includes(`Naam: ${hostileName}`), 'plain text shows the name as typed');
      if (mail.kind === 'confirmation') assert.ok(got.text?.includes('Waar: "><svg onload=alert(1)>, Straat & Co 1'), 'plain text is not HTML-escaped');
    }
  });

  it('has no images, remote resources or scripts in its HTML', () => {
    for (const mail of Object.values(mails({ ...SEED, url: 'https://voorbeeld.nl/samenspel' }, visitor()))) {
      const { html } = render(mail);
      assert.doesNotMatch(html, /<(img|script|link|style|iframe|object)\b|\bsrc=|url\(|@import/i, mail.kind);
    }
  });
});

describe('e-mail: delivery over SMTP', () => {
  it('logs in when the server asks, and never shows the password', async () => {
    const server = await smtpServerForTest({ auth: { user: 'aanmelden', pass: 'Zeer-Geheim-42' } });
    const transport = createMailTransport({ smtpUrl: `smtp://aanmelden:Zeer-Geheim-42@127.0.0.1:${server.port}`, outboxDir: unused, log: () => undefined });
    after(() => transport.close());
    assert.equal(transport.description, `SMTP 127.0.0.1:${server.port}`);
    await transport.send(render(mails(SEED, visitor()).confirmed));
    assert.equal(server.received.length, 1);
    assert.equal(server.received[0].mail.subject, 'Je bent aangemeld voor (Nieuw) samenspel in de wijk');

    const wrong = createMailTransport({ smtpUrl: `smtp://aanmelden:Fout-Wachtwoord-7@127.0.0.1:${server.port}`, outboxDir: unused, log: () => undefined });
    after(() => wrong.close());
    const error = await wrong.send(render(mails(SEED, visitor()).confirmed)).then(() => undefined, (failure: Error) => failure);
    assert.ok(error, 'a refused login rejects');
    assert.match(error.message, new RegExp(`^SMTP 127\\.0\\.0\\.1:${server.port} did not take message <outbox-\\d+@aanmelden\\.voorbeeld\\.nl>: .*535`));
    assert.doesNotMatch(error.message, /Fout-Wachtwoord-7/);
    assert.equal(server.received.length, 1);
  });

  it('rejects when the server refuses the recipient, saying what the server said', async () => {
    const server = await smtpServerForTest({
      refuse: { onRcptTo: (_address, _session, callback) => callback(Object.assign(new Error('5.1.1 Mailbox does not exist'), { responseCode: 550 })) },
    });
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${server.port}`, outboxDir: unused, log: () => undefined });
    after(() => transport.close());
    await assert.rejects(transport.send(render(mails(SEED, visitor()).confirmed)), /did not take message .*550 5\.1\.1 Mailbox does not exist/);
  });

  it('rejects when the server defers the message (4xx), so the outbox tries again later', async () => {
    const server = await smtpServerForTest({
      refuse: {
        onData: (stream, _session, callback) => {
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 })));
        },
      },
    });
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${server.port}`, outboxDir: unused, log: () => undefined });
    after(() => transport.close());
    await assert.rejects(transport.send(render(mails(SEED, visitor()).confirmed)), /did not take message .*451 4\.3\.0 Try again later/);
  });

  it('rejects at once when nothing listens', async () => {
    const port = await freePort();
    const transport = createMailTransport({ smtpUrl: `smtp://gebruiker:wachtwoord123@127.0.0.1:${port}`, outboxDir: unused, log: () => undefined });
    after(() => transport.close());
    const error = await within(10_000, 'a refused connection', transport.send(render(mails(SEED, visitor()).confirmed)).then(() => undefined, (failure: Error) => failure));
    assert.match(error?.message ?? '', new RegExp(`^SMTP 127\\.0\\.0\\.1:${port} did not take message .*ECONNREFUSED`));
    assert.doesNotMatch(error!.message, /wachtwoord123/);
  });

  it('gives up on a server that connects but never greets, instead of hanging', async () => {
    const sockets = new Set<Socket>();
    const silent: Server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    after(() => {
      for (const socket of sockets) socket.destroy();
      silent.close();
    });
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`, outboxDir: unused, log: () => undefined });
    after(() => transport.close());
    await within(20_000, 'a silent server', assert.rejects(transport.send(render(mails(SEED, visitor()).confirmed)), /Greeting never received/));
  });

  it('refuses an SMTP URL that is none, without repeating it', () => {
    assert.throws(() => createMailTransport({ smtpUrl: 'http://gebruiker:geheim@mail.voorbeeld.nl', outboxDir: unused, log: () => undefined }), (error: Error) => {
      assert.match(error.message, /smtp:\/\/user:password@host:587/);
      assert.doesNotMatch(error.message, /geheim/);
      return true;
    });
    assert.equal(createMailTransport({ smtpUrl: 'smtps://a:b@mail.voorbeeld.nl', outboxDir: unused, log: () => undefined }).description, 'SMTP mail.voorbeeld.nl:465');
    assert.equal(createMailTransport({ smtpUrl: 'smtp://mail.voorbeeld.nl', outboxDir: unused, log: () => undefined }).description, 'SMTP mail.voorbeeld.nl:587');
  });
});

describe('e-mail: .eml files in a folder', () => {
  const folder = () => {
    const parent = mkdtempSync(join(tmpdir(), 'outbox-'));
    after(() => rmSync(parent, { recursive: true, force: true }));
    return join(parent, 'outbox');
  };

  it('writes each message as a file a mail program opens, named by time and Message-ID, and logs where', async () => {
    const dir = folder();
    const logs: string[] = [];
    const transport = createMailTransport({ outboxDir: dir, log: (line) => logs.push(line) });
    after(() => transport.close());
    assert.equal(transport.description, `.eml files in ${dir}`);
    const message = renderMail(mails(SEED, visitor()).confirmed, { from: FROM, messageId: '<outbox-42@aanmelden.voorbeeld.nl>' });
    await transport.send(message);
    await transport.send(message);

    const files = readdirSync(dir).sort();
    assert.equal(files.length, 2, `two files, nothing else: ${files}`);
    assert.match(files[0], /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ-outbox-42_aanmelden\.voorbeeld\.nl(-2)?\.eml$/);
    assert.deepEqual([...logs].sort(), files.map((file) => `mail: wrote ${join(dir, file)}`));

    const raw = readFileSync(join(dir, files[0]));
    assert.match(raw.toString('latin1'), /^[^\n]*\r\n/, 'CRLF line ends');
    const parsed = await simpleParser(raw);
    assert.equal(parsed.subject, message.subject);
    assert.equal(parsed.text, message.text);
    assert.equal(parsed.html, message.html);
    assert.equal(parsed.messageId, message.messageId);
    assert.deepEqual(address(parsed.to), ['fatima@voorbeeld.nl']);
    assert.deepEqual(address(parsed.replyTo), ['jitske@omziennaarelkaar.nl']);
    assert.equal(header(parsed, 'auto-submitted'), 'auto-generated');
    assert.equal(attachment(parsed)?.content.toString('utf8'), message.attachments![0].content);
  });

  it('rejects when the file cannot be written', async () => {
    const dir = folder();
    const transport = createMailTransport({ outboxDir: dir, log: () => undefined });
    after(() => transport.close());
    // The folder is gone and a file has its name: no message can go in.
    rmSync(dir, { recursive: true });
    writeFileSync(dir, 'geen map');
    await assert.rejects(transport.send(render(mails(SEED, visitor()).confirmed)), new RegExp(`could not write message <outbox-\\d+@aanmelden\\.voorbeeld\\.nl> to ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: E`));
    assert.ok(existsSync(dir));
  });
});

/** A loopback port nothing listens on. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}


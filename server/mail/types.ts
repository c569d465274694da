import type { EventData } from '../../src/data/types.js';

/*
 * What the outbox (server/outbox.ts) hands the mail module: one message to write, from data the
 * database holds. The outbox decides what to send and when; server/mail/ decides how it reads.
 */

/** A registration as messages show it. */
export interface MailRegistration {
  id: string;
  name: string;
  email: string;
  organization: string | null;
  role: string | null;
  remarks: string | null;
  /** Answers to the event's own questions (`registration.fields`), by field name. */
  answers: Record<string, string | boolean | string[]>;
  /** The language the visitor signed up in: nl, en, tr or ar. */
  locale: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  createdAt: Date;
}

/** Seats as the organiser sees them in a digest. */
export interface MailCounts {
  capacity?: number;
  confirmed: number;
  waiting: number;
  remaining?: number;
}

export type Mail =
  /** To the visitor after signing up: confirmed or on the waiting list. */
  | { kind: 'confirmation'; event: EventData; registration: MailRegistration; cancelUrl: string }
  /** To a visitor who moved up from the waiting list: now confirmed. */
  | { kind: 'promotion'; event: EventData; registration: MailRegistration; cancelUrl: string }
  /** To the visitor after cancelling: it is done. */
  | { kind: 'cancelled'; event: EventData; registration: MailRegistration }
  /** To the event's contact (`registration.email`), one per sign-up (ORGANISER_NOTICES=each). */
  | { kind: 'organiser-notice'; event: EventData; registration: MailRegistration; counts: MailCounts; organiserUrl: string }
  /** To the event's contact, once a day (ORGANISER_NOTICES=daily): sign-ups and cancellations since `since`. */
  | { kind: 'organiser-digest'; event: EventData; registrations: MailRegistration[]; since: Date; counts: MailCounts; organiserUrl: string };

/** A message ready for the transport: nodemailer's message fields, the ones we use. */
export interface OutgoingMessage {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox entry, so a receiver can tell a repeat (`<outbox-42@host>`). */
  messageId: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** Where messages go: an SMTP server, or `.eml` files in a folder. */
export interface MailTransport {
  /** Resolves when the message was accepted (by the SMTP server, or written to disk); rejects otherwise. */
  send(message: OutgoingMessage): Promise<void>;
  /** For the start-up log: `SMTP smtp.example.nl:587` or `.eml files in /…/.data/outbox`. */
  readonly description: string;
  close(): void;
}

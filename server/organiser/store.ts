import type { EventData } from '../../src/data/types.js';
import type { MailCounts } from '../mail/types.js';

/** A registration as the organiser's page lists it. */
export interface RegistrationRow {
  id: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  name: string;
  email: string;
  organization: string | null;
  role: string | null;
  remarks: string | null;
  consent: boolean | null;
  /** Answers to the event's own questions (`registration.fields`), by field name. */
  answers: Record<string, string | boolean | string[]>;
  locale: string | null;
  createdAt: Date;
  cancelledAt: Date | null;
}

/**
 * What the organiser's page may do with an event's registrations (server/registrations.ts does
 * it). `who` is what the audit log names: the client's address. Each action is one transaction
 * under the event's lock, like a sign-up.
 */
export interface OrganiserStore {
  /** Capacity, confirmed, waiting and remaining now. */
  counts(event: EventData): Promise<MailCounts>;
  /** Every registration of the event, cancelled ones too, in the order they came. */
  registrations(event: EventData): Promise<RegistrationRow[]>;
  /** Erases one (personal data and all); its seat goes to the first person waiting. False when there was none. */
  erase(event: EventData, registrationId: string, who: string): Promise<boolean>;
  /** Moves a waiting person up: `full` when no seat is free, `not-waiting` when they are not on the list. */
  promote(event: EventData, registrationId: string, who: string): Promise<'promoted' | 'full' | 'not-waiting'>;
  /** Sends the confirmation (or waiting-list) e-mail again, with a fresh cancel link. False when there is no such active registration. */
  resend(event: EventData, registrationId: string, who: string): Promise<boolean>;
  /** The CSV export, as `GET /api/events/:id/registrations.csv` gives it. */
  csv(event: EventData, who: string): Promise<{ body: string; filename: string }>;
}

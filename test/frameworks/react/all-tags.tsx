/*
 * A React 19 page using every tag, as a partner site writes it: typechecked by
 * `npm run typecheck:frameworks` against the package's `@samenspel/event-elements/react`.
 * Each `@ts-expect-error` is a mistake the types must catch: were the types missing or `any`,
 * the directive itself would fail the check.
 */
import type {} from '@samenspel/event-elements/react';
import type { EventData, RegistrationState, SeatState } from '@samenspel/event-elements';
import { useState } from 'react';

const event: EventData = { name: '(Nieuw) samenspel in de wijk', startDate: '2019-01-29T16:00', registration: { endpoint: '/aanmelden' } };

export function EventPage() {
  const [remaining, setRemaining] = useState<number | undefined>();
  const [state, setState] = useState<RegistrationState | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const [seatState, setSeatState] = useState<SeatState>('open');
  return (
    <main>
      <event-announcement
        event={event}
        hide="audience description"
        no-structured-data
        onseats-change={(e) => setRemaining(e.detail.remaining)}
        onevent-error={(e) => setProblems(e.detail.problems.map((problem) => `${problem.path}: ${problem.message}`))}
      />
      <event-agenda event={JSON.stringify(event)} now="2019-01-29T17:00" heading-level={3} />
      <registration-form
        event={event}
        timeout={30}
        onregistration-submit={(e) => e.detail.respondWith(Promise.resolve({ status: 'confirmed' }))}
        onregistration-success={(e) => setState(e.detail.status === 'waitlisted' ? 'success' : e.target.state)}
        onregistration-error={(e) => setProblems(Object.values(e.detail.errors ?? {}))}
      />
      <seats-badge data-event={JSON.stringify(event)} seats-src="/plaatsen" capacity={40} few={5} onseats-change={(e) => setSeatState(e.detail.state)} />
      <seats-badge src="/activiteit.json" />
      <p>
        {remaining} {state} {seatState} {problems.join(', ')}
      </p>

      {/* @ts-expect-error timeout is a number of seconds, not a word */}
      <registration-form event={event} timeout="soon" />
      {/* @ts-expect-error a heading level is a number */}
      <event-agenda event={event} heading-level="three" />
      {/* @ts-expect-error the detail of seats-change has no `seats` */}
      <seats-badge event={event} onseats-change={(e) => setRemaining(e.detail.seats)} />
      {/* @ts-expect-error a registration's status is confirmed or waitlisted */}
      <registration-form event={event} onregistration-success={(e) => e.detail.status === 'rejected'} />
    </main>
  );
}

// React 19: `event={event}` is set as a property when the element is defined at render time;
// `on<event-name>` props become listeners either way. Defined later, React sets the attribute
// `event="[object Object]"`; `way=ref` sets the property through a ref, which works in both orders.
import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { heardLine, start, theEvent, way } from '../shared.ts';

const event = theEvent();

function App() {
  const [heard, setHeard] = useState([]);
  const hear = (fired) => setHeard((lines) => [...lines, heardLine(fired)]);
  const setEvent = useCallback((element) => {
    if (element) element.event = event;
  }, []);
  const given = way === 'ref' ? { ref: setEvent } : { event };
  return (
    <main>
      <seats-badge {...given} onseats-change={hear}></seats-badge>
      <event-announcement {...given} onregistration-success={hear} onseats-change={hear} onevent-error={hear}></event-announcement>
      <ul id="heard">
        {heard.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </main>
  );
}

// flushSync: rendered for certain before `start` goes on (to define the elements, in the "after" order).
const root = createRoot(document.getElementById('app'));
void start(() => flushSync(() => root.render(<App />)));

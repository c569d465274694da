// Server-rendered React, the documented way (docs/frameworks.md, "Server rendering"): the event
// as JSON text, so the server's HTML carries it; `no-structured-data`, so the element adds no
// child React would not expect; the page's own JSON-LD script, beside the element. Here the
// "server" is react-dom/server in the page, writing the HTML that hydrateRoot then takes over.
// Hydration sets no properties and adds no `on<event>` listeners on custom elements (React 19.3),
// so the listeners are added in an effect.
import { useEffect, useRef, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { toJsonLd } from '../../../src/data/jsonld-write.ts';
import { heardLine, order, theEvent } from '../shared.ts';

const event = theEvent();
/** Resolved by the first effect, once hydration has committed. */
let hydrated;
const whenHydrated = new Promise((resolve) => (hydrated = resolve));
/** JSON for a script element: `<` escaped, so no text in the event can close the script. */
const scriptJson = (data) => JSON.stringify(data).replace(/</g, '\\u003c');

function Page() {
  const [heard, setHeard] = useState([]);
  const hear = (fired) => setHeard((lines) => [...lines, heardLine(fired)]);
  const announcement = useRef(null);
  useEffect(() => {
    const element = announcement.current;
    const types = ['registration-success', 'seats-change', 'event-error'];
    for (const type of types) element.addEventListener(type, hear);
    document.documentElement.dataset.hydrated = '';
    hydrated();
    return () => types.forEach((type) => element.removeEventListener(type, hear));
  }, []);
  return (
    <main>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(toJsonLd(event)) }}></script>
      <event-announcement ref={announcement} no-structured-data event={JSON.stringify(event)}></event-announcement>
      <ul id="heard">
        {heard.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </main>
  );
}

const container = document.getElementById('app');
const recoverable = document.getElementById('recoverable-errors');
container.innerHTML = renderToString(<Page />);
const define = () => import('../../../src/embed.js');
if (order === 'before') await define();
hydrateRoot(container, <Page />, {
  onRecoverableError: (error) => recoverable.append(Object.assign(document.createElement('li'), { textContent: String(error.message) })),
});
await whenHydrated;
if (order === 'after') await define();
document.documentElement.dataset.ready = '';

// Waiting until a rendered story has stopped changing: its elements have rendered, the
// chunks they fetch have arrived, and every request they made has been answered and read.
import { settled } from '../helpers.js';

const inFlight = new Set<Promise<unknown>>();
let realFetch: typeof fetch | undefined;

/**
 * From now on, every `fetch` on the page counts as in flight until its answer's body has
 * arrived (read from a clone, so the caller reads it as before). Returns the undo.
 */
export function trackRequests(): () => void {
  const original = (realFetch = globalThis.fetch);
  globalThis.fetch = (...args: Parameters<typeof fetch>) => {
    const answer = original(...args);
    const done = answer
      .then((response) => response.clone().arrayBuffer())
      .catch(() => undefined)
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
    return answer;
  };
  return () => {
    if (realFetch) globalThis.fetch = realFetch;
    realFetch = undefined;
  };
}

interface Updating {
  isUpdatePending?: boolean;
}

function updatePending(root: Element): boolean {
  const pending = (element: Element): boolean =>
    (element as Element & Updating).isUpdatePending === true || [...(element.shadowRoot?.querySelectorAll('*') ?? []), ...element.querySelectorAll('*')].some(pending);
  return pending(root);
}

/** One turn of the event loop: every promise callback queued so far has run. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Waits until nothing under `root` is rendering or waiting for the network, twice in a row
 * (an answer read often starts a render, and a render may start a request).
 */
export async function quiet(root: Element): Promise<void> {
  for (let calm = 0, round = 0; calm < 2; round++) {
    if (round > 100) throw new Error(`still busy after ${round} rounds: ${inFlight.size} requests in flight, updates pending: ${updatePending(root)}`);
    await Promise.all(inFlight);
    await settled(root);
    await nextTask();
    calm = inFlight.size === 0 && !updatePending(root) ? calm + 1 : 0;
  }
}

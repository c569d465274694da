declare module 'virtual:demo-event' {
  import type { EventData } from '../src/data/types.js';
  const event: EventData;
  export default event;
}

import { html, nothing, render } from 'lit';
import { scriptJson, toJsonLd } from '../../data/jsonld-write.js';
import type { EventData } from '../../data/types.js';

/**
 * Writes (or, without an event, removes) the schema.org JSON-LD of `event` as
 * the last child of `host`, in the page's light DOM where search engines read
 * it. Loaded as its own chunk when an announcement first writes.
 *
 * Through lit's renderer, not `script.textContent`: under Trusted Types a
 * script element's text is a guarded sink, and the one policy such pages
 * allow is lit's. The JSON is a text binding inside the script (never parsed
 * as HTML), and a data block, never run; `scriptJson` keeps it from closing
 * its script all the same.
 *
 * The end tag is written `<\/script>`, the same text to lit: the bundler
 * escapes a `</script` in its output, and in a tagged template that escape
 * would make it build the template object by hand (57 B gzip more).
 */
export function writeStructuredData(host: HTMLElement, event: EventData | undefined): void {
  const json = event && scriptJson(toJsonLd(event));
  render(json ? html`<script type="application/ld+json" data-event-elements>${json}<\/script>` : nothing, host);
}

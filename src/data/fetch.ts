/** The outcome of fetching JSON: the data, or a short English reason for logs and notices. */
export type FetchJsonResult = { ok: true; data: unknown } | { ok: false; reason: string };

/** How long an answer may take, in ms. */
const TIMEOUT = 15000;

/**
 * GETs JSON. The one fetch helper for reading data (event `src`, live seats):
 * never throws, times out, and tells an HTML error page or a 404 apart from
 * bad JSON, because "it did not load" is the first thing an editor needs to know.
 * Aborted by `signal`, it fails too: the caller that aborted knows, and drops the answer.
 */
export async function fetchJson(url: string, { signal }: { signal: AbortSignal }): Promise<FetchJsonResult> {
  const timer = AbortSignal.timeout(TIMEOUT);
  try {
    const response = await fetch(url, {
      // Credentials go with same-origin requests only: fetch's default, so not spelled out.
      headers: { Accept: 'application/json, application/ld+json' },
      signal: AbortSignal.any([signal, timer]),
    });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    if (/html|xml/i.test(type) || /^\s*</.test(text)) return { ok: false, reason: `${type.split(';')[0] || 'markup'} instead of JSON` };
    try {
      return { ok: true, data: JSON.parse(text) };
    } catch {
      return { ok: false, reason: 'not valid JSON' };
    }
  } catch (error) {
    if (timer.aborted) return { ok: false, reason: `no answer within ${TIMEOUT / 1000} s` };
    return { ok: false, reason: error instanceof TypeError ? 'network error' : String(error) };
  }
}

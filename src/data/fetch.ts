/** The outcome of fetching JSON: the data, or a short English reason for logs and notices. */
export type FetchJsonResult = { ok: true; data: unknown } | { ok: false; reason: string; aborted?: boolean };

/**
 * GETs JSON. The one fetch helper for reading data (event `src`, live seats):
 * never throws, times out, and tells an HTML error page or a 404 apart from
 * bad JSON, because "it did not load" is the first thing an editor needs to know.
 */
export async function fetchJson(url: string, { signal, timeout = 15000 }: { signal?: AbortSignal; timeout?: number } = {}): Promise<FetchJsonResult> {
  const timer = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(url, {
      // Credentials go with same-origin requests only: fetch's default, so not spelled out.
      headers: { Accept: 'application/json, application/ld+json' },
      signal: signal ? AbortSignal.any([signal, timer]) : timer,
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
    if (signal?.aborted) return { ok: false, reason: 'aborted', aborted: true };
    if (timer.aborted) return { ok: false, reason: `no answer within ${timeout / 1000} s` };
    return { ok: false, reason: error instanceof TypeError ? 'network error' : String(error) };
  }
}

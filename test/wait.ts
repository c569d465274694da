import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

/**
 * @open-wc's `waitUntil`, allowing 5 s by default instead of its 1 s: under CI's load a fetch, a
 * chunk and a first render in a task of its own once took longer than a second. It resolves as
 * soon as the condition holds, so a passing test waits no longer.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: 5000, ...options });
}

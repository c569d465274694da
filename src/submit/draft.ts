import type { FormValues } from './fields.js';

/** What survives a reload: the answers so far and the idempotency key of the attempt under way. */
export interface Draft {
  values: FormValues;
  /** Kept so a retry after a reload is still the same submission to the server. */
  idempotencyKey?: string;
  /** The request body the key was used for: other answers are another submission, with a new key. */
  keyBody?: string;
}

/**
 * Session storage can be missing or throw (private modes, storage full,
 * sandboxed frames); the form must work without it, so every use goes
 * through here, with the item's key for `eventKey`: a missing or failing
 * storage gives undefined. A missing one throws too (`sessionStorage` is
 * undefined, or not declared on a server), so one `catch` covers both.
 */
function withStorage<T>(eventKey: string, use: (storage: Storage, key: string) => T): T | undefined {
  try {
    return use(sessionStorage, `event-elements:registration:${eventKey}`);
  } catch {
    return undefined;
  }
}

export function loadDraft(eventKey: string): Draft | undefined {
  // JSON.parse reads a missing item (null) as null.
  const draft = withStorage(eventKey, (storage, key) => JSON.parse(storage.getItem(key)!) as Draft | null);
  return draft && typeof draft.values === 'object' && draft.values ? draft : undefined;
}

/** Full or forbidden storage loses only the reload safety net: the visitor keeps typing. */
export function saveDraft(eventKey: string, draft: Draft): void {
  withStorage(eventKey, (storage, key) => storage.setItem(key, JSON.stringify(draft)));
}

export function clearDraft(eventKey: string): void {
  withStorage(eventKey, (storage, key) => storage.removeItem(key));
}

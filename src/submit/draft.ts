import type { FormValues } from './fields.js';

/** What survives a reload: the answers so far and the idempotency key of the attempt under way. */
export interface Draft {
  values: FormValues;
  /** Kept so a retry after a reload is still the same submission to the server. */
  idempotencyKey?: string;
  /** The request body the key was used for: other answers are another submission, with a new key. */
  keyBody?: string;
}

const keyFor = (eventKey: string) => `event-elements:registration:${eventKey}`;

/**
 * Session storage can be missing or throw (private modes, storage full,
 * sandboxed frames); the form must work without it, so every call is guarded.
 */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function loadDraft(eventKey: string): Draft | undefined {
  try {
    const draft = JSON.parse(storage()?.getItem(keyFor(eventKey)) ?? 'null') as Draft | null;
    return draft && typeof draft.values === 'object' && draft.values ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(eventKey: string, draft: Draft): void {
  try {
    storage()?.setItem(keyFor(eventKey), JSON.stringify(draft));
  } catch {
    // Full or forbidden: the visitor keeps typing; only the reload safety net is lost.
  }
}

export function clearDraft(eventKey: string): void {
  try {
    storage()?.removeItem(keyFor(eventKey));
  } catch {
    // As above.
  }
}

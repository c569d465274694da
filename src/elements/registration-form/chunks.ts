import { namespace } from '../../i18n/index.js';
import { lazy } from '../../lazy.js';

/** The form's behaviour and templates: a chunk of its own, fetched when a form first renders. */
export const implementation = lazy(() => import('./form-controller.js'));

/**
 * Fetches what a form in `lang` renders with (its code and its words), for an element that renders
 * one and should not show before it can (the announcement: EventElement, `firstChunks`).
 */
export const formChunks = (lang: string): Promise<unknown> => Promise.allSettled([implementation.load(), namespace(lang, 'form').load()]);

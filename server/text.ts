/**
 * Whether `text` holds only what a person can type. C0 and C1 control characters (NUL and the
 * like) are no part of it, and PostgreSQL refuses NUL outright; tab and line breaks are, in a
 * multi-line answer (`multiline`). A lone surrogate is half a character, which no keyboard makes.
 */
export function isTypedText(text: string, multiline: boolean): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && !(multiline && (code === 0x09 || code === 0x0a || code === 0x0d))) return false;
    if (code >= 0x7f && code <= 0x9f) return false;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      index++;
    } else if (code >= 0xdc00 && code <= 0xdfff) return false;
  }
  return true;
}

/**
 * The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). In a name
 * they reorder what follows, so "evil\u202Efdp.exe" shows as "evilexe.pdf" in the organiser's
 * spreadsheet (CVE-2021-42574 shows the same in source code). The marks U+200E, U+200F and U+061C
 * stay: they only nudge neutral characters, and Arabic and Hebrew text uses them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

import { withoutBidiControls } from './text.js';

/**
 * RFC 4180 CSV for the organiser's spreadsheet. A cell that a spreadsheet would read as a
 * formula (`=`, `+`, `-`, `@`, tab, carriage return first) gets a leading apostrophe: a
 * visitor's "=HYPERLINK(…)" stays text on the organiser's machine (OWASP, CSV injection).
 * Bidirectional controls are taken out (server/text.ts).
 */
export function toCsv(header: string[], rows: unknown[][]): string {
  // The byte-order mark makes Excel read UTF-8, so "Çağlar" and "Zoë" arrive intact.
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
  let text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join('; ') : value instanceof Date ? value.toISOString() : String(value);
  // Also for rows stored before the server took them out: a cell never reorders the ones after it.
  text = withoutBidiControls(text);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

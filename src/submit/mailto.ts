/**
 * A `mailto:` link with subject and body filled in (RFC 6068). The address is
 * left as written (it was checked when the event was parsed); subject and body
 * are percent-encoded, lines joined with CRLF as mail expects.
 */
export function mailtoLink(address: string, subject: string, bodyLines: string[] = []): string {
  const body = bodyLines.length ? `&body=${encodeURIComponent(bodyLines.join('\r\n'))}` : '';
  return `mailto:${address}?subject=${encodeURIComponent(subject)}${body}`;
}

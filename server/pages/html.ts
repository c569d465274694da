/*
 * HTML written on the server. Every value goes through `html`, which escapes it unless it is
 * already `Html` made by `html` itself: data (names, answers, event text) can never become markup.
 */

/** Markup made by `html`: safe to place as it is. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What may stand in a template: text (escaped), markup, a list of either, or nothing. */
export type Content = Html | string | number | false | null | undefined | readonly Content[];

/** `&`, `<`, `>`, `"` and `'` as character references: safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function render(content: Content): string {
  if (content instanceof Html) return content.markup;
  if (Array.isArray(content)) return content.map(render).join('');
  if (content === false || content === null || content === undefined) return '';
  return escapeHtml(String(content));
}

/** A template whose values are escaped: html`<td>${name}</td>`. */
export function html(strings: TemplateStringsArray, ...values: Content[]): Html {
  let markup = strings[0];
  values.forEach((value, index) => (markup += render(value) + strings[index + 1]));
  return new Html(markup);
}

/**
 * Event data and what people typed, isolated from the text around it (`<bdi>`), so a Latin name
 * keeps its punctuation in an Arabic sentence and an Arabic name in a Dutch one.
 */
export const data = (value: string | number): Html => html`<bdi>${value}</bdi>`;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A piece of markup that is already safe: only the page builders make these. */
export interface Html {
  readonly html: string;
}

/** Tagged template that escapes every interpolated value except {@link Html} pieces and arrays of them. */
export function html(strings: TemplateStringsArray, ...values: readonly (string | number | null | undefined | Html | readonly Html[])[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return { html: out };
}

function render(value: string | number | null | undefined | Html | readonly Html[]): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  if (Array.isArray(value)) return value.map((piece: Html) => piece.html).join('');
  return (value as Html).html;
}

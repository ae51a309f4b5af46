/** Escapes text for HTML content and attribute values (both quote kinds), so nothing from the page becomes markup. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

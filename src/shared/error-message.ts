// What an error says, for a message to the person or a report line: an Error's own
// message, anything else thrown (a string, a DOMException-like object) as text.
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

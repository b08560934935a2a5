/**
 * Reads a JSON object sent by a peer: the object, or undefined for anything else (malformed
 * JSON, an array, a number, null). Never throws. The caller checks the size first.
 */
export function parseJsonRecord(data: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

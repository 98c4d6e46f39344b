/** Whether a value is a JSON-style object: not `null`, not an array. Keys are read, never trusted. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Settings the example programs take from their flags and environment: a time zone, a policy id, a
// port. Each is checked once, here, the same way for every example.
import { POLICIES } from 'level-of-care';

/** Whether the runtime knows `value` as an IANA time zone. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The ids of the built-in policies, for messages: `general, medicare-2024, hcpcs-h0015`. */
export const policyIds = (separator = ', '): string =>
  Object.values(POLICIES)
    .map((policy) => policy.id)
    .join(separator);

/**
 * The port in the `PORT` environment variable, `fallback` when it is unset. A value that is not a
 * whole number from 0 to 65535 is reported on standard error with exit code 2, and gives `undefined`.
 */
export function portFromEnvironment(fallback: number): number | undefined {
  const port = Number(process.env['PORT'] ?? fallback);
  if (Number.isInteger(port) && port >= 0 && port <= 65_535) return port;
  console.error(`PORT must be a whole number from 0 to 65535; received ${JSON.stringify(process.env['PORT'])}.`);
  process.exitCode = 2;
  return undefined;
}

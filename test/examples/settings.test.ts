// The settings every example checks the same way: a time zone, the policy ids, the port.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTimeZone, policyIds, portFromEnvironment } from '../../examples/_shared/settings.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('example settings', () => {
  it('knows IANA zones and fixed-offset names, and not a made-up zone', () => {
    expect([isTimeZone('America/New_York'), isTimeZone('UTC'), isTimeZone('Mars/Base'), isTimeZone('')]).toEqual([true, true, false, false]);
  });

  it('lists the built-in policies, with the separator asked for', () => {
    expect(policyIds()).toBe('general, medicare-2024, hcpcs-h0015');
    expect(policyIds('|')).toBe('general|medicare-2024|hcpcs-h0015');
  });

  it('takes PORT when it is a whole number from 0 to 65535, and the fallback when it is unset', () => {
    vi.stubEnv('PORT', '8080');
    expect(portFromEnvironment(3000)).toBe(8080);
    vi.stubEnv('PORT', undefined);
    expect(portFromEnvironment(3000)).toBe(3000);
    expect(process.exitCode).toBeUndefined();
  });

  it.each(['65536', '-1', '80.5', 'http'])('refuses PORT=%s with a message and exit code 2', (port) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubEnv('PORT', port);
    expect(portFromEnvironment(3000)).toBeUndefined();
    expect(error).toHaveBeenCalledWith(`PORT must be a whole number from 0 to 65535; received "${port}".`);
    expect(process.exitCode).toBe(2);
  });
});

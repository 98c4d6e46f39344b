/**
 * The most the library reads or produces in one call. Each is far beyond what a real program
 * reaches, and each is checked before any work is done, so no input — however long, however far
 * apart its dates — can make a call run for minutes or exhaust memory. Input beyond a limit is an
 * `invalid_input` issue that names the limit.
 *
 * @example
 * ```ts
 * import { LIMITS, recommendLevel, type Limits } from 'level-of-care';
 *
 * const limits: Limits = LIMITS;
 * limits.maxListEntries;
 * //=> 10000
 * recommendLevel({}, { availableLevels: Array(limits.maxListEntries + 1).fill('op') }).issues[0]?.path;
 * //=> ['options', 'availableLevels']
 * ```
 *
 * @category Issues
 */
export interface Limits {
  /**
   * Sessions in one schedule, or made by one weekly template (a year of a 1,000-patient program is
   * about 600,000); also issues in one list handed back (`isOk`, `formatIssues`, the FHIR adapters)
   * and resources or Bundle entries read by `sessionsFromFhir`.
   */
  readonly maxSessions: number;
  /** Episodes in one history, and the visits given with it. */
  readonly maxEpisodes: number;
  /** Entries of a list given as an option (available levels, counted statuses, exception dates, custom rules) or of a weekly template. */
  readonly maxListEntries: number;
  /** Years a stay or a template range may span. */
  readonly maxSpanYears: number;
}

/**
 * The limits of every function that takes data; see {@link Limits}.
 *
 * @example
 * ```ts
 * import { LIMITS, validateSchedule } from 'level-of-care';
 *
 * LIMITS.maxSpanYears;
 * //=> 20
 * validateSchedule([], { level: 'iop', timeZone: 'UTC', stay: { start: '0001-01-01', end: '9999-12-31' } }).issues[0]?.path;
 * //=> ['options', 'stay', 'end']
 * ```
 *
 * @category Issues
 */
export const LIMITS: Limits = /* @__PURE__ */ Object.freeze({
  maxSessions: 10_000_000,
  maxEpisodes: 1_000_000,
  maxListEntries: 10_000,
  maxSpanYears: 20,
});

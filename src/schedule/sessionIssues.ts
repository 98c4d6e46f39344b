import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import type { LevelRequirements, Threshold } from '../policies/types.js';
import type { SourceId } from '../sources/data.js';
import { type SessionsRead, sessionRef } from './readSessions.js';

const MINUTE_MS = 60_000;

/** The sources of a threshold as issue sources (a custom policy's own references pass through as given). */
export function thresholdSources(threshold: { readonly sources: Threshold['sources'] }): readonly SourceId[] {
  return threshold.sources as readonly SourceId[];
}

/**
 * `session_too_long` and `session_too_short` warnings for counted sessions outside the policy's
 * bounds on one session's length (a bound is allowed: 480 minutes passes a 480-minute maximum).
 */
export function sessionLengthIssues(
  read: SessionsRead,
  requirements: LevelRequirements,
  ruleBase: string,
): Issue[] {
  const issues: Issue[] = [];
  const max = requirements.sessionMinutes?.max;
  const min = requirements.sessionMinutes?.min;
  if (max === undefined && min === undefined) return issues;
  for (let k = 0; k < read.counted; k++) {
    const startMs = read.start[k] ?? 0;
    const minutes = ((read.end[k] ?? 0) - startMs) / MINUTE_MS;
    const index = read.index[k] ?? 0;
    if (max !== undefined && minutes > max.value) {
      issues.push(
        createIssue(
          'session_too_long',
          { session: sessionRef(index, read.ids[k], startMs, read.clock), minutes, maximum: max.value },
          {
            path: ['sessions', index],
            ruleId: `${ruleBase}/sessionMinutes.max`,
            sources: thresholdSources(max),
            expected: max.value,
            received: minutes,
          },
        ),
      );
    }
    if (min !== undefined && minutes < min.value) {
      issues.push(
        createIssue(
          'session_too_short',
          { session: sessionRef(index, read.ids[k], startMs, read.clock), minutes, minimum: min.value },
          {
            path: ['sessions', index],
            ruleId: `${ruleBase}/sessionMinutes.min`,
            sources: thresholdSources(min),
            expected: min.value,
            received: minutes,
          },
        ),
      );
    }
  }
  return issues;
}

// 2 ** 53, written out: bundlers keep an unused `**` expression.
const SAFE_INTEGER_LIMIT = 9_007_199_254_740_992;

/**
 * Positions of the counted sessions ordered by start (ties by input order). A schedule of a million
 * sessions is sorted often, so when every start fits with its position into one exact float key
 * (whole seconds over a span of decades, for example), one native numeric sort without a comparator
 * does the work; otherwise a comparator sort does.
 */
function orderByStart(start: readonly number[]): Int32Array {
  const count = start.length;
  const order = new Int32Array(count);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let wholeSeconds = true;
  for (const startMs of start) {
    if (startMs < min) min = startMs;
    if (startMs > max) max = startMs;
    if (wholeSeconds && startMs % 1000 !== 0) wholeSeconds = false;
  }
  const unit = wholeSeconds ? 1000 : 1;
  const slots = 2 ** Math.ceil(Math.log2(count + 1));
  if (((max - min) / unit + 1) * slots < SAFE_INTEGER_LIMIT) {
    const keys = new Float64Array(count);
    for (let k = 0; k < count; k++) keys[k] = (((start[k] ?? 0) - min) / unit) * slots + k;
    keys.sort();
    for (let k = 0; k < count; k++) {
      const key = keys[k] ?? 0;
      order[k] = key - Math.floor(key / slots) * slots;
    }
    return order;
  }
  for (let k = 0; k < count; k++) order[k] = k;
  return order.sort((a, b) => (start[a] ?? 0) - (start[b] ?? 0) || a - b);
}

/**
 * `session_overlap` errors: one person cannot attend two sessions at once, so two counted sessions
 * that share time are a booking or documentation error. Sessions that only touch (one ends as the
 * next starts) do not overlap. Each session is compared with the counted session that, among those
 * starting no later, ends last.
 */
export function overlapIssues(read: SessionsRead): Issue[] {
  const issues: Issue[] = [];
  const { counted, start, end, index } = read;
  let sorted = true;
  for (let k = 1; k < counted && sorted; k++) sorted = (start[k] ?? 0) >= (start[k - 1] ?? 0);
  const order = sorted ? undefined : orderByStart(start);
  let latestEnd = Number.NEGATIVE_INFINITY;
  let latest = -1;
  for (let position = 0; position < counted; position++) {
    const k = order === undefined ? position : (order[position] ?? 0);
    const startMs = start[k] ?? 0;
    const endMs = end[k] ?? 0;
    if (startMs < latestEnd && latest >= 0) {
      const sessionIndex = index[k] ?? 0;
      const otherIndex = index[latest] ?? 0;
      const minutes = (Math.min(endMs, latestEnd) - startMs) / MINUTE_MS;
      issues.push(
        createIssue(
          'session_overlap',
          {
            session: sessionRef(sessionIndex, read.ids[k], startMs, read.clock),
            other: sessionRef(otherIndex, read.ids[latest], start[latest] ?? 0, read.clock),
            minutes,
          },
          {
            path: ['sessions', sessionIndex],
            ruleId: 'schedule/sessions-do-not-overlap',
            sources: ['level-of-care-design'],
            expected: 0,
            received: minutes,
          },
        ),
      );
    }
    if (endMs > latestEnd) {
      latestEnd = endMs;
      latest = k;
    }
  }
  return issues;
}

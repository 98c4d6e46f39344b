import { dayNumberToDate } from '../_lib/dayNumber.js';
import { createIssue } from '../issues/createIssue.js';
import type { Issue } from '../issues/types.js';
import type { LevelId } from '../levels/types.js';
import type { LevelRequirements } from '../policies/types.js';
import { SERVICE_TYPES } from '../services/index.js';
import { hoursShown, type WeekTotals } from './buildWeeks.js';
import { thresholdSources } from './sessionIssues.js';
import type { Week } from './types.js';

const HOUR_MS = 3_600_000;
const DAYS_PER_WEEK = 7;

/**
 * The issues of one week against a level's requirements. Thresholds are compared with the exact
 * elapsed time; messages show hours to 2 decimals, rounded away from the bound. A week cut by the stay is not held to
 * weekly minimums (a person admitted on a Thursday cannot have had three service days by Sunday)
 * but is held to maximums and to the minimum of each service day, which a short week does not excuse.
 */
export function weekIssues(
  totals: WeekTotals,
  week: Week,
  requirements: LevelRequirements,
  level: LevelId,
  ruleBase: string,
): Issue[] {
  const issues: Issue[] = [];
  const path = ['weeks', week.weekStart];
  const weekMs = totals.days.reduce((sum, day) => sum + day.ms, 0);

  if (week.partial) {
    issues.push(
      createIssue(
        'week_partial',
        { weekStart: week.weekStart, days: totals.daysInStay },
        { path, expected: DAYS_PER_WEEK, received: totals.daysInStay },
      ),
    );
  }

  const hoursMin = requirements.hoursPerWeek?.min;
  if (hoursMin !== undefined && !week.partial) {
    const bound = hoursMin.value * HOUR_MS;
    if (hoursMin.inclusive ? weekMs < bound : weekMs <= bound) {
      const hours = hoursShown(weekMs, 'below');
      issues.push(
        createIssue(
          'week_hours_below_minimum',
          { weekStart: week.weekStart, level, hours, minimum: hoursMin.value, inclusive: hoursMin.inclusive },
          {
            path,
            ruleId: `${ruleBase}/hoursPerWeek.min`,
            sources: thresholdSources(hoursMin),
            expected: hoursMin.value,
            received: hours,
          },
        ),
      );
    }
  }

  const hoursMax = requirements.hoursPerWeek?.max;
  if (hoursMax !== undefined) {
    const bound = hoursMax.value * HOUR_MS;
    if (hoursMax.inclusive ? weekMs > bound : weekMs >= bound) {
      const hours = hoursShown(weekMs, 'above');
      issues.push(
        createIssue(
          'week_hours_above_maximum',
          { weekStart: week.weekStart, level, hours, maximum: hoursMax.value, inclusive: hoursMax.inclusive },
          {
            path,
            ruleId: `${ruleBase}/hoursPerWeek.max`,
            sources: thresholdSources(hoursMax),
            expected: hoursMax.value,
            received: hours,
          },
        ),
      );
    }
  }

  const dayMinimum = requirements.minHoursPerServiceDay;
  const dayBound = dayMinimum === undefined ? 0 : dayMinimum.value * HOUR_MS;

  const daysMin = requirements.daysPerWeek?.min;
  if (daysMin !== undefined && !week.partial) {
    // With a daily minimum (H0015: 3 h), only days that reach it count towards the days a week needs.
    let qualifying = 0;
    for (const day of totals.days) if (day.ms >= dayBound) qualifying += 1;
    if (qualifying < daysMin.value) {
      issues.push(
        createIssue(
          'week_days_below_minimum',
          {
            weekStart: week.weekStart,
            level,
            days: qualifying,
            minimum: daysMin.value,
            ...(dayMinimum === undefined ? {} : { qualifyingHours: dayMinimum.value }),
          },
          {
            path,
            ruleId: `${ruleBase}/daysPerWeek.min`,
            sources: thresholdSources(daysMin),
            expected: daysMin.value,
            received: qualifying,
          },
        ),
      );
    }
  }

  const daysMax = requirements.daysPerWeek?.max;
  if (daysMax !== undefined && week.days > daysMax.value) {
    issues.push(
      createIssue(
        'week_days_above_maximum',
        { weekStart: week.weekStart, level, days: week.days, maximum: daysMax.value },
        {
          path,
          ruleId: `${ruleBase}/daysPerWeek.max`,
          sources: thresholdSources(daysMax),
          expected: daysMax.value,
          received: week.days,
        },
      ),
    );
  }

  if (dayMinimum !== undefined) {
    for (const day of totals.days) {
      if (day.ms >= dayBound) continue;
      const date = dayNumberToDate(day.day);
      const hours = hoursShown(day.ms, 'below');
      issues.push(
        createIssue(
          'day_hours_below_minimum',
          { date, level, hours, minimum: dayMinimum.value },
          {
            path: ['weeks', week.weekStart, 'serviceDates', date],
            ruleId: `${ruleBase}/minHoursPerServiceDay`,
            sources: thresholdSources(dayMinimum),
            expected: dayMinimum.value,
            received: hours,
          },
        ),
      );
    }
  }

  if (!week.partial) {
    for (const required of requirements.requiredServicesPerWeek ?? []) {
      const s = SERVICE_TYPES.indexOf(required.service);
      const sessions = totals.serviceSessions[s] ?? 0;
      if (sessions >= required.minSessions) continue;
      issues.push(
        createIssue(
          'week_missing_required_service',
          { weekStart: week.weekStart, service: required.service, sessions, minimum: required.minSessions },
          {
            path,
            ruleId: `${ruleBase}/requiredServicesPerWeek.${required.service}`,
            sources: thresholdSources(required),
            expected: required.minSessions,
            received: sessions,
          },
        ),
      );
    }
  }
  return issues;
}

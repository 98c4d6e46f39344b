import { dayNumberOf } from '../_lib/dayNumber.js';
import { zoneClock } from '../_lib/timeZone.js';
import { LevelIdSchema, PopulationSchema } from '../levels/schema.js';
import type { LevelId, Population } from '../levels/types.js';
import { POLICIES, getPolicy } from '../policies/policies.js';
import type { Policy } from '../policies/types.js';
import { UsageError } from './errors.js';

/** Output formats every command accepts. */
export type Format = 'text' | 'json' | 'fhir';

/** Reads `--format`, defaulting to text. */
export function readFormat(value: string | undefined): Format {
  if (value === undefined || value === 'text' || value === 'json' || value === 'fhir') return value ?? 'text';
  throw new UsageError(`--format must be text, json or fhir, not "${value}".`);
}

/** Reads a level id given on the command line. */
export function readLevel(value: string | undefined, flag: string): LevelId | undefined {
  if (value === undefined) return undefined;
  const parsed = LevelIdSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`${flag} must be one of ${LevelIdSchema.options.join(', ')}, not "${value}".`);
  return parsed.data;
}

/** Reads a comma-separated list of level ids; a list that names none is a usage error. */
export function readLevels(value: string | undefined, flag: string): LevelId[] | undefined {
  if (value === undefined) return undefined;
  const levels = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => readLevel(part, flag) as LevelId);
  if (levels.length === 0) throw new UsageError(`${flag} must name at least one level, such as php,iop; "${value}" names none.`);
  return levels;
}

/**
 * Reads a calendar date given on the command line. A date that is not a real `YYYY-MM-DD` day is a
 * usage error here, like a time zone; the same date inside the input would be data.
 */
export function readDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined || dayNumberOf(value) !== undefined) return value;
  throw new UsageError(`${flag} must be a calendar date YYYY-MM-DD such as 2026-03-02, not "${value}".`);
}

/** Reads a population given on the command line. */
export function readPopulation(value: string | undefined): Population | undefined {
  if (value === undefined) return undefined;
  const parsed = PopulationSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--population must be adult or adolescent, not "${value}".`);
  return parsed.data;
}

/** The ids of the built-in policies, for messages. */
export function knownPolicyIds(): string {
  return Object.values(POLICIES)
    .map((policy: Policy) => policy.id)
    .join(', ');
}

/** Reads `--policy`, defaulting to the general policy. */
export function readPolicy(value: string | undefined): Policy {
  if (value === undefined) return POLICIES.general;
  const policy = getPolicy(value);
  if (policy === undefined) throw new UsageError(`--policy must be one of ${knownPolicyIds()}, not "${value}".`);
  return policy;
}

/**
 * Reads `--time-zone`. A zone the runtime does not know is a usage error here; the same name inside
 * the input is data, reported as an `invalid_time_zone` issue.
 */
export function readTimeZone(value: string | undefined): string | undefined {
  if (value === undefined || zoneClock(value) !== undefined) return value;
  throw new UsageError(`--time-zone must be an IANA time zone such as America/New_York, not "${value}".`);
}

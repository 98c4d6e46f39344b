import { type Random, seededRandom } from './random.js';

// Realistic schedules of intensive outpatient programs: 3–6 service days a week, about 12 sessions
// a week in morning, afternoon or evening blocks, in three zones with different DST rules (New York
// and London change on different dates, Sydney in the opposite season). Offsets are computed here
// with Intl directly, independently of the library under test.

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney'] as const;
export type Zone = (typeof ZONES)[number];

interface BenchSession {
  id: string;
  start: string;
  end: string;
  service: string;
  status: string;
  modality: string;
}

export interface PatientWeek {
  id: string;
  timeZone: Zone;
  sessions: BenchSession[];
  /** Whether the zone's UTC offset changes during this week. */
  dstWeek: boolean;
}

export interface Patient {
  id: string;
  timeZone: Zone;
  sessions: BenchSession[];
  /** The same sessions week by week: `sessions` is their concatenation. */
  weeks: BenchSession[][];
  dstWeeks: number;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const SERVICES = ['group', 'individual', 'psychoeducation', 'skills', 'family', 'medication-management', 'case-management', 'peer-support', 'assessment', 'other'];
const SERVICE_WEIGHTS = [45, 15, 12, 10, 5, 4, 3, 4, 1, 1];
const STATUSES = ['scheduled', 'attended', 'cancelled', 'no-show'];
const STATUS_WEIGHTS = [60, 30, 6, 4];
const DURATIONS = [45, 50, 60, 90, 120];
const DURATION_WEIGHTS = [15, 25, 30, 20, 10];
const BLOCK_STARTS = [9 * 60, 13 * 60, 17 * 60];
const BLOCK_WEIGHTS = [60, 20, 20];
// Mondays from 2024-01-01 to 2026-09-28: every patient starts on one of these weeks.
const FIRST_MONDAY = Date.UTC(2024, 0, 1) / DAY_MS;
const MONDAYS = 144;

const formats = new Map<Zone, Intl.DateTimeFormat>();
const offsetCache = new Map<Zone, Map<number, number>>();

/** UTC offset in minutes at an instant; the three zones change offset only on whole UTC hours. */
function offsetMinutes(zone: Zone, instant: number): number {
  let cache = offsetCache.get(zone);
  if (cache === undefined) {
    cache = new Map();
    offsetCache.set(zone, cache);
  }
  const hour = Math.floor(instant / HOUR_MS);
  const known = cache.get(hour);
  if (known !== undefined) return known;
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(hour * HOUR_MS)) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts['year'] ?? 0, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0);
  const offset = Math.round((wall - hour * HOUR_MS) / 60_000);
  cache.set(hour, offset);
  return offset;
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : `${value}`);

/** The UTC offset in minutes at a local wall-clock time (not inside a clock change's gap or overlap). */
function offsetAtWall(zone: Zone, day: number, minuteOfDay: number): number {
  const wall = day * DAY_MS + minuteOfDay * 60_000;
  return offsetMinutes(zone, wall - offsetMinutes(zone, wall) * 60_000);
}

/** `±HH:MM` for an offset in minutes. */
function offsetText(offset: number): string {
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

const hhmm = (minuteOfDay: number): string => `${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;

function ymdOf(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/** Whether the offset at local Monday 00:00 differs from the one a week later. */
function isDstWeek(zone: Zone, monday: number): boolean {
  return offsetAtWall(zone, monday, 0) !== offsetAtWall(zone, monday + 7, 0);
}

function weekSessions(random: Random, zone: Zone, monday: number, idPrefix: string, into: BenchSession[]): void {
  const dayCount = random.weighted([3, 4, 5, 6], [30, 35, 30, 5]);
  const weekdays = [0, 1, 2, 3, 4, 5];
  for (let i = weekdays.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    const swap = weekdays[i] as number;
    weekdays[i] = weekdays[j] as number;
    weekdays[j] = swap;
  }
  const days = weekdays.slice(0, dayCount).sort((a, b) => a - b);
  const total = random.int(10, 14);
  const perDay = days.map(() => Math.floor(total / dayCount));
  for (let r = 0; r < total % dayCount; r++) {
    const k = random.int(0, dayCount - 1);
    perDay[k] = (perDay[k] ?? 0) + 1;
  }
  const blockStart = random.weighted(BLOCK_STARTS, BLOCK_WEIGHTS);
  let k = 0;
  days.forEach((weekday, d) => {
    const day = monday + weekday;
    const ymd = ymdOf(day);
    // Clocks change between 01:00 and 03:00 in these zones, before any session, so one offset
    // (the one at noon) holds for every session of the day.
    const offset = offsetText(offsetAtWall(zone, day, 12 * 60));
    let minute = blockStart;
    for (let s = 0; s < (perDay[d] ?? 0); s++) {
      const duration = random.weighted(DURATIONS, DURATION_WEIGHTS);
      // Evening blocks end before midnight: a shorter session replaces one that would not fit.
      const length = minute + duration >= 24 * 60 ? 24 * 60 - 1 - minute : duration;
      if (length < 30) break;
      into.push({
        id: `${idPrefix}-${k++}`,
        start: `${ymd}T${hhmm(minute)}:00${offset}`,
        end: `${ymd}T${hhmm(minute + length)}:00${offset}`,
        service: random.weighted(SERVICES, SERVICE_WEIGHTS),
        status: random.weighted(STATUSES, STATUS_WEIGHTS),
        modality: random.chance(0.25) ? 'telehealth' : 'in-person',
      });
      minute += length + random.pick([10, 15]);
    }
  });
}

/**
 * Patients with `weeksEach` consecutive program weeks each, deterministic for a seed. The zones take
 * turns unless `timeZone` names one.
 */
export function generatePatients(count: number, weeksEach: number, seed: number, timeZone?: Zone): Patient[] {
  const random = seededRandom(seed);
  const patients: Patient[] = [];
  for (let p = 0; p < count; p++) {
    const zone = timeZone ?? (ZONES[p % ZONES.length] as Zone);
    const firstMonday = FIRST_MONDAY + 7 * random.int(0, MONDAYS - 1);
    const weeks: BenchSession[][] = [];
    let dstWeeks = 0;
    for (let w = 0; w < weeksEach; w++) {
      const monday = firstMonday + 7 * w;
      if (isDstWeek(zone, monday)) dstWeeks++;
      const week: BenchSession[] = [];
      weekSessions(random, zone, monday, `p${p}-w${w}`, week);
      weeks.push(week);
    }
    patients.push({ id: `p${p}`, timeZone: zone, sessions: weeks.flat(), weeks, dstWeeks });
  }
  return patients;
}

/**
 * Patient-weeks one after another (each patient contributes `weeksEach` consecutive weeks), for
 * streaming: the caller writes each one out and keeps none.
 */
export function* patientWeeks(count: number, weeksEach: number, seed: number): Generator<PatientWeek> {
  const random = seededRandom(seed);
  let produced = 0;
  for (let p = 0; produced < count; p++) {
    const timeZone = ZONES[p % ZONES.length] as Zone;
    const firstMonday = FIRST_MONDAY + 7 * random.int(0, MONDAYS - 1);
    for (let w = 0; w < weeksEach && produced < count; w++, produced++) {
      const monday = firstMonday + 7 * w;
      const sessions: BenchSession[] = [];
      weekSessions(random, timeZone, monday, `p${p}-w${w}`, sessions);
      yield { id: `p${p}-w${w}`, timeZone, sessions, dstWeek: isDstWeek(timeZone, monday) };
    }
  }
}

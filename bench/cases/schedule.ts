import { lib } from '../lib/library.js';
import { type Samples, interleaved, median } from '../lib/harness.js';
import { generatePatients } from '../lib/sessions.js';

const SCHEDULE_TARGET_RATIO = 3;

const DAY_MS = 86_400_000;

export interface ScheduleFigures {
  readonly patients: number;
  readonly patientWeeks: number;
  readonly sessions: number;
  readonly dstWeeks: number;
  readonly rounds: number;
  readonly floorMs: number;
  readonly libraryMs: number;
  readonly floorSessionsPerSecond: number;
  readonly librarySessionsPerSecond: number;
  /** median library time / median floor time */
  readonly ratio: number;
  /** median of the per-round ratios */
  readonly ratioOfRounds: number;
  readonly samples: { readonly floor: number[]; readonly library: number[] };
  readonly target: string;
  readonly pass: boolean;
}

export async function scheduleCase(options: { patients: number; weeksEach: number; rounds: number; seed: number; log: (line: string) => void }): Promise<ScheduleFigures> {
  const { log } = options;
  const generated = performance.now();
  const patients = generatePatients(options.patients, options.weeksEach, options.seed);
  let sessions = 0;
  let dstWeeks = 0;
  for (const patient of patients) {
    sessions += patient.sessions.length;
    dstWeeks += patient.dstWeeks;
  }
  log(`  generated ${patients.length} patients × ${options.weeksEach} weeks = ${sessions} sessions (${dstWeeks} DST weeks) in ${((performance.now() - generated) / 1000).toFixed(1)} s`);

  // The least work possible: parse both timestamps of every session and add minutes per UTC week.
  const floor = (): number => {
    let checksum = 0;
    for (const patient of patients) {
      const weeks = new Map<number, number>();
      for (const session of patient.sessions) {
        const start = Date.parse(session.start);
        const end = Date.parse(session.end);
        // Day 0 (1970-01-01) was a Thursday: +3 makes weeks start on Monday.
        const week = Math.floor((start / DAY_MS + 3) / 7);
        weeks.set(week, (weeks.get(week) ?? 0) + (end - start) / 60_000);
      }
      for (const minutes of weeks.values()) checksum += minutes;
    }
    return checksum;
  };

  const library = (): number => {
    let checksum = 0;
    for (const patient of patients) {
      const result = lib.validateSchedule(patient.sessions, { level: 'iop', timeZone: patient.timeZone });
      for (const week of result.weeks) checksum += week.minutes;
      checksum += result.issues.length;
    }
    return checksum;
  };

  // Both sides must have done real work on the same data: the library's minutes equal the sum of
  // the counted (scheduled and attended) sessions' lengths.
  let expectedMinutes = 0;
  let libraryMinutes = 0;
  for (const patient of patients) {
    for (const session of patient.sessions) {
      if (session.status === 'scheduled' || session.status === 'attended') {
        expectedMinutes += (Date.parse(session.end) - Date.parse(session.start)) / 60_000;
      }
    }
    for (const week of lib.validateSchedule(patient.sessions, { level: 'iop', timeZone: patient.timeZone }).weeks) libraryMinutes += week.minutes;
  }
  if (expectedMinutes !== libraryMinutes) throw new Error(`validateSchedule counted ${libraryMinutes} minutes, expected ${expectedMinutes}`);
  log(`  check: validateSchedule counted ${libraryMinutes} minutes, the sum of the counted sessions`);

  const samples: Samples = await interleaved(
    [
      { name: 'floor', run: floor },
      { name: 'validateSchedule', run: library },
    ],
    options.rounds,
    (round) => log(`  round ${round + 1}/${options.rounds}`),
  );
  const floorSamples = samples.get('floor') ?? [];
  const librarySamples = samples.get('validateSchedule') ?? [];
  const floorMs = median(floorSamples);
  const libraryMs = median(librarySamples);
  const ratio = libraryMs / floorMs;
  return {
    patients: patients.length,
    patientWeeks: patients.length * options.weeksEach,
    sessions,
    dstWeeks,
    rounds: options.rounds,
    floorMs,
    libraryMs,
    floorSessionsPerSecond: sessions / (floorMs / 1000),
    librarySessionsPerSecond: sessions / (libraryMs / 1000),
    ratio,
    ratioOfRounds: median(librarySamples.map((value, i) => value / (floorSamples[i] ?? Number.NaN))),
    samples: { floor: floorSamples, library: librarySamples },
    target: `≤ ${SCHEDULE_TARGET_RATIO}× floor`,
    pass: ratio <= SCHEDULE_TARGET_RATIO,
  };
}

import { lib } from '../lib/library.js';
import { type Samples, interleaved, median } from '../lib/harness.js';
import { type Patient, generatePatients } from '../lib/sessions.js';

// validateSchedule is called per patient-week (a weekly audit), per patient (a stay) or once on a
// whole history; each granularity is held to the floor loop over the same calls, and the cost of a
// call before it reads a session is held to its own target.
const RATIO_TARGETS = { week: 2, patient: 2, history: 3 } as const;
const FIXED_COST_TARGET_MICROS = 3;
// The history call is a tenth of the other workloads: repeated so that each timing is as long.
const HISTORY_REPEATS = 10;

const DAY_MS = 86_400_000;

type Granularity = keyof typeof RATIO_TARGETS;

interface Call {
  readonly timeZone: string;
  readonly sessions: readonly { readonly start: string; readonly end: string; readonly status: string }[];
}

/** One way of calling validateSchedule, against the floor loop over the same calls. */
interface GranularityFigures {
  readonly name: Granularity;
  readonly description: string;
  readonly calls: number;
  readonly sessions: number;
  readonly sessionsPerCall: number;
  /** Median time of one pass over the calls (the history call is timed `HISTORY_REPEATS` times per pass). */
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

/** Time per call = fixed + perSession × sessions per call, fitted through the week and patient granularities. */
interface FixedCostFigures {
  /** Median over rounds of the library's fixed cost, µs per call. */
  readonly libraryMicrosPerCall: number;
  readonly libraryMicrosPerSession: number;
  readonly floorMicrosPerCall: number;
  readonly floorMicrosPerSession: number;
  readonly target: string;
  readonly pass: boolean;
}

export interface ScheduleFigures {
  readonly patients: number;
  readonly patientWeeks: number;
  readonly sessions: number;
  readonly dstWeeks: number;
  readonly rounds: number;
  readonly granularities: readonly GranularityFigures[];
  readonly fixedCost: FixedCostFigures;
}

/** The least work possible: parse both timestamps of every session and add minutes per UTC week. */
function floorOf(calls: readonly Call[], repeats: number): () => number {
  return () => {
    let checksum = 0;
    for (let r = 0; r < repeats; r++) {
      for (const call of calls) {
        const weeks = new Map<number, number>();
        for (const session of call.sessions) {
          const start = Date.parse(session.start);
          const end = Date.parse(session.end);
          // Day 0 (1970-01-01) was a Thursday: +3 makes weeks start on Monday.
          const week = Math.floor((start / DAY_MS + 3) / 7);
          weeks.set(week, (weeks.get(week) ?? 0) + (end - start) / 60_000);
        }
        for (const minutes of weeks.values()) checksum += minutes;
      }
    }
    return checksum;
  };
}

function libraryOf(calls: readonly Call[], repeats: number): () => number {
  return () => {
    let checksum = 0;
    for (let r = 0; r < repeats; r++) {
      for (const call of calls) {
        const result = lib.validateSchedule(call.sessions, { level: 'iop', timeZone: call.timeZone });
        for (const week of result.weeks) checksum += week.minutes;
        checksum += result.issues.length;
      }
    }
    return checksum;
  };
}

/**
 * Both sides must do real work on the same data: the minutes validateSchedule counts equal the
 * summed length of the counted (scheduled and attended) sessions.
 */
function checkMinutes(name: string, calls: readonly Call[]): number {
  let expected = 0;
  let counted = 0;
  for (const call of calls) {
    for (const session of call.sessions) {
      if (session.status === 'scheduled' || session.status === 'attended') expected += (Date.parse(session.end) - Date.parse(session.start)) / 60_000;
    }
    for (const week of lib.validateSchedule(call.sessions, { level: 'iop', timeZone: call.timeZone }).weeks) counted += week.minutes;
  }
  if (expected !== counted) throw new Error(`${name}: validateSchedule counted ${counted} minutes, expected ${expected}`);
  return counted;
}

const sessionsIn = (calls: readonly Call[]): number => calls.reduce((sum, call) => sum + call.sessions.length, 0);

export async function scheduleCase(options: { patients: number; weeksEach: number; rounds: number; seed: number; log: (line: string) => void }): Promise<ScheduleFigures> {
  const { log } = options;
  const generated = performance.now();
  const patients: Patient[] = generatePatients(options.patients, options.weeksEach, options.seed);
  // One schedule of as many weeks as all patients have together, in one zone: one call of that size.
  const [history] = generatePatients(1, options.patients * options.weeksEach / 10, options.seed + 1, 'America/New_York');
  if (history === undefined) throw new Error('no history generated');
  const workloads: Record<Granularity, { description: string; calls: Call[]; repeats: number }> = {
    week: { description: 'a call per patient-week', calls: patients.flatMap((patient) => patient.weeks.map((sessions) => ({ timeZone: patient.timeZone, sessions }))), repeats: 1 },
    patient: { description: 'a call per patient', calls: patients, repeats: 1 },
    history: { description: 'one call', calls: [history], repeats: HISTORY_REPEATS },
  };
  const sessions = sessionsIn(patients);
  const dstWeeks = patients.reduce((sum, patient) => sum + patient.dstWeeks, 0);
  log(`  generated ${patients.length} patients × ${options.weeksEach} weeks = ${sessions} sessions (${dstWeeks} DST weeks), and one schedule of ${history.weeks.length} weeks (${history.sessions.length} sessions), in ${((performance.now() - generated) / 1000).toFixed(1)} s`);
  for (const [name, workload] of Object.entries(workloads)) {
    const minutes = checkMinutes(name, workload.calls);
    log(`  check (${name}): validateSchedule counted ${minutes} minutes, the sum of the counted sessions`);
  }

  const names = Object.keys(workloads) as Granularity[];
  const samples: Samples = await interleaved(
    names.flatMap((name) => [
      { name: `${name}/floor`, run: floorOf(workloads[name].calls, workloads[name].repeats) },
      { name: `${name}/library`, run: libraryOf(workloads[name].calls, workloads[name].repeats) },
    ]),
    options.rounds,
    (round) => log(`  round ${round + 1}/${options.rounds}`),
  );
  const samplesOf = (name: string): number[] => samples.get(name) ?? [];

  const granularities = names.map((name): GranularityFigures => {
    const { description, calls, repeats } = workloads[name];
    const floorSamples = samplesOf(`${name}/floor`);
    const librarySamples = samplesOf(`${name}/library`);
    const floorMs = median(floorSamples);
    const libraryMs = median(librarySamples);
    const count = sessionsIn(calls);
    const ratio = libraryMs / floorMs;
    return {
      name,
      description,
      calls: calls.length,
      sessions: count,
      sessionsPerCall: count / calls.length,
      floorMs,
      libraryMs,
      floorSessionsPerSecond: (count * repeats) / (floorMs / 1000),
      librarySessionsPerSecond: (count * repeats) / (libraryMs / 1000),
      ratio,
      ratioOfRounds: median(librarySamples.map((value, i) => value / (floorSamples[i] ?? Number.NaN))),
      samples: { floor: floorSamples, library: librarySamples },
      target: `≤ ${RATIO_TARGETS[name]}× floor`,
      pass: ratio <= RATIO_TARGETS[name],
    };
  });

  // Per round, the line through (sessions per call, µs per call) of the week and patient calls.
  const fit = (side: 'floor' | 'library'): { perCall: number; perSession: number } => {
    const few = workloads.week;
    const many = workloads.patient;
    const fewPerCall = sessionsIn(few.calls) / few.calls.length;
    const manyPerCall = sessionsIn(many.calls) / many.calls.length;
    const perCall: number[] = [];
    const perSession: number[] = [];
    samplesOf(`week/${side}`).forEach((fewMs, round) => {
      const fewMicros = (fewMs * 1000) / few.calls.length;
      const manyMicros = ((samplesOf(`patient/${side}`)[round] ?? Number.NaN) * 1000) / many.calls.length;
      const slope = (manyMicros - fewMicros) / (manyPerCall - fewPerCall);
      perSession.push(slope);
      perCall.push(fewMicros - slope * fewPerCall);
    });
    return { perCall: median(perCall), perSession: median(perSession) };
  };
  const library = fit('library');
  const floor = fit('floor');

  return {
    patients: patients.length,
    patientWeeks: patients.length * options.weeksEach,
    sessions,
    dstWeeks,
    rounds: options.rounds,
    granularities,
    fixedCost: {
      libraryMicrosPerCall: library.perCall,
      libraryMicrosPerSession: library.perSession,
      floorMicrosPerCall: floor.perCall,
      floorMicrosPerSession: floor.perSession,
      target: `≤ ${FIXED_COST_TARGET_MICROS} µs`,
      pass: library.perCall <= FIXED_COST_TARGET_MICROS,
    },
  };
}

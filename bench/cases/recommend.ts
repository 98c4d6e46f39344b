import { Engine, type RuleProperties } from 'json-rules-engine';
import { lib } from '../lib/library.js';
import { type BenchAssessment, factsOf, generateAssessments, withUnknowns } from '../lib/assessments.js';
import { interleaved, median } from '../lib/harness.js';
import { LEVEL_ORDER, PLACEMENT_RULES, levelFromEvents } from './placementRules.js';

const RECOMMEND_TARGET_SPEEDUP = 20;

/** One way of calling recommendLevel, compared with the same rules in json-rules-engine. */
interface RecommendScenario {
  readonly name: string;
  readonly assessments: number;
  readonly rules: number;
  readonly libraryMs: number;
  readonly engineMs: number;
  readonly libraryMicrosPerCall: number;
  readonly engineMicrosPerCall: number;
  /** median engine time / median library time */
  readonly speedup: number;
  readonly speedupOfRounds: number;
  readonly samples: { readonly library: number[]; readonly engine: number[] };
  readonly target: string;
  readonly pass: boolean;
}

export interface RecommendFigures {
  readonly levels: Record<string, number>;
  readonly rounds: number;
  readonly scenarios: readonly RecommendScenario[];
}

// A program's own rule, as a developer would add it to each side: this clinic's IOP does not treat
// co-occurring mental-health conditions.
const CLINIC_RULE_ID = 'clinic-no-iop-for-co-occurring';
const CLINIC_RULE_JSON: RuleProperties = {
  name: CLINIC_RULE_ID,
  conditions: { all: [{ fact: 'coOccurringMentalHealth', operator: 'equal', value: true }] },
  event: { type: 'contraindication', params: { levels: ['iop'] } },
};

interface Contest {
  readonly name: string;
  readonly assessments: readonly unknown[];
  readonly facts: readonly Record<string, unknown>[];
  readonly options: Parameters<typeof lib.recommendLevel>[1];
  readonly engine: Engine;
  readonly rules: number;
}

async function runContest(contest: Contest, rounds: number, log: (line: string) => void, levels: Record<string, number>): Promise<RecommendScenario> {
  const { assessments, facts, options, engine } = contest;
  // Both must choose the same level on every input before either is timed.
  for (let i = 0; i < assessments.length; i++) {
    const ours = lib.recommendLevel(assessments[i] as BenchAssessment, options).level;
    const theirs = levelFromEvents((await engine.run(facts[i])).events);
    if (ours !== theirs) {
      throw new Error(`${contest.name}, input ${i}: recommendLevel chose ${ours}, the json-rules-engine rules chose ${theirs}: ${JSON.stringify(assessments[i])}`);
    }
    levels[ours] = (levels[ours] ?? 0) + 1;
  }
  log(`  ${contest.name}: both chose the same level on all ${assessments.length} assessments`);
  const library = (): number => {
    let checksum = 0;
    for (const assessment of assessments) checksum += lib.recommendLevel(assessment as BenchAssessment, options).trace.length;
    return checksum;
  };
  const rulesEngine = async (): Promise<number> => {
    let checksum = 0;
    for (const fact of facts) checksum += levelFromEvents((await engine.run(fact)).events).length;
    return checksum;
  };
  const samples = await interleaved(
    [
      { name: 'recommendLevel', run: library },
      { name: 'json-rules-engine', run: rulesEngine },
    ],
    rounds,
    (round) => log(`  ${contest.name}: round ${round + 1}/${rounds}`),
    // The agreement check above has already run both over every input.
    false,
  );
  const librarySamples = samples.get('recommendLevel') ?? [];
  const engineSamples = samples.get('json-rules-engine') ?? [];
  const libraryMs = median(librarySamples);
  const engineMs = median(engineSamples);
  const speedup = engineMs / libraryMs;
  return {
    name: contest.name,
    assessments: assessments.length,
    rules: contest.rules,
    libraryMs,
    engineMs,
    libraryMicrosPerCall: (libraryMs * 1000) / assessments.length,
    engineMicrosPerCall: (engineMs * 1000) / assessments.length,
    speedup,
    speedupOfRounds: median(engineSamples.map((value, i) => value / (librarySamples[i] ?? Number.NaN))),
    samples: { library: librarySamples, engine: engineSamples },
    target: `≥ ${RECOMMEND_TARGET_SPEEDUP}× faster`,
    pass: speedup >= RECOMMEND_TARGET_SPEEDUP,
  };
}

/**
 * recommendLevel against the same placement rules in json-rules-engine, on three kinds of input:
 * fully known assessments, intake data with some answers unknown (provisional results), and fully
 * known assessments with one custom rule of the program's own.
 */
export async function recommendCase(options: { count: number; rounds: number; seed: number; log: (line: string) => void }): Promise<RecommendFigures> {
  const { log } = options;
  const known = generateAssessments(options.count, options.seed);
  const provisional = withUnknowns(known, options.seed);
  const availableLevels = [...LEVEL_ORDER];
  const clinicRule = lib.defineRule({
    id: CLINIC_RULE_ID,
    levels: ['iop'],
    effect: 'contraindication',
    summary: 'This program’s IOP does not treat co-occurring mental-health conditions.',
    sources: ['clinic-policy'],
    predicate: (a) => ({ outcome: a.findings.coOccurringMentalHealth, read: ['findings.coOccurringMentalHealth'] }),
  });
  const rules = [clinicRule];
  const contests: Contest[] = [
    {
      name: 'fully known',
      assessments: known,
      facts: known.map(factsOf),
      options: { availableLevels },
      engine: new Engine(PLACEMENT_RULES, { allowUndefinedFacts: false }),
      rules: PLACEMENT_RULES.length,
    },
    {
      // Unknown answers are absent facts: a condition on one is false, as an unknown field sets no
      // floor and excludes nothing in the level recommendLevel computes from the known data.
      name: 'provisional',
      assessments: provisional,
      facts: provisional.map(factsOf),
      options: { availableLevels },
      engine: new Engine(PLACEMENT_RULES, { allowUndefinedFacts: true }),
      rules: PLACEMENT_RULES.length,
    },
    {
      name: 'one custom rule',
      assessments: known,
      facts: known.map(factsOf),
      options: { availableLevels, rules },
      engine: new Engine([...PLACEMENT_RULES, CLINIC_RULE_JSON], { allowUndefinedFacts: false }),
      rules: PLACEMENT_RULES.length + 1,
    },
  ];
  const levels: Record<string, number> = {};
  const scenarios: RecommendScenario[] = [];
  for (const contest of contests) scenarios.push(await runContest(contest, options.rounds, log, levels));
  return { levels, rounds: options.rounds, scenarios };
}

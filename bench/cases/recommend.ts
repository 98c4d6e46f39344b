import { Engine } from 'json-rules-engine';
import { lib } from '../lib/library.js';
import { type BenchAssessment, factsOf, generateAssessments } from '../lib/assessments.js';
import { interleaved, median } from '../lib/harness.js';
import { LEVEL_ORDER, PLACEMENT_RULES, levelFromEvents } from './placementRules.js';

const RECOMMEND_TARGET_SPEEDUP = 100;

export interface RecommendFigures {
  readonly assessments: number;
  readonly rules: number;
  readonly agreement: number;
  readonly levels: Record<string, number>;
  readonly rounds: number;
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

export async function recommendCase(options: { count: number; rounds: number; seed: number; log: (line: string) => void }): Promise<RecommendFigures> {
  const { log } = options;
  const assessments: BenchAssessment[] = generateAssessments(options.count, options.seed);
  const facts = assessments.map(factsOf);
  const availableLevels = [...LEVEL_ORDER];
  const engine = new Engine(PLACEMENT_RULES, { allowUndefinedFacts: false });

  // Both must choose the same level on every input before either is timed.
  const levels: Record<string, number> = {};
  for (let i = 0; i < assessments.length; i++) {
    const ours = lib.recommendLevel(assessments[i] as BenchAssessment, { availableLevels }).level;
    const theirs = levelFromEvents((await engine.run(facts[i])).events);
    if (ours !== theirs) {
      throw new Error(`input ${i}: recommendLevel chose ${ours}, the json-rules-engine rules chose ${theirs}: ${JSON.stringify(assessments[i])}`);
    }
    levels[ours] = (levels[ours] ?? 0) + 1;
  }
  log(`  check: both chose the same level on all ${assessments.length} assessments (${Object.entries(levels).map(([level, n]) => `${level} ${n}`).join(', ')})`);

  const library = (): number => {
    let checksum = 0;
    for (const assessment of assessments) checksum += lib.recommendLevel(assessment, { availableLevels }).trace.length;
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
    options.rounds,
    (round) => log(`  round ${round + 1}/${options.rounds}`),
    // The agreement check above has already run both over every input.
    false,
  );
  const librarySamples = samples.get('recommendLevel') ?? [];
  const engineSamples = samples.get('json-rules-engine') ?? [];
  const libraryMs = median(librarySamples);
  const engineMs = median(engineSamples);
  const speedup = engineMs / libraryMs;
  return {
    assessments: assessments.length,
    rules: PLACEMENT_RULES.length,
    agreement: assessments.length,
    levels,
    rounds: options.rounds,
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

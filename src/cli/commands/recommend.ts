import type { Readable, Writable } from 'node:stream';
import { explainRecommendation } from '../../eligibility/explainRecommendation.js';
import { recommendLevel } from '../../eligibility/recommendLevel.js';
import type { Assessment, Recommendation } from '../../eligibility/types.js';
import { toOperationOutcome } from '../../fhir/toOperationOutcome.js';
import type { FhirOperationOutcome } from '../../fhir/types.js';
import { formatIssues } from '../../issues/formatIssues.js';
import { isOk } from '../../issues/isOk.js';
import type { Issue } from '../../issues/types.js';
import type { LevelId } from '../../levels/types.js';
import type { Policy } from '../../policies/types.js';
import { UsageError } from '../errors.js';
import { batchExitCode, runNdjson, type LineResult } from '../ndjson.js';
import type { Format } from '../options.js';
import { openInput, parseJson, readText } from '../readInput.js';
import { isRecord } from '../../_lib/isRecord.js';

/** Flags of `level-of-care recommend`. */
export interface RecommendFlags {
  readonly policy: Policy;
  readonly availableLevels?: readonly LevelId[] | undefined;
  /** Whether JSON and text output carry the trace of every rule. */
  readonly trace: boolean;
}

/**
 * The assessment in a document: `{ id?, assessment }`, or the assessment itself with an optional
 * `id` beside its fields (the `id` names the line of a batch; it is not a field of an assessment).
 * `recommendLevel` checks the shape.
 */
function assessmentOf(value: unknown): Assessment {
  if (!isRecord(value)) return value as Assessment;
  if (Object.hasOwn(value, 'assessment')) return value['assessment'] as Assessment;
  if (!Object.hasOwn(value, 'id')) return value as Assessment;
  const { id: _id, ...assessment } = value;
  return assessment as Assessment;
}

function recommend(value: unknown, flags: RecommendFlags): Recommendation {
  return recommendLevel(assessmentOf(value), {
    policy: flags.policy,
    ...(flags.availableLevels === undefined ? {} : { availableLevels: flags.availableLevels }),
  });
}

/**
 * The result as JSON output shows it: with its explanation, and without the trace unless asked for
 * (the trace lists every rule, about ten times the size of the rest of the result).
 */
function withExplanation(result: Recommendation, trace: boolean): { readonly issues: readonly Issue[]; readonly [field: string]: unknown } {
  const explanation = explainRecommendation(result);
  if (trace) return { ...result, explanation };
  const { trace: _trace, ...rest } = result;
  return { ...rest, explanation };
}

/** An OperationOutcome that carries the explanation first, then any input issues. */
function outcomeOf(result: Recommendation): FhirOperationOutcome {
  const explanation = { severity: 'information' as const, code: 'informational' as const, diagnostics: explainRecommendation(result) };
  return { resourceType: 'OperationOutcome', issue: [explanation, ...(result.issues.length === 0 ? [] : toOperationOutcome(result.issues).issue)] };
}

function traceLines(result: Recommendation): string[] {
  return [
    'Trace (every rule, in catalog order):',
    ...result.trace.map((entry) => `  ${entry.ruleId}: ${String(entry.outcome)}${entry.minimumLevel === undefined ? '' : ` (minimum ${entry.minimumLevel})`}`),
  ];
}

function renderText(result: Recommendation, trace: boolean): string {
  const range = result.provisionalRange === undefined ? '' : ` (could range from ${result.provisionalRange.least} to ${result.provisionalRange.most})`;
  return [
    `Recommended level: ${result.level} — ${result.status}${range}`,
    '',
    explainRecommendation(result),
    ...(result.issues.length === 0 ? [] : ['', formatIssues(result.issues)]),
    ...(trace ? ['', ...traceLines(result)] : []),
  ].join('\n');
}

/** `level-of-care recommend`: returns the exit code. */
export async function recommendCommand(
  file: string | undefined,
  flags: RecommendFlags,
  format: Format,
  ndjson: boolean,
  io: { readonly stdin: Readable; readonly stdout: Writable; readonly stderr: Writable },
): Promise<number> {
  if (file === undefined) throw new UsageError('recommend needs an input file, or - for standard input.');
  const input = openInput(file, io.stdin);
  const name = file === '-' ? 'standard input' : file;
  if (ndjson) {
    const summary = await runNdjson(input, name, io.stdout, (value): LineResult => {
      const result = recommend(value, flags);
      return { ok: isOk(result.issues), ...withExplanation(result, flags.trace) };
    });
    return batchExitCode(summary, io.stderr);
  }
  const result = recommend(parseJson(await readText(input, name), name), flags);
  let out: string;
  if (format === 'json') out = JSON.stringify(withExplanation(result, flags.trace), null, 2);
  else if (format === 'fhir') out = JSON.stringify(outcomeOf(result), null, 2);
  else out = renderText(result, flags.trace);
  io.stdout.write(`${out}\n`);
  return isOk(result.issues) ? 0 : 1;
}

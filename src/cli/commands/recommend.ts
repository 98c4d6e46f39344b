import type { Readable, Writable } from 'node:stream';
import { explainRecommendation } from '../../eligibility/explainRecommendation.js';
import { recommendLevel } from '../../eligibility/recommendLevel.js';
import type { Assessment, Recommendation } from '../../eligibility/types.js';
import { toOperationOutcome } from '../../fhir/toOperationOutcome.js';
import type { FhirOperationOutcome } from '../../fhir/types.js';
import { formatIssues } from '../../issues/formatIssues.js';
import { isOk } from '../../issues/isOk.js';
import type { LevelId } from '../../levels/types.js';
import type { Policy } from '../../policies/types.js';
import { UsageError } from '../errors.js';
import { runNdjson, type LineResult } from '../ndjson.js';
import type { Format } from '../options.js';
import { openInput, parseJson, readText } from '../readInput.js';
import { isRecord } from '../../_lib/isRecord.js';

/** Flags of `level-of-care recommend`. */
export interface RecommendFlags {
  readonly policy: Policy;
  readonly availableLevels?: readonly LevelId[] | undefined;
}


/** A document is either an assessment or `{ id?, assessment }`; `recommendLevel` checks its shape. */
const assessmentOf = (value: unknown): Assessment =>
  (isRecord(value) && Object.hasOwn(value, 'assessment') ? value['assessment'] : value) as Assessment;

function recommend(value: unknown, flags: RecommendFlags): Recommendation {
  return recommendLevel(assessmentOf(value), {
    policy: flags.policy,
    ...(flags.availableLevels === undefined ? {} : { availableLevels: flags.availableLevels }),
  });
}

/** An OperationOutcome that carries the explanation first, then any input issues. */
function outcomeOf(result: Recommendation): FhirOperationOutcome {
  const explanation = { severity: 'information' as const, code: 'informational' as const, diagnostics: explainRecommendation(result) };
  return { resourceType: 'OperationOutcome', issue: [explanation, ...(result.issues.length === 0 ? [] : toOperationOutcome(result.issues).issue)] };
}

/** `level-of-care recommend`: returns the exit code. */
export async function recommendCommand(
  file: string | undefined,
  flags: RecommendFlags,
  format: Format,
  ndjson: boolean,
  io: { readonly stdin: Readable; readonly stdout: Writable },
): Promise<number> {
  if (file === undefined) throw new UsageError('recommend needs an input file, or - for standard input.');
  const input = openInput(file, io.stdin);
  if (ndjson) {
    const allOk = await runNdjson(input, io.stdout, (value): LineResult => {
      const result = recommend(value, flags);
      return { ok: isOk(result.issues), ...result, explanation: explainRecommendation(result) };
    });
    return allOk ? 0 : 1;
  }
  const name = file === '-' ? 'standard input' : file;
  const result = recommend(parseJson(await readText(input, name), name), flags);
  let out: string;
  if (format === 'json') out = JSON.stringify({ ...result, explanation: explainRecommendation(result) }, null, 2);
  else if (format === 'fhir') out = JSON.stringify(outcomeOf(result), null, 2);
  else {
    const range = result.provisionalRange === undefined ? '' : ` (could range from ${result.provisionalRange.least} to ${result.provisionalRange.most})`;
    out = [
      `Recommended level: ${result.level} — ${result.status}${range}`,
      '',
      explainRecommendation(result),
      ...(result.issues.length === 0 ? [] : ['', formatIssues(result.issues)]),
    ].join('\n');
  }
  io.stdout.write(`${out}\n`);
  return isOk(result.issues) ? 0 : 1;
}

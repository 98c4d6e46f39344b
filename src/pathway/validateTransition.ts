import { safeParseMini } from '../_lib/miniZod.js';
import { unreadable } from '../issues/boundary.js';
import { isLevelId } from '../levels/isLevelId.js';
import { issuesFromZod } from '../issues/zodIssues.js';
import { createIssue } from '../issues/createIssue.js';
import { hasError } from '../issues/hasError.js';
import { LIMITS } from '../issues/limits.js';
import { isSegment } from '../issues/formatPath.js';
import { readList } from '../_lib/readList.js';
import type { Issue, PathSegment } from '../issues/types.js';
import { compareIntensity } from '../levels/compareIntensity.js';
import { LevelIdSchema } from '../levels/schema.js';
import type { LevelId } from '../levels/types.js';
import { classifyTransition } from './classifyTransition.js';
import { STEP_DOWN_PATHWAY, STEP_DOWN_PATHWAY_SOURCES, TRANSITION_SKIP_WARNING } from './data.js';
import type { TransitionContext, TransitionValidation } from './types.js';

// `residential` is optional on the pathway, so passing it over is never a skip.
const COUNTED_LEVELS: readonly LevelId[] = /* @__PURE__ */ (() => STEP_DOWN_PATHWAY.filter((level) => level !== 'residential'))();

/**
 * The counted pathway levels a step-down from `from` to `to` passes over, most intensive first.
 * `inpatient` steps down to the same levels as `detox`, so it passes over what `detox` would.
 */
function levelsSkipped(from: LevelId, to: LevelId): LevelId[] {
  const anchor: LevelId = from === 'inpatient' ? 'detox' : from;
  return COUNTED_LEVELS.filter((level) => compareIntensity(anchor, level) > 0 && compareIntensity(level, to) > 0);
}

/**
 * Checks a move from one level to another. A step-down that passes over two or more levels of
 * {@link STEP_DOWN_PATHWAY} (the optional `residential` is not counted, and `inpatient` counts as
 * `detox`) is a warning `transition_skips_levels`: detox → op warns, detox → iop does not. A
 * step-up is allowed and gets an info issue `transition_step_up` asking for the documented reason.
 * Input that is not a level id gives `invalid_input` errors at `['from']` / `['to']`; nothing
 * throws.
 *
 * @param from - The level the person leaves.
 * @param to - The level the person moves to.
 * @param context - `path`: a prefix for the issue paths.
 * @returns `{ ok, kind, skipped, issues }`; `ok` is false only for invalid input.
 *
 * @example
 * ```ts
 * import { validateTransition } from 'level-of-care';
 *
 * const skip = validateTransition('detox', 'op');
 * [skip.ok, skip.kind, skip.skipped, skip.issues[0]?.code];
 * //=> [true, 'step-down', ['php', 'iop'], 'transition_skips_levels']
 *
 * validateTransition('detox', 'iop').issues;
 * //=> []
 *
 * validateTransition('iop', 'php').issues[0]?.severity;
 * //=> 'info'
 * ```
 *
 * @category Pathway
 */
export function validateTransition(from: unknown, to: unknown, context?: TransitionContext): TransitionValidation {
  try {
    return checkTransition(from, to, context);
  } catch (thrown) {
    return { ok: false, skipped: [], issues: [unreadable([], thrown)] };
  }
}

function checkTransition(from: unknown, to: unknown, context: TransitionContext | undefined): TransitionValidation {
  // The prefix comes from the caller; anything but a list of keys and indexes (at most
  // LIMITS.maxListEntries) is ignored rather than copied into issue paths.
  const given: unknown = context?.path;
  const segments = readList(given, LIMITS.maxListEntries, isSegment);
  const base: readonly PathSegment[] = Array.isArray(given) && segments.length === given.length ? segments : [];
  const issues: Issue[] = [];
  for (const [key, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const parsed = safeParseMini(LevelIdSchema, value);
    if (!parsed.success) issues.push(...issuesFromZod(parsed.error, [...base, key]));
  }
  if (!isLevelId(from) || !isLevelId(to)) return { ok: false, skipped: [], issues };

  const kind = classifyTransition(from, to);
  let skipped: LevelId[] = [];
  switch (kind) {
    case 'step-down':
      skipped = levelsSkipped(from, to);
      if (skipped.length >= TRANSITION_SKIP_WARNING.minSkipped) {
        issues.push(
          createIssue(
            'transition_skips_levels',
            { from, to, skipped },
            {
              path: [...base, 'to'],
              ruleId: 'pathway/skips-levels',
              sources: TRANSITION_SKIP_WARNING.sources,
              expected: TRANSITION_SKIP_WARNING.minSkipped - 1,
              received: skipped.length,
            },
          ),
        );
      }
      break;
    case 'step-up':
      issues.push(
        createIssue('transition_step_up', { from, to }, { path: [...base, 'to'], ruleId: 'pathway/step-up', sources: STEP_DOWN_PATHWAY_SOURCES }),
      );
      break;
    case 'same':
      break;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
  return { ok: !hasError(issues), kind, skipped, issues };
}


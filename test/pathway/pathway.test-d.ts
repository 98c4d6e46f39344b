import { expectTypeOf, test } from 'vitest';
import {
  assessStepDownReadiness,
  classifyTransition,
  nextStepDown,
  planPathway,
  validateEpisodes,
  validateTransition,
  type EpisodeValidation,
  type FollowUp,
  type LevelId,
  type PathwayPlan,
  type ReadinessDecision,
  type RuleHit,
  type StepDownReadiness,
  type TransitionKind,
  type TransitionValidation,
} from '../../src/index.js';

test('classifyTransition gives a TransitionKind for level ids, and may be undefined for unknown input', () => {
  expectTypeOf(classifyTransition('php', 'iop')).toEqualTypeOf<TransitionKind>();
  expectTypeOf(classifyTransition('php' as unknown, 'iop')).toEqualTypeOf<TransitionKind | undefined>();
  expectTypeOf<TransitionKind>().toEqualTypeOf<'step-down' | 'step-up' | 'same'>();
});

test('validateTransition accepts unknown input and returns a TransitionValidation', () => {
  expectTypeOf(validateTransition('detox', 'op')).toEqualTypeOf<TransitionValidation>();
  expectTypeOf(validateTransition).parameter(0).toEqualTypeOf<unknown>();
});

test('nextStepDown takes a level id and may return undefined', () => {
  expectTypeOf(nextStepDown('detox')).toEqualTypeOf<LevelId | undefined>();
  // @ts-expect-error an unknown id is a compile-time error
  nextStepDown('rehab');
});

test('assessStepDownReadiness requires daysAtLevel and attendanceRate', () => {
  const result = assessStepDownReadiness('iop', { daysAtLevel: 10, attendanceRate: 0.9 });
  expectTypeOf(result).toEqualTypeOf<StepDownReadiness>();
  expectTypeOf(result.decision).toEqualTypeOf<ReadinessDecision>();
  expectTypeOf(result.reasons).toEqualTypeOf<readonly RuleHit[]>();
  expectTypeOf(result.target).toEqualTypeOf<LevelId | undefined>();
  // @ts-expect-error attendanceRate is required
  assessStepDownReadiness('iop', { daysAtLevel: 10 });
});

test('planPathway returns phases with string dates', () => {
  const plan = planPathway('detox', '2026-03-02', { through: 'iop', lengthOfStayDays: { php: 21 } });
  expectTypeOf(plan).toEqualTypeOf<PathwayPlan>();
  expectTypeOf(plan.phases[0]?.start).toEqualTypeOf<string | undefined>();
  // @ts-expect-error lengths are keyed by level id
  planPathway('detox', '2026-03-02', { lengthOfStayDays: { rehab: 3 } });
});

test('validateEpisodes takes unknown input and returns follow-up entries', () => {
  const result = validateEpisodes(JSON.parse('[]'));
  expectTypeOf(result).toEqualTypeOf<EpisodeValidation>();
  expectTypeOf(result.followUp).toEqualTypeOf<readonly FollowUp[]>();
});

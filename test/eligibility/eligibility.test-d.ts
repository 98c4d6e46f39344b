import { describe, expectTypeOf, it } from 'vitest';
import { evaluateEligibility, explainRecommendation, recommendLevel, RULES } from '../../src/index.js';
import type {
  Assessment,
  AssessmentField,
  EligibilityStatus,
  LevelId,
  ProvisionalRange,
  Risk,
  Rule,
  RuleHit,
  RuleOutcome,
  TraceEntry,
} from '../../src/index.js';

describe('eligibility types', () => {
  it('Risk is 0–4 or unknown', () => {
    expectTypeOf<Risk>().toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 'unknown'>();
  });

  it('accepts the assessment of the design, every field optional', () => {
    expectTypeOf<{}>().toExtend<Assessment>();
    expectTypeOf<{ risk: { withdrawal: 3 }; findings: { canAttendDaysPerWeek: 3; recentlyCompletedLevel: 'php' } }>().toExtend<Assessment>();
    expectTypeOf<{ risk: { withdrawal: 5 } }>().not.toExtend<Assessment>();
  });

  it('names fields as paths', () => {
    expectTypeOf<'risk.withdrawal'>().toExtend<AssessmentField>();
    expectTypeOf<'findings.imminentDanger'>().toExtend<AssessmentField>();
    expectTypeOf<'findings.cravings'>().not.toExtend<AssessmentField>();
  });

  it('types the results', () => {
    const recommendation = recommendLevel({});
    expectTypeOf(recommendation.level).toEqualTypeOf<LevelId>();
    expectTypeOf(recommendation.status).toEqualTypeOf<'recommended' | 'provisional'>();
    expectTypeOf(recommendation.provisionalRange).toEqualTypeOf<ProvisionalRange | undefined>();
    expectTypeOf(recommendation.trace).toEqualTypeOf<readonly TraceEntry[]>();
    expectTypeOf(recommendation.cautions).toEqualTypeOf<readonly RuleHit[]>();
    expectTypeOf(evaluateEligibility({}, 'iop').status).toEqualTypeOf<EligibilityStatus>();
    expectTypeOf(explainRecommendation(recommendation)).toEqualTypeOf<string>();
  });

  it('gives rules a predicate answering true, false or unknown', () => {
    expectTypeOf(RULES).toEqualTypeOf<readonly Rule[]>();
    expectTypeOf<ReturnType<Rule['predicate']>['outcome']>().toEqualTypeOf<RuleOutcome>();
    expectTypeOf<RuleHit>().toHaveProperty('reason').toEqualTypeOf<string>();
  });
});

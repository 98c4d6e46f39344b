import { describe, expect, it } from 'vitest';
import {
  LEVEL_IDS,
  STEP_DOWN_PATHWAY,
  TRANSITION_SKIP_WARNING,
  classifyTransition,
  compareIntensity,
  validateTransition,
  type LevelId,
} from '../../src/index.js';


describe('STEP_DOWN_PATHWAY', () => {
  it('runs detox → residential → php → iop → op → aftercare, in decreasing intensity', () => {
    expect(STEP_DOWN_PATHWAY).toEqual(['detox', 'residential', 'php', 'iop', 'op', 'aftercare']);
    for (let i = 1; i < STEP_DOWN_PATHWAY.length; i += 1) {
      expect(compareIntensity(STEP_DOWN_PATHWAY[i - 1] as LevelId, STEP_DOWN_PATHWAY[i] as LevelId)).toBeGreaterThan(0);
    }
  });

  it('warns from two skipped levels on', () => {
    expect(TRANSITION_SKIP_WARNING.minSkipped).toBe(2);
  });
});

describe('classifyTransition', () => {
  it('calls a move to a less intensive level a step-down', () => {
    expect(classifyTransition('detox', 'php')).toBe('step-down');
    expect(classifyTransition('inpatient', 'residential')).toBe('step-down');
    expect(classifyTransition('op', 'aftercare')).toBe('step-down');
  });

  it('calls a move to a more intensive level a step-up', () => {
    expect(classifyTransition('iop', 'php')).toBe('step-up');
    expect(classifyTransition('aftercare', 'inpatient')).toBe('step-up');
  });

  it('calls a move to the same level same', () => {
    for (const id of LEVEL_IDS) expect(classifyTransition(id, id)).toBe('same');
  });

  it('returns undefined for ids that are not levels, without throwing', () => {
    expect(classifyTransition('IOP', 'op')).toBeUndefined();
    expect(classifyTransition('iop', null)).toBeUndefined();
    expect(classifyTransition({}, 3)).toBeUndefined();
  });
});

describe('validateTransition', () => {
  it('warns when detox steps down to op: php and iop are skipped (2 ≥ 2)', () => {
    const result = validateTransition('detox', 'op');
    expect(result.ok).toBe(true);
    expect(result.kind).toBe('step-down');
    expect(result.skipped).toEqual(['php', 'iop']);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'transition_skips_levels',
      severity: 'warning',
      path: ['to'],
      received: 2,
      message: 'Stepping down from detox to op skips php, iop; document why the intermediate levels are not needed.',
    });
  });

  it('does not warn when detox steps down to iop: only php is skipped (1 < 2)', () => {
    const result = validateTransition('detox', 'iop');
    expect(result).toEqual({ ok: true, kind: 'step-down', skipped: ['php'], issues: [] });
  });

  it('never counts the optional residential level as skipped', () => {
    expect(validateTransition('detox', 'php')).toEqual({ ok: true, kind: 'step-down', skipped: [], issues: [] });
    expect(validateTransition('detox', 'residential').skipped).toEqual([]);
    expect(validateTransition('residential', 'iop')).toMatchObject({ skipped: ['php'], issues: [] });
    expect(validateTransition('residential', 'op').skipped).toEqual(['php', 'iop']);
    expect(validateTransition('residential', 'op').issues[0]?.code).toBe('transition_skips_levels');
  });

  it('lets inpatient step down to residential or php (and detox) without a skip', () => {
    for (const to of ['residential', 'php', 'detox'] as const) {
      expect(validateTransition('inpatient', to), to).toEqual({ ok: true, kind: 'step-down', skipped: [], issues: [] });
    }
    expect(validateTransition('inpatient', 'iop').skipped).toEqual(['php']);
    expect(validateTransition('inpatient', 'iop').issues).toEqual([]);
    expect(validateTransition('inpatient', 'op').skipped).toEqual(['php', 'iop']);
    expect(validateTransition('inpatient', 'op').issues[0]?.code).toBe('transition_skips_levels');
  });

  it('warns when php steps down straight to aftercare: iop and op are skipped', () => {
    expect(validateTransition('php', 'aftercare').skipped).toEqual(['iop', 'op']);
    expect(validateTransition('php', 'aftercare').issues[0]?.code).toBe('transition_skips_levels');
  });

  it('allows a step-up with an info issue asking for the reason', () => {
    const result = validateTransition('iop', 'php');
    expect(result.ok).toBe(true);
    expect(result.kind).toBe('step-up');
    expect(result.skipped).toEqual([]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'transition_step_up',
        severity: 'info',
        path: ['to'],
        message: 'Stepping up from iop to php: document the reason for the more intensive level.',
      }),
    ]);
  });

  it('gives no issue for staying at the same level', () => {
    expect(validateTransition('op', 'op')).toEqual({ ok: true, kind: 'same', skipped: [], issues: [] });
  });

  it('prefixes issue paths with context.path', () => {
    expect(validateTransition('detox', 'aftercare', { path: ['transitions', 2] }).issues[0]?.path).toEqual(['transitions', 2, 'to']);
    expect(validateTransition('x', 'op', { path: ['transitions', 0] }).issues[0]?.path).toEqual(['transitions', 0, 'from']);
  });

  it('ignores a context.path holding anything but keys and indexes', () => {
    for (const path of [['transitions', {}], [null, 0], [true]]) {
      expect(validateTransition('x', 'op', { path } as never).issues[0]?.path, JSON.stringify(path)).toEqual(['from']);
    }
  });

  it('reports ids that are not levels as invalid_input errors at from and to, without throwing', () => {
    const result = validateTransition('IOP', 42);
    expect(result.ok).toBe(false);
    expect(result.kind).toBeUndefined();
    expect(result.skipped).toEqual([]);
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['invalid_input', 'error', ['from']],
      ['invalid_input', 'error', ['to']],
    ]);
    expect(validateTransition(undefined, Symbol('x')).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_input', ['from']],
      ['invalid_input', ['to']],
    ]);
  });

  it('does not mutate the context', () => {
    const path = ['transitions', 1] as const;
    const context = { path: [...path] };
    validateTransition('detox', 'op', context);
    expect(context).toEqual({ path: ['transitions', 1] });
  });
});
